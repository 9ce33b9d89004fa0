package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.ansinh.collection.EmployerPaymentStanding;
import vn.ansinh.collection.PaidHiSpan;

class CardValidityPolicyTests {

    static final LocalDate RUN = LocalDate.of(2025, 6, 10);

    @Test
    void anEmployeesCardRunsToTheEndOfTheLastFullyPaidMonth() {
        var standing = new EmployerPaymentStanding("U1", YearMonth.of(2025, 5), null);
        var decision = CardValidityPolicy.decide(Funding.EMPLOYER, RUN, LocalDate.of(2024, 1, 1), null,
                LocalDate.of(2024, 3, 15), standing, null, null);
        assertThat(decision.card()).contains(new CardValidityPolicy.Span(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 5, 31)));
        assertThat(decision.exposure()).isEmpty();
    }

    @Test
    void anEmployerThatNeverPaidGivesNoCardAndCarriesEverythingToTheEndOfTheRunsMonth() {
        var standing = new EmployerPaymentStanding("U1", null, YearMonth.of(2025, 4));
        var decision = CardValidityPolicy.decide(Funding.EMPLOYER, RUN, LocalDate.of(2025, 4, 1), null,
                LocalDate.of(2025, 4, 1), standing, null, null);
        assertThat(decision.card()).isEmpty();
        assertThat(decision.exposure()).contains(new CardValidityPolicy.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void anEmployeeWithoutAJobThatDayGetsNothing() {
        var decision = CardValidityPolicy.decide(Funding.EMPLOYER, RUN, LocalDate.of(2025, 1, 1), null, null, null, null, null);
        assertThat(decision.card()).isEmpty();
        assertThat(decision.exposure()).isEmpty();
    }

    @Test
    void aBudgetPaidCardCoversTheCalendarYearWithinTheParticipation() {
        var decision = CardValidityPolicy.decide(Funding.BUDGET, RUN, LocalDate.of(2023, 7, 1),
                LocalDate.of(2025, 9, 30), null, null, null, null);
        assertThat(decision.card()).contains(new CardValidityPolicy.Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)));
    }

    @Test
    void noCardRunsPastTheHoldersDeath() {
        var decision = CardValidityPolicy.decide(Funding.SI_FUND, RUN, LocalDate.of(2010, 1, 1), null, null, null,
                null, LocalDate.of(2025, 7, 4));
        assertThat(decision.card()).contains(new CardValidityPolicy.Span(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 7, 4)));
    }

    @Test
    void aHouseholdCardCoversTheMonthsPaidEvenPastTheEndOfTheYear() {
        var paid = new PaidHiSpan(1, YearMonth.of(2025, 4), YearMonth.of(2026, 3));
        var decision = CardValidityPolicy.decide(Funding.HOUSEHOLD, RUN, LocalDate.of(2024, 4, 8),
                LocalDate.of(2034, 12, 21), null, null, paid, null);
        assertThat(decision.card()).contains(new CardValidityPolicy.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aSupportedParticipantWhoPaidNothingGetsNoCard() {
        var decision = CardValidityPolicy.decide(Funding.SUPPORTED, RUN, LocalDate.of(2025, 1, 1), null, null, null,
                null, null);
        assertThat(decision.card()).isEmpty();
    }

    @Test
    void aPaidSpanIsCutAtTheEndOfTheParticipation() {
        var paid = new PaidHiSpan(1, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
        var decision = CardValidityPolicy.decide(Funding.SUPPORTED, RUN, LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 8, 15), null, null, paid, null);
        assertThat(decision.card()).contains(new CardValidityPolicy.Span(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 15)));
    }
}
