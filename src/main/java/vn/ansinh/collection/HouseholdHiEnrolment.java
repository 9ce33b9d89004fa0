package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A household's HI enrolment: the members it pays for, in paying order (the first pays the full household rate, the
 * next ones HOUSEHOLD_HI_MEMBER_RATIO of it), paid for {@code schedule} months at a time from {@code startMonth} to
 * {@code endMonth} (null while it lasts).
 */
public record HouseholdHiEnrolment(long id, String householdCode,
                                   @Schema(type = "string", example = "2027-01") YearMonth startMonth,
                                   @Schema(type = "string", example = "2027-12") YearMonth endMonth,
                                   PaymentSchedule schedule, List<Member> members) {

    public record Member(@Schema(description = "Paying order, from 1", example = "1") int position, String siCode,
                         String fullName) {
    }

    public HouseholdHiEnrolment {
        members = List.copyOf(members);
    }

    PaidPeriods periods() {
        return PaidPeriods.of(startMonth, schedule, endMonth);
    }
}
