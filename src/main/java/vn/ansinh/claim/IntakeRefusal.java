package vn.ansinh.claim;

/** A file refused as a whole: nothing of it is stored but the raw file and the receipt. */
final class IntakeRefusal extends Exception {

    private final transient ClaimIssue issue;

    IntakeRefusal(IntakeCode code, String field, String detail) {
        super(code.meaning() + (detail == null ? "" : ": " + detail), null, false, false);
        this.issue = ClaimIssue.of(code, ClaimTable.ENVELOPE, null, field, detail);
    }

    ClaimIssue issue() {
        return issue;
    }
}
