package vn.ansinh.collection;

import java.time.YearMonth;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person whose HI the state budget pays or supports as a member of {@code group}, from {@code startMonth} to
 * {@code endMonth} (null while it lasts), assessed {@code schedule} months at a time.
 */
public record BudgetHiEnrolment(long id, String siCode, String fullName, HiSupportGroup group,
                                @Schema(type = "string", example = "2027-01") YearMonth startMonth,
                                @Schema(type = "string", example = "2027-12") YearMonth endMonth,
                                PaymentSchedule schedule) {

    PaidPeriods periods() {
        return PaidPeriods.of(startMonth, schedule, endMonth);
    }
}
