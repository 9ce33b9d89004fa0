package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The life of one due (a payer's contribution month and fund): what was owed and when it was paid off. What an
 * assessment or adjustment says is owed counts from the deadline, whenever it was booked (a month declared late is
 * late from its deadline); allocations and write-offs count from the day they were booked.
 */
record DueHistory(PayerKind payerKind, String payerCode, YearMonth period, Fund fund, LocalDate deadline, long owed,
                  List<Settlement> settlements) {

    /** A change of the unpaid amount on a day: negative when paid or written off. */
    record Settlement(LocalDate on, long amount) {
    }

    DueHistory {
        settlements = settlements.stream().sorted(Comparator.comparing(Settlement::on)).toList();
    }

    /** Unpaid at the close of the day. */
    long outstandingAtEndOf(LocalDate day) {
        return owed + settlements.stream().filter(s -> !s.on().isAfter(day)).mapToLong(Settlement::amount).sum();
    }

    /**
     * The amount late on a day: what was unpaid when the day began. A payment counts from the day after it, so the
     * day of payment is itself a day late (paid on 2025-08-15 with a deadline of 2025-05-31: 76 days late).
     */
    long lateDuring(LocalDate day) {
        return outstandingAtEndOf(day.minusDays(1));
    }

    /** The day the due was paid off, if it is paid off on the date. */
    Optional<LocalDate> paidOffOn(LocalDate asOf) {
        if (outstandingAtEndOf(asOf) > 0) {
            return Optional.empty();
        }
        return settlements.stream().map(Settlement::on).filter(d -> !d.isAfter(asOf)).reduce((a, b) -> b);
    }

    /** Days late: to the date for a due still unpaid, to the day it was paid off otherwise; never negative. */
    long daysLate(LocalDate asOf) {
        LocalDate end = outstandingAtEndOf(asOf) > 0 ? asOf : paidOffOn(asOf).orElse(deadline);
        return Math.max(0, PaymentDeadlines.daysLate(deadline, end));
    }
}
