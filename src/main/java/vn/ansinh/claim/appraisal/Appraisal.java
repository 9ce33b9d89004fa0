package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import vn.ansinh.claim.ClaimStatus;

/**
 * How a claim was appraised: what the fund was asked for, what it pays and what was taken off, line by line.
 *
 * @param claimed        what the facility asked the fund to pay
 * @param benefitPercent the benefit percent found due; null when the claim was refused before it was computed
 * @param cardResult     the card look-up's result code on the admission date
 * @param dueFund        the claim's fund share recomputed with that percent, before price, ratio and other checks
 */
public record Appraisal(long claimId, ClaimStatus outcome, BigDecimal claimed, BigDecimal approved,
                        BigDecimal deducted, int riskScore, BigDecimal benefitPercent, String cardResult,
                        BigDecimal dueFund, BigDecimal dueCoPayment, BigDecimal dueOutOfScope,
                        OffsetDateTime appraisedAt, String rulesVersion, String reviewedBy, OffsetDateTime reviewedAt,
                        List<Deduction> deductions) {

    /**
     * An amount taken off a line ({@code lineKind} and {@code lineNo}) or the whole claim (both null), or a finding
     * of zero that sent the claim to review. {@code origin} is AUTO for a rule, REVIEW for an appraiser's decision.
     */
    public record Deduction(long id, String lineKind, Integer lineNo, String ruleCode, String ruleTitleVi,
                            String ruleTitleEn, String reason, BigDecimal amount, String origin, String decidedBy,
                            OffsetDateTime decidedAt) {
    }
}
