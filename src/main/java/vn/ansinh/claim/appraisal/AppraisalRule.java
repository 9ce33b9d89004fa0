package vn.ansinh.claim.appraisal;

/**
 * One appraisal rule: a stable code quoted to facilities, its title in Vietnamese and English, and what it does to a
 * claim under appraisal (take amounts off lines or the claim, reject it, or send it to an appraiser).
 */
interface AppraisalRule {

    String code();

    String titleVi();

    String titleEn();

    void apply(ClaimUnderAppraisal claim);
}
