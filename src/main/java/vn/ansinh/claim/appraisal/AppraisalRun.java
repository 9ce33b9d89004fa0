package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.util.Map;

import vn.ansinh.claim.ClaimStatus;

/** What a bulk appraisal did: claims appraised, how many ended in each outcome, and the amounts. */
public record AppraisalRun(int claims, Map<ClaimStatus, Integer> outcomes, BigDecimal claimed, BigDecimal deducted) {
}
