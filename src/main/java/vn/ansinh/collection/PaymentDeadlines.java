package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * When a contribution month must be paid: the last day of the month CONTRIBUTION_DEADLINE_MONTHS after it (RULES.md
 * §4; 2025-05-31 for April 2025). The one place the deadline is worked out.
 */
@Component
public class PaymentDeadlines {

    private final Parameters parameters;

    PaymentDeadlines(Parameters parameters) {
        this.parameters = parameters;
    }

    public LocalDate of(YearMonth period) {
        int months = parameters.valueOf(ParameterCode.CONTRIBUTION_DEADLINE_MONTHS, period.atDay(1)).intValueExact();
        return period.plusMonths(months).atEndOfMonth();
    }

    /** {@link #of} remembered per month, for one batch that looks up the same few months again and again. */
    public Function<YearMonth, LocalDate> memo() {
        Map<YearMonth, LocalDate> known = new HashMap<>();
        return period -> known.computeIfAbsent(period, this::of);
    }

    /** Days late on a date: 1 on the day after the deadline, 0 or less until then. */
    public static long daysLate(LocalDate deadline, LocalDate on) {
        return ChronoUnit.DAYS.between(deadline, on);
    }
}
