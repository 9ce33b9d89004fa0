package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;

/**
 * A901: a claim asking the fund for a large amount, or on which several rules fired, goes to an appraiser
 * (thresholds in claim_review_policy).
 */
final class HighRiskReview implements AppraisalRule {

    public String code() {
        return "A901";
    }

    public String titleVi() {
        return "Hồ sơ rủi ro cao, chuyển giám định viên";
    }

    public String titleEn() {
        return "High-risk claim sent to an appraiser";
    }

    public void apply(ClaimUnderAppraisal claim) {
        claim.reference.reviewPolicy(claim.admission).ifPresent(policy -> {
            BigDecimal asked = claim.claim.totals().fundPays();
            if (asked.compareTo(policy.fundAmount()) >= 0) {
                claim.sendToReview(this, "asks the fund for " + asked.toPlainString() + ", at least "
                        + policy.fundAmount().stripTrailingZeros().toPlainString());
            } else if (claim.rulesFired().size() >= policy.rulesFired()) {
                claim.sendToReview(this, claim.rulesFired().size() + " rules fired: " + claim.rulesFired());
            }
        });
    }
}
