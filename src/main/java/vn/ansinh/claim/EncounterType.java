package vn.ansinh.claim;

/** The kind of encounter (the Ministry's two-digit code, RULES.md section 8). */
public enum EncounterType {
    OUTPATIENT_EXAMINATION("01", false),
    OUTPATIENT_TREATMENT("02", false),
    INPATIENT("03", true),
    DAY_INPATIENT("04", true),
    CHRONIC_OUTPATIENT("05", false),
    COMMUNE_STAY("06", true),
    DRUGS_BY_APPOINTMENT("07", false),
    CHRONIC_WITH_SERVICES("08", false),
    INPATIENT_UNDER_4_HOURS("09", true),
    OTHER("10", false);

    private final String code;
    private final boolean inpatient;

    EncounterType(String code, boolean inpatient) {
        this.code = code;
        this.inpatient = inpatient;
    }

    public String code() {
        return code;
    }

    /** Whether the patient occupies a bed: two such stays of one person may not overlap. */
    public boolean inpatient() {
        return inpatient;
    }

    public static EncounterType ofCode(String code) {
        for (EncounterType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown encounter type " + code);
    }
}
