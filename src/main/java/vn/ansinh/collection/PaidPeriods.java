package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/**
 * The paid periods of an enrolment: schedules that each apply from a month (the first from the start month) until
 * the next one or the enrolment's last month, which may cut the last period short. A schedule changes only where a
 * period begins, so a period never straddles two schedules.
 */
record PaidPeriods(List<From> schedules, YearMonth lastMonth) {

    /** A schedule in force from a month. */
    record From(YearMonth month, PaymentSchedule schedule) {
    }

    /** A paid period, due in its first month. */
    record Period(YearMonth first, YearMonth last) {
    }

    PaidPeriods {
        schedules = schedules.stream().sorted(Comparator.comparing(From::month)).toList();
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("an enrolment has a schedule");
        }
    }

    static PaidPeriods of(YearMonth start, PaymentSchedule schedule, YearMonth lastMonth) {
        return new PaidPeriods(List.of(new From(start, schedule)), lastMonth);
    }

    YearMonth start() {
        return schedules.get(0).month();
    }

    /** The schedule in force in the month: the last one from that month or earlier. */
    Optional<From> scheduleIn(YearMonth month) {
        return schedules.stream().filter(s -> !s.month().isAfter(month)).reduce((a, b) -> b);
    }

    /** The paid period containing the month, if the enrolment covers it. */
    Optional<Period> containing(YearMonth month) {
        if (month.isBefore(start()) || lastMonth != null && month.isAfter(lastMonth)) {
            return Optional.empty();
        }
        From from = scheduleIn(month).orElseThrow();
        YearMonth first = from.schedule().periodStart(from.month(), month);
        YearMonth last = first.plusMonths(from.schedule().months() - 1L);
        for (From next : schedules) {
            if (next.month().isAfter(first) && !next.month().isAfter(last)) {
                last = next.month().minusMonths(1);
            }
        }
        if (lastMonth != null && last.isAfter(lastMonth)) {
            last = lastMonth;
        }
        return Optional.of(new Period(first, last));
    }

    /**
     * Refuses a stop after {@code newLastMonth} that would give back a month already begun: the paid period under way
     * in {@code currentMonth} is due (or paid) in full, so the enrolment runs at least to its end.
     */
    void requireStoppableAfter(YearMonth newLastMonth, YearMonth currentMonth) {
        if (newLastMonth.isBefore(start())) {
            throw new InvalidInput("lastMonth", "must not be before the start month " + start());
        }
        if (lastMonth != null && lastMonth.isBefore(currentMonth)) {
            throw new Conflict("lastMonth", "the enrolment already ended with " + lastMonth);
        }
        if (lastMonth != null && newLastMonth.isAfter(lastMonth)) {
            throw new InvalidInput("lastMonth", "the enrolment already ends with " + lastMonth
                    + "; a stop can only bring the end forward");
        }
        containing(currentMonth).filter(p -> newLastMonth.isBefore(p.last())).ifPresent(p -> {
            throw new InvalidInput("lastMonth", "must be " + p.last() + " or later: the paid period from " + p.first()
                    + " to " + p.last() + " is under way");
        });
    }
}
