package vn.ansinh.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What intake answers for one file: ACCEPTED (stored, waiting for appraisal), INVALID (stored with errors; resend a
 * corrected file), REFUSED (not readable; only the raw file kept) or DUPLICATE (the same file was received before:
 * the transaction quoted is the earlier one's).
 *
 * @param file the file's name inside a batch, null for a single file
 */
public record ClaimReceipt(String file, String code, UUID transactionId, OffsetDateTime receivedAt,
                           List<ClaimFiles.ReceiptMessage> messages) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String INVALID = "INVALID";
    public static final String REFUSED = "REFUSED";
    public static final String DUPLICATE = "DUPLICATE";
}
