package vn.ansinh.collection;

import java.util.List;

import vn.ansinh.shared.Page;

/** One employer's lead with its people and months (a page of them, by month then CCCD) and the handlings so far. */
public record EvasionLeadDetail(EvasionLead lead, Page<EvasionLeadLine> lines, List<LeadHandling> handlings) {
}
