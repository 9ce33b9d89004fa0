package vn.ansinh.claim.appraisal;

/**
 * A101: the card must be found, match the patient's name and date of birth, and be in force on the admission date
 * (the portal's look-up, RULES.md section 8); otherwise nothing is payable.
 */
final class CardValidOnAdmission implements AppraisalRule {

    static final String CODE = "A101";

    public String code() {
        return CODE;
    }

    public String titleVi() {
        return "Thẻ BHYT không hợp lệ vào ngày vào viện";
    }

    public String titleEn() {
        return "HI card not valid on the admission date";
    }

    public void apply(ClaimUnderAppraisal claim) {
        if (!claim.cardValid()) {
            claim.reject(this, "card look-up on " + claim.admission + " answered " + claim.card.code() + " ("
                    + claim.card.result().name().toLowerCase().replace('_', ' ') + ")");
        }
    }
}
