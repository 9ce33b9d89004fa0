package vn.ansinh.card;

/** The result codes of the national portal's card look-up (RULES.md section 8). */
public enum LookupResult {
    VALID("000"), EXPIRED("010"), NO_CARD("050"), WRONG_CARD_NUMBER("051"), WRONG_PROVINCE("052"),
    WRONG_BENEFIT_LEVEL("053"), NAME_MISMATCH("060"), DATE_OF_BIRTH_MISMATCH("070"), REVOKED("110");

    private final String code;

    LookupResult(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
