package vn.ansinh.claim.appraisal;

/**
 * A403: the same encounter sent again under another key (same person, facility, admission time and lines) is
 * refused; the earlier claim stands.
 */
final class DuplicateClaim implements AppraisalRule {

    public String code() {
        return "A403";
    }

    public String titleVi() {
        return "Hồ sơ trùng lặp";
    }

    public String titleEn() {
        return "Duplicate of an earlier claim";
    }

    public void apply(ClaimUnderAppraisal claim) {
        Long earlier = claim.facts.duplicateOf.get(claim.id);
        if (earlier != null) {
            claim.reject(this, "repeats claim " + earlier + " (same person, facility, admission and lines)");
        }
    }
}
