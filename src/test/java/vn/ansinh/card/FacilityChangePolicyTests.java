package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FacilityChangePolicyTests {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    @Test
    void allowsTheFirstDayOfALaterQuarter() {
        assertThat(FacilityChangePolicy.check(LocalDate.of(2025, 7, 1), TODAY)).isEmpty();
        assertThat(FacilityChangePolicy.check(LocalDate.of(2026, 1, 1), TODAY)).isEmpty();
    }

    @Test
    void refusesAnyOtherDayAndThePast() {
        assertThat(FacilityChangePolicy.check(LocalDate.of(2025, 8, 1), TODAY)).get().asString().contains("quarter");
        assertThat(FacilityChangePolicy.check(LocalDate.of(2025, 7, 2), TODAY)).get().asString().contains("quarter");
        assertThat(FacilityChangePolicy.check(LocalDate.of(2025, 4, 1), TODAY)).get().asString().contains("past");
    }
}
