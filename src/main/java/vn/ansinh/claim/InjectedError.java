package vn.ansinh.claim;

/**
 * The errors the claim generator can inject, so that tests and benchmarks compare what was found with what was
 * injected, kind by kind. Intake kinds make a claim INVALID with a known code; appraisal kinds pass intake and are
 * for appraisal to find.
 */
public enum InjectedError {
    NONE(Stage.NONE, null),
    BAD_ICD_CODE(Stage.INTAKE, "C006"),
    DISCHARGE_BEFORE_ADMISSION(Stage.INTAKE, "C005"),
    LINE_ARITHMETIC(Stage.INTAKE, "C013"),
    TOTALS_NOT_SUM(Stage.INTAKE, "C018"),
    MISSING_REQUIRED_FIELD(Stage.INTAKE, "C001"),
    OVERSIZED_FIELD(Stage.INTAKE, "C002"),
    CARD_NUMBER_UNKNOWN(Stage.APPRAISAL, "A101"),
    NAME_MISMATCH(Stage.APPRAISAL, "A101"),
    DATE_OF_BIRTH_MISMATCH(Stage.APPRAISAL, "A101"),
    CARD_EXPIRED_ON_ADMISSION(Stage.APPRAISAL, "A101"),
    PRICE_ABOVE_APPROVED(Stage.APPRAISAL, "A301"),
    EXAMINATION_FEE_RATIO_WRONG(Stage.APPRAISAL, "A302"),
    OVERLAPPING_INPATIENT_STAY(Stage.APPRAISAL, "A401"),
    OVER_DAILY_LIMIT(Stage.APPRAISAL, "A402"),
    SEX_SPECIFIC_SERVICE(Stage.APPRAISAL, "A501"),
    DUPLICATE_CLAIM(Stage.APPRAISAL, "A403");

    public enum Stage { NONE, INTAKE, APPRAISAL }

    private final Stage stage;
    private final String code;

    /** @param code the validation code intake reports, or the appraisal rule that must fire */
    InjectedError(Stage stage, String code) {
        this.stage = stage;
        this.code = code;
    }

    public Stage stage() {
        return stage;
    }

    /** The validation code intake must report for an intake kind, null otherwise. */
    public String intakeCode() {
        return stage == Stage.INTAKE ? code : null;
    }

    /** The appraisal rule that must fire for an appraisal kind, null otherwise. */
    public String appraisalRule() {
        return stage == Stage.APPRAISAL ? code : null;
    }
}
