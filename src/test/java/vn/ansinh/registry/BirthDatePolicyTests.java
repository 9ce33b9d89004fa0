package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthDatePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    @Test
    void acceptsTodayAndTheFirstDayOf1900() {
        assertThat(BirthDatePolicy.check(TODAY, TODAY)).isEmpty();
        assertThat(BirthDatePolicy.check(LocalDate.of(1900, 1, 1), TODAY)).isEmpty();
    }

    @Test
    void refusesTomorrow() {
        assertThat(BirthDatePolicy.check(TODAY.plusDays(1), TODAY))
                .contains("must not be in the future (today is 2025-09-30)");
    }

    @Test
    void refusesTheLastDayOf1899() {
        assertThat(BirthDatePolicy.check(LocalDate.of(1899, 12, 31), TODAY)).contains("must not be before 1900-01-01");
    }

    @Test
    void refusesNoDate() {
        assertThat(BirthDatePolicy.check(null, TODAY)).contains("is required");
    }
}
