package vn.ansinh.collection;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What became of an employer's labour-change list: how many lines it had, how many were applied, every bad line
 * ({@code errors}) and every remark on a line applied anyway ({@code flags}, a salary above the SI ceiling).
 * {@code alreadyImported} answers a list sent again: it is this earlier import, and nothing was applied now.
 * {@code reassessedMonths} (only in the answer to the import) are the assessed months the list changed, re-assessed
 * at once so their adjustments are in the ledger. Issues are left out of lists.
 */
public record DeclarationImportReceipt(long id, String unitCode, String fileName, String sha256,
                                       OffsetDateTime receivedAt, String receivedBy, boolean partial, Status status,
                                       int rows, int applied, int badRows, Boolean alreadyImported,
                                       List<YearMonth> reassessedMonths, List<RowIssue> errors, List<RowIssue> flags) {

    public enum Status {
        /** Every line applied. */
        APPLIED,
        /** Asked for: good lines applied, bad lines left out. */
        PARTIALLY_APPLIED,
        /** Bad lines: nothing applied. */
        REJECTED,
        /** Applying broke off: nothing applied. */
        FAILED
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    DeclarationImportReceipt asAlreadyImported() {
        return new DeclarationImportReceipt(id, unitCode, fileName, sha256, receivedAt, receivedBy, partial, status,
                rows, applied, badRows, true, List.of(), errors, flags);
    }

    DeclarationImportReceipt withReassessed(List<YearMonth> months) {
        return new DeclarationImportReceipt(id, unitCode, fileName, sha256, receivedAt, receivedBy, partial, status,
                rows, applied, badRows, false, months, errors, flags);
    }
}
