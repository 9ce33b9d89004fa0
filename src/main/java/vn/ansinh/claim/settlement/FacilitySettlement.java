package vn.ansinh.claim.settlement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A facility's claims for a period as the fund sees them: only the current version of each encounter counts, so a
 * resent claim replaces the earlier one. Amounts in VND.
 *
 * @param claimed      what the facility asked the fund to pay, over every claim of the period
 * @param approved     what appraisal approved on accepted claims (with or without deductions)
 * @param deducted     what appraisal took off accepted and rejected claims
 * @param inReview     claims waiting for an appraiser, and what they claim
 * @param awaiting     claims not yet appraised
 * @param paid         what the office paid the facility for the period (advances and settlement)
 * @param settled      the figures agreed when the period was closed, null while it is open
 */
public record FacilitySettlement(String facilityCode, String facilityName, String period, int claims,
                                 BigDecimal claimed, BigDecimal approved, BigDecimal deducted, int rejected,
                                 int inReview, BigDecimal inReviewClaimed, int awaiting, BigDecimal paid,
                                 Settled settled) {

    /** What the office still owes the facility on approved claims (negative when it paid ahead). */
    public BigDecimal payable() {
        return approved.subtract(paid);
    }

    /** The figures agreed at closing, and who closed the period. */
    public record Settled(int claims, BigDecimal claimed, BigDecimal approved, BigDecimal deducted, String settledBy,
                          OffsetDateTime settledAt) {
    }
}
