package vn.ansinh.collection;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * How many months a voluntary SI participant, a household or the budget pays at once (RULES.md §5). Paid periods run
 * back to back from an anchor month (the start of the enrolment, or of a later term); each is due in its first month.
 * The assessment's SQL applies the same grid: {@code months_from(anchor, month) % months = 0}.
 */
public enum PaymentSchedule {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    PaymentSchedule(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public static PaymentSchedule ofMonths(int months) {
        return Arrays.stream(values()).filter(s -> s.months == months).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schedule pays " + months + " months at once"));
    }

    /** Whether {@code month} begins a paid period of periods running from {@code anchor}. */
    public boolean beginsPeriod(YearMonth anchor, YearMonth month) {
        long n = anchor.until(month, ChronoUnit.MONTHS);
        return n >= 0 && n % months == 0;
    }

    /** The first month of the paid period that contains {@code month} (not before {@code anchor}). */
    public YearMonth periodStart(YearMonth anchor, YearMonth month) {
        long n = anchor.until(month, ChronoUnit.MONTHS);
        if (n < 0) {
            throw new IllegalArgumentException(month + " is before the periods start in " + anchor);
        }
        return anchor.plusMonths(n - n % months);
    }
}
