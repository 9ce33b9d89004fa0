package vn.ansinh.collection;

/** What is wrong with one row of an imported file, or why it was skipped; line 0 concerns the whole file. */
public record RowIssue(int line, String field, String reason) {
}
