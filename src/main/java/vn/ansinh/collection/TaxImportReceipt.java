package vn.ansinh.collection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of a tax authority income file: how many data rows it had; of its (tax code, CCCD, month) keys how many
 * were new ({@code added}), changed their income ({@code replaced}) or were known with the same income
 * ({@code unchanged}); rows repeating an earlier row of the file exactly ({@code repeated}, ignored); and the bad rows,
 * of which {@code errors} lists the first {@value ImportingTaxIncomes#LISTED_ERRORS}. {@code alreadyImported}: the
 * same bytes were taken in before, by the import this receipt describes, and nothing was done now.
 */
public record TaxImportReceipt(long id, String fileName, String sha256, OffsetDateTime receivedAt, String receivedBy,
                               boolean partial, Status status, boolean alreadyImported, int rows, int added,
                               int replaced, int unchanged, int repeated, int badRows, List<RowIssue> errors) {

    public enum Status {
        /** Every row taken in. */
        LOADED(PaymentImportReceipt.Status.BOOKED),
        /** Asked for: good rows taken in, bad rows left out. */
        PARTIALLY_LOADED(PaymentImportReceipt.Status.PARTIALLY_BOOKED),
        /** Bad rows, or a file that is not a tax income file: nothing taken in. */
        REJECTED(PaymentImportReceipt.Status.REJECTED),
        /** Loading broke off: nothing taken in. */
        FAILED(PaymentImportReceipt.Status.FAILED);

        private final PaymentImportReceipt.Status upload;

        Status(PaymentImportReceipt.Status upload) {
            this.upload = upload;
        }

        /** The same outcome in the vocabulary of the upload store, which payment files set. */
        PaymentImportReceipt.Status upload() {
            return upload;
        }

        static Status of(PaymentImportReceipt.Status upload) {
            for (Status s : values()) {
                if (s.upload == upload) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no tax import status for " + upload);
        }
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    TaxImportReceipt again() {
        return new TaxImportReceipt(id, fileName, sha256, receivedAt, receivedBy, partial, status, true, rows, added,
                replaced, unchanged, repeated, badRows, errors);
    }
}
