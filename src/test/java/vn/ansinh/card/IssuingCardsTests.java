package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.collection.Ledger;

@IntegrationTest
class IssuingCardsTests {

    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired IssuingCards issuing;
    @Autowired vn.ansinh.collection.AssessingParticipants assessing;
    @Autowired LookingUpCards lookingUp;
    @Autowired Cards cards;

    CardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
    }

    @Test
    void aLookUpForAPersonWhoseEmployerStoppedPayingShowsTheCardEndingWherePaymentsEnd() {
        String employer = fixtures.employer();
        var worker = fixtures.employee(employer, "Trần Thị Lan", LocalDate.of(2024, 11, 1));
        for (int m = 1; m <= 4; m++) {
            fixtures.assessed(employer, YearMonth.of(2025, m), 450_000);
        }
        fixtures.paid(employer, YearMonth.of(2025, 1), 450_000);
        fixtures.paid(employer, YearMonth.of(2025, 2), 450_000);

        issuing.issue(LocalDate.of(2025, 4, 15));

        CardLookup inMarch = lookingUp.lookUp(worker.cccd(), "tran thi lan", worker.dateOfBirth(), LocalDate.of(2025, 3, 10));
        assertThat(inMarch.code()).isEqualTo("010");
        assertThat(inMarch.card().cardNumber()).isEqualTo("DN442" + worker.siCode());
        assertThat(inMarch.card().validFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(inMarch.card().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(lookingUp.lookUp(worker.cccd(), "Trần Thị Lan", worker.dateOfBirth(), LocalDate.of(2025, 2, 28)).code())
                .isEqualTo("000");
        // The employer owes the worker's medical costs from the first unpaid month to the end of the run's month.
        var exposure = jdbc.sql("""
                        select uncovered_from, uncovered_to from employer_medical_exposure
                        where person_id = :person and employer_code = :employer""")
                .param("person", worker.id()).param("employer", employer)
                .query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
        assertThat(exposure).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30));
    }

    @Test
    void arrearsBlockAnExtensionUntilTheMonthIsPaid() {
        String employer = fixtures.employer();
        var worker = fixtures.employee(employer, "Lê Văn Hùng", LocalDate.of(2025, 1, 1));
        fixtures.assessed(employer, YearMonth.of(2025, 1), 300_000);
        fixtures.paid(employer, YearMonth.of(2025, 1), 300_000);
        fixtures.assessed(employer, YearMonth.of(2025, 2), 300_000);
        issuing.issue(LocalDate.of(2025, 2, 10));
        HealthInsuranceCard first = cards.ofPerson(worker.id()).orElseThrow();
        assertThat(first.validTo()).isEqualTo(LocalDate.of(2025, 1, 31));

        fixtures.paid(employer, YearMonth.of(2025, 2), 300_000);
        fixtures.assessed(employer, YearMonth.of(2025, 3), 300_000);
        issuing.issue(LocalDate.of(2025, 3, 10));
        assertThat(cards.ofPerson(worker.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));

        // March is never paid: April's run extends nothing and the employer carries March and April.
        fixtures.assessed(employer, YearMonth.of(2025, 4), 300_000);
        CardIssueRun april = issuing.issue(LocalDate.of(2025, 4, 10));
        assertThat(cards.ofPerson(worker.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(april.heldBackForArrears()).isGreaterThanOrEqualTo(1);
        assertThat(cards.history(first.id())).extracting(CardEvent::event, CardEvent::validTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CardEvent.Kind.ISSUED, LocalDate.of(2025, 1, 31)),
                org.assertj.core.groups.Tuple.tuple(CardEvent.Kind.EXTENDED, LocalDate.of(2025, 2, 28)));
        assertThat(jdbc.sql("select uncovered_from from employer_medical_exposure where person_id = :p")
                .param("p", worker.id()).query(LocalDate.class).list()).containsExactly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aNearPoorCardIsPaidAtLevelThreeUntil2025AndAtLevelTwoFrom2026() {
        var person = fixtures.person("Phạm Văn Cận", LocalDate.of(1980, 3, 3));
        fixtures.participates(person, "CN", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        // Near-poor people pay a share themselves: the card runs over the year they paid for.
        fixtures.budgetSupported(person, "NEAR_POOR", YearMonth.of(2025, 1), 12);
        assessing.assess(YearMonth.of(2025, 1));
        fixtures.paysOwnShare(person, YearMonth.of(2025, 1));
        issuing.issue(LocalDate.of(2025, 6, 1));
        CardLookup december = lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2025, 12, 31));
        assertThat(december.code()).isEqualTo("000");
        assertThat(december.card().cardNumber()).isEqualTo("CN342" + person.siCode());
        assertThat(december.card().validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(december.card().benefitLevel()).isEqualTo(3);

        // A card printed with the old digit and running into 2026 (as the former system issued them) pays level 2.
        jdbc.sql("update hi_card set valid_to = date '2026-06-30' where person_id = :p").param("p", person.id()).update();
        CardLookup january = lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2026, 1, 1));
        assertThat(january.code()).isEqualTo("000");
        assertThat(january.card().printedLevel()).isEqualTo(3);
        assertThat(january.card().benefitLevel()).isEqualTo(2);

        // The first run of 2026, once 2026 is paid, reprints it with the new digit and extends it over 2026.
        assessing.assess(YearMonth.of(2026, 1));
        fixtures.paysOwnShare(person, YearMonth.of(2026, 1));
        issuing.issue(LocalDate.of(2026, 1, 2));
        HealthInsuranceCard reprinted = cards.ofPerson(person.id()).orElseThrow();
        assertThat(reprinted.cardNumber()).isEqualTo("CN242" + person.siCode());
        assertThat(reprinted.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cards.history(reprinted.id())).extracting(CardEvent::event)
                .containsExactly(CardEvent.Kind.ISSUED, CardEvent.Kind.REISSUED);
        assertThat(lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2025, 12, 31))
                .card().benefitLevel()).isEqualTo(3);
    }

    @Test
    void aPersonInTwoGroupsGetsTheGroupThatPaysFirstAndTheHigherLevel() {
        var pensioner = fixtures.person("Hoàng Văn Hưu", LocalDate.of(1955, 7, 7));
        fixtures.participates(pensioner, "HT", LocalDate.of(2020, 1, 1), null);
        fixtures.participates(pensioner, "HN", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        String facility = fixtures.facility();

        CardIssueRun run = issuing.issue(LocalDate.of(2025, 5, 1));

        HealthInsuranceCard card = cards.ofPerson(pensioner.id()).orElseThrow();
        // Pensioners' cards are paid by the SI fund (payer order 2) before the budget pays for the poor (order 3);
        // the poor's level 2 beats the pensioners' level 3.
        assertThat(card.cardNumber()).isEqualTo("HT242" + pensioner.siCode());
        assertThat(card.benefitGroup()).isEqualTo("HN");
        assertThat(card.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(cards.registeredFacility(card.id(), LocalDate.of(2025, 5, 1))).contains(facility);
        assertThat(run.issued()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRunTwiceOnTheSameDateChangesNothingTheSecondTime() {
        var person = fixtures.person("Đỗ Thị Hai", LocalDate.of(1970, 1, 1));
        fixtures.participates(person, "HN", LocalDate.of(2024, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 2, 1));
        issuing.issue(LocalDate.of(2025, 2, 1));
        HealthInsuranceCard card = cards.ofPerson(person.id()).orElseThrow();
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(card.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(cards.history(card.id())).hasSize(1);
    }
}
