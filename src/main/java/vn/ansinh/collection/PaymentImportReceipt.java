package vn.ansinh.collection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of an imported payment file: how many rows it had, how many were booked, how many had been booked
 * before (skipped, not an error), and every bad row. {@code errors} and {@code skipped} are left out of lists.
 */
public record PaymentImportReceipt(long id, String fileName, String sha256, OffsetDateTime receivedAt, String receivedBy,
                                   boolean partial, Status status, int rows, int booked, int alreadyBooked, int badRows,
                                   long bookedAmount, List<RowIssue> errors, List<RowIssue> skipped) {

    public enum Status {
        /** Every row booked now or before. */
        BOOKED,
        /** Asked for: good rows booked, bad rows left out. */
        PARTIALLY_BOOKED,
        /** Bad rows: nothing booked. */
        REJECTED,
        /** Booking broke off: nothing booked. */
        FAILED
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }
}
