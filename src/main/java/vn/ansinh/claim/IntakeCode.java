package vn.ansinh.claim;

/**
 * Stable codes of what intake says about a file: E... refuse the whole file (nothing stored but the raw file),
 * C... are validation errors of a stored claim (stored as INVALID), D... are notices.
 */
enum IntakeCode {
    E001("the file is not well-formed XML"),
    E002("DTDs, DOCTYPE declarations and entities are not allowed"),
    E003("the file is larger than allowed"),
    E004("the table content is not valid base64"),
    E005("the decoded table is larger than allowed"),
    E006("the encounter has more lines than allowed"),
    E007("a field is longer than any field of the standard may be"),
    E008("a required part of the envelope is missing or misplaced"),
    E009("the envelope's facility is not the facility of the token"),
    E010("the facility is not registered"),
    E011("an envelope must hold exactly one encounter"),
    E012("unknown table"),
    E013("the encounter key (MA_LK) is missing or too long"),
    E014("the batch entry cannot be read"),
    E015("the claim could not be stored; the raw file is kept"),
    D001("this file was received before; it is not stored again"),
    C001("required field is missing"),
    C002("field is longer than the standard allows"),
    C003("field has the wrong format"),
    C004("date of birth is after the admission"),
    C005("discharge is before admission"),
    C006("not an ICD-10 code"),
    C007("unknown encounter type (01 to 10)"),
    C008("unknown patient category"),
    C009("sex must be 1, 2 or 3"),
    C010("scope must be 1, 2 or 3"),
    C011("payment method must be 1, 2 or 3"),
    C012("card number must be 2 letters, a benefit digit 1-5 and 12 digits"),
    C013("line hospital amount is not quantity x hospital unit price"),
    C014("line HI amount is not quantity x HI unit price x ratios"),
    C015("line fund share is not the HI amount x benefit percent, less other sources"),
    C016("line co-payment is not the HI amount less the fund share, less other sources"),
    C017("line out-of-scope amount is not the hospital amount less the HI amount, less other sources"),
    C018("summary total is not the sum of the lines"),
    C019("line encounter key differs from the summary's"),
    C020("more than 12 secondary diagnoses"),
    C021("treating facility differs from the envelope's facility"),
    C022("line number (STT) missing or repeated");

    private final String meaning;

    IntakeCode(String meaning) {
        this.meaning = meaning;
    }

    String meaning() {
        return meaning;
    }

    boolean refusesFile() {
        return name().startsWith("E");
    }
}
