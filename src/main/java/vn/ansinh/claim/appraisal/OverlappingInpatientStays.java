package vn.ansinh.claim.appraisal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A401: one person cannot lie in two beds at once. An inpatient stay overlapping another of the same person (at any
 * facility) goes to an appraiser, who decides which days each facility is paid.
 */
final class OverlappingInpatientStays implements AppraisalRule {

    public String code() {
        return "A401";
    }

    public String titleVi() {
        return "Thời gian điều trị nội trú chồng lấn";
    }

    public String titleEn() {
        return "Inpatient stays of one person overlap";
    }

    public void apply(ClaimUnderAppraisal claim) {
        List<CrossClaimFacts.OtherStay> others = claim.facts.overlappingStays.getOrDefault(claim.id, List.of());
        if (!others.isEmpty()) {
            claim.sendToReview(this, "overlaps " + others.stream()
                    .map(o -> "claim " + o.claimId() + " at " + o.facilityCode() + " " + o.admittedAt() + " - "
                            + o.dischargedAt())
                    .collect(Collectors.joining("; ")));
        }
    }
}
