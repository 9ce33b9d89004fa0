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
    CARD_NUMBER_UNKNOWN(Stage.APPRAISAL, null),
    NAME_MISMATCH(Stage.APPRAISAL, null),
    DATE_OF_BIRTH_MISMATCH(Stage.APPRAISAL, null),
    CARD_EXPIRED_ON_ADMISSION(Stage.APPRAISAL, null),
    PRICE_ABOVE_APPROVED(Stage.APPRAISAL, null),
    EXAMINATION_FEE_RATIO_WRONG(Stage.APPRAISAL, null),
    OVERLAPPING_INPATIENT_STAY(Stage.APPRAISAL, null),
    OVER_DAILY_LIMIT(Stage.APPRAISAL, null),
    SEX_SPECIFIC_SERVICE(Stage.APPRAISAL, null),
    DUPLICATE_CLAIM(Stage.APPRAISAL, null);

    public enum Stage { NONE, INTAKE, APPRAISAL }

    private final Stage stage;
    private final String intakeCode;

    InjectedError(Stage stage, String intakeCode) {
        this.stage = stage;
        this.intakeCode = intakeCode;
    }

    public Stage stage() {
        return stage;
    }

    /** The validation code intake must report for an intake kind, null otherwise. */
    public String intakeCode() {
        return intakeCode;
    }
}
