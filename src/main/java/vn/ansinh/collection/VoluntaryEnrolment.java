package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's voluntary SI enrolment: from {@code startMonth} to {@code endMonth} (null while it lasts), with the terms
 * that apply from their month until the next one: the chosen monthly income, how many months are paid at once and the
 * state-support category.
 */
public record VoluntaryEnrolment(long id, String siCode, String fullName,
                                 @Schema(type = "string", example = "2027-01") YearMonth startMonth,
                                 @Schema(type = "string", example = "2027-12") YearMonth endMonth,
                                 List<Term> terms) {

    public record Term(@Schema(type = "string", example = "2027-01") YearMonth fromMonth,
                       @Schema(description = "Chosen monthly income, whole VND", example = "1500000") long income,
                       PaymentSchedule schedule, VoluntarySupportCategory category) {
    }

    public VoluntaryEnrolment {
        terms = List.copyOf(terms);
    }

    /** The term in force in the month: the last one from that month or earlier. */
    public Term termIn(YearMonth month) {
        return terms.stream().filter(t -> !t.fromMonth().isAfter(month)).reduce((a, b) -> b).orElse(terms.get(0));
    }

    PaidPeriods periods() {
        return new PaidPeriods(terms.stream().map(t -> new PaidPeriods.From(t.fromMonth(), t.schedule())).toList(),
                endMonth);
    }
}
