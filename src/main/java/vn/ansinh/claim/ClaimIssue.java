package vn.ansinh.claim;

/** One validation error of a claim: where it is (table, line number STT, the standard's field name) and why. */
record ClaimIssue(IntakeCode code, ClaimTable table, Integer line, String field, String message) {

    static ClaimIssue of(IntakeCode code, ClaimTable table, Integer line, String field, String detail) {
        return new ClaimIssue(code, table, line, field, detail == null ? code.meaning() : code.meaning() + ": " + detail);
    }

    ClaimFiles.ReceiptMessage toMessage() {
        return new ClaimFiles.ReceiptMessage(code.name(), table.name(), line, field, message);
    }
}
