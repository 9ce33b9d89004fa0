package vn.ansinh.collection;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * An officer's note that a lead was handled (an inspection ordered, contributions back-collected, a false alarm): the
 * lines it covered, as open when the note was made, and their estimated unpaid contributions then. {@code from} and
 * {@code to} are the months the officer chose (null: no bound).
 */
public record LeadHandling(long id, String taxCode, String note, String handledBy, OffsetDateTime handledAt,
                           YearMonth from, YearMonth to, int lines, long estimatedAmount) {
}
