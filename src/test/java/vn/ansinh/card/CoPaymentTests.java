package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.collection.Ledger;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/** Co-payments recorded by settled claims and the yearly cap that pays 100 % (RULES.md section 7). */
@IntegrationTest
class CoPaymentTests {

    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired IssuingCards issuing;
    @Autowired LookingUpCards lookingUp;
    @Autowired CoPayments coPayments;
    @Autowired FullBenefitPolicy fullBenefit;

    CardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
    }

    static String ref() {
        return "claim-" + java.util.UUID.randomUUID();
    }

    @Test
    void theSameClaimCountsOnceAndEachYearIsItsOwn() {
        var person = fixtures.person("Trịnh Văn Khám", LocalDate.of(1966, 6, 6));
        String claim = ref();
        assertThat(coPayments.record(person.id(), LocalDate.of(2025, 3, 10), new BigDecimal("125000.50"), claim)).isTrue();
        assertThat(coPayments.record(person.id(), LocalDate.of(2025, 3, 10), new BigDecimal("125000.5"), claim)).isFalse();
        coPayments.record(person.id(), LocalDate.of(2025, 11, 2), new BigDecimal("74999.50"), ref());
        coPayments.record(person.id(), LocalDate.of(2026, 1, 5), new BigDecimal("10000"), ref());

        assertThat(coPayments.accumulated(person.id(), 2025)).isEqualByComparingTo("200000.00");
        assertThat(coPayments.accumulated(person.id(), 2026)).isEqualByComparingTo("10000");
        assertThat(coPayments.accumulatedThisYear(person.id(), LocalDate.of(2025, 6, 30))).isEqualByComparingTo("125000.50");
        assertThatThrownBy(() -> coPayments.record(person.id(), LocalDate.of(2025, 3, 10), new BigDecimal("1"), claim))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("field", "sourceRef");
        assertThatThrownBy(() -> coPayments.record(person.id(), LocalDate.of(2025, 3, 10), new BigDecimal("-1"), ref()))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "amount");
        assertThatThrownBy(() -> coPayments.record(person.id(), LocalDate.of(2025, 3, 10), new BigDecimal("0.001"), ref()))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "amount");
    }

    @Test
    void theLookUpShowsWhatWasCoPaidFromJanuaryToTheVisit() {
        var person = fixtures.person("Mai Thị Chi", LocalDate.of(1972, 7, 7));
        fixtures.participates(person, "HN", LocalDate.of(2025, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 2, 3));
        coPayments.record(person.id(), LocalDate.of(2024, 12, 30), new BigDecimal("900000"), ref());
        coPayments.record(person.id(), LocalDate.of(2025, 2, 14), new BigDecimal("350000"), ref());
        coPayments.record(person.id(), LocalDate.of(2025, 5, 20), new BigDecimal("150000.25"), ref());
        assertThat(lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2025, 5, 1))
                .card().coPaymentThisYear()).isEqualByComparingTo("350000");
        assertThat(lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2025, 5, 20))
                .card().coPaymentThisYear()).isEqualByComparingTo("500000.25");
    }

    @Test
    void aFiveYearHolderIsPaidInFullOnceCoPaymentsExceedSixMonthsOfBaseSalary() {
        var holder = fixtures.person("Vũ Văn Đủ", LocalDate.of(1955, 8, 8));
        fixtures.participates(holder, "HT", LocalDate.of(2018, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 1, 2));
        // Six months of the 2,340,000 base salary: 14,040,000; exactly that is not more.
        coPayments.record(holder.id(), LocalDate.of(2025, 3, 10), new BigDecimal("14040000.00"), ref());
        FullBenefitDecision atTheCap = fullBenefit.decide(holder.id(), LocalDate.of(2025, 6, 1));
        assertThat(atTheCap.fullBenefit()).isFalse();
        assertThat(atTheCap.cap()).isEqualByComparingTo("14040000");
        assertThat(atTheCap.fiveYearsFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(atTheCap.reason()).contains("not more than the cap of 14040000");

        coPayments.record(holder.id(), LocalDate.of(2025, 4, 1), new BigDecimal("0.01"), ref());
        FullBenefitDecision over = fullBenefit.decide(holder.id(), LocalDate.of(2025, 6, 1));
        assertThat(over.fullBenefit()).isTrue();
        assertThat(over.coPaidThisYear()).isEqualByComparingTo("14040000.01");
        // A new year starts from nothing.
        assertThat(fullBenefit.decide(holder.id(), LocalDate.of(2026, 1, 2)).fullBenefit()).isFalse();
    }

    @Test
    void theCapFollowsTheBaseSalaryInForceOnTheVisitDate() {
        var holder = fixtures.person("Vũ Thị Lương", LocalDate.of(1956, 9, 9));
        fixtures.participates(holder, "HT", LocalDate.of(2016, 1, 1), null);
        issuing.issue(LocalDate.of(2026, 1, 2));
        coPayments.record(holder.id(), LocalDate.of(2026, 2, 1), new BigDecimal("15000000"), ref());
        // 6 x 2,340,000 = 14,040,000 until 2026-06-30; 6 x 2,530,000 = 15,180,000 from 2026-07-01.
        assertThat(fullBenefit.decide(holder.id(), LocalDate.of(2026, 6, 30)).fullBenefit()).isTrue();
        FullBenefitDecision july = fullBenefit.decide(holder.id(), LocalDate.of(2026, 7, 1));
        assertThat(july.fullBenefit()).isFalse();
        assertThat(july.cap()).isEqualByComparingTo("15180000");
    }

    @Test
    void withoutFiveConsecutiveYearsThereIsNoCapHoweverMuchWasCoPaid() {
        var recent = fixtures.person("Hà Văn Mới", LocalDate.of(1980, 10, 10));
        fixtures.participates(recent, "HN", LocalDate.of(2023, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 1, 2));
        coPayments.record(recent.id(), LocalDate.of(2025, 2, 1), new BigDecimal("20000000"), ref());
        FullBenefitDecision decision = fullBenefit.decide(recent.id(), LocalDate.of(2025, 6, 1));
        assertThat(decision.fullBenefit()).isFalse();
        assertThat(decision.reason()).isEqualTo("five consecutive years of HI not reached");
        var noCard = fixtures.person("Hà Thị Không", LocalDate.of(1981, 1, 1));
        assertThat(fullBenefit.decide(noCard.id(), LocalDate.of(2025, 6, 1)).reason()).isEqualTo("no card");
    }
}
