package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.collection.Account;
import vn.ansinh.collection.AssessingParticipants;
import vn.ansinh.collection.Due;
import vn.ansinh.collection.Fund;
import vn.ansinh.collection.Journal;
import vn.ansinh.collection.Ledger;
import vn.ansinh.collection.PayerKind;

/** Household HI cards run only over the months the household has paid, as the collection ledger shows them. */
@IntegrationTest
class PaidPeriodCardsTests {

    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired AssessingParticipants assessing;
    @Autowired IssuingCards issuing;
    @Autowired LookingUpCards lookingUp;
    @Autowired Cards cards;

    CardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
    }

    /** A one-member household enrolled in household HI from the month, paying quarterly, taking part as GD. */
    String householdOf(CardFixtures.Person member, YearMonth start) {
        String code = "HC" + member.siCode();
        long household = jdbc.sql("insert into household (code, commune_id) values (:code, :commune) returning id")
                .param("code", code).param("commune", fixtures.areas.communeA1()).query(Long.class).single();
        jdbc.sql("update person set household_id = :h, household_relation = 'HEAD' where id = :p")
                .param("h", household).param("p", member.id()).update();
        long enrolment = jdbc.sql("""
                        insert into household_hi_enrolment (household_id, start_month, months, enrolled_by)
                        values (:h, :start, 3, 'test') returning id""")
                .param("h", household).param("start", start.atDay(1)).query(Long.class).single();
        jdbc.sql("insert into household_hi_member (enrolment_id, position, person_id) values (:e, 1, :p)")
                .param("e", enrolment).param("p", member.id()).update();
        fixtures.participates(member, "GD", start.atDay(1), null);
        return code;
    }

    void pays(String household, YearMonth period) {
        Due due = ledger.openDues(PayerKind.HOUSEHOLD, household).stream()
                .filter(d -> d.period().equals(period)).findFirst().orElseThrow();
        ledger.book(new Journal(Journal.Kind.PAYMENT, period.atDay(5), "card-test-household:" + household + ":" + period, null)
                .debit(Account.BANK, PayerKind.HOUSEHOLD, household, null, null, due.outstanding())
                .credit(Account.RECEIVABLE, PayerKind.HOUSEHOLD, household, period, Fund.HEALTH, due.outstanding()));
    }

    @Test
    void aHouseholdCardCoversThePaidQuarterAndIsExtendedWhenTheNextQuarterIsPaid() {
        var member = fixtures.person("Quách Thị Hộ", LocalDate.of(1975, 11, 11));
        String household = householdOf(member, YearMonth.of(2027, 1));
        assessing.assess(YearMonth.of(2027, 1));
        // 4.5 % of the 2,530,000 base salary for three months.
        assertThat(ledger.openDues(PayerKind.HOUSEHOLD, household))
                .containsExactly(new Due(YearMonth.of(2027, 1), Fund.HEALTH, 3 * 113_850));

        issuing.issue(LocalDate.of(2027, 1, 3));
        assertThat(cards.ofPerson(member.id())).isEmpty();

        pays(household, YearMonth.of(2027, 1));
        assessing.assess(YearMonth.of(2027, 4));
        issuing.issue(LocalDate.of(2027, 4, 10));
        HealthInsuranceCard card = cards.ofPerson(member.id()).orElseThrow();
        assertThat(card.cardNumber()).isEqualTo("GD442" + member.siCode());
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(card.validTo()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(lookingUp.lookUp(member.cccd(), member.fullName(), member.dateOfBirth(), LocalDate.of(2027, 4, 10))
                .code()).isEqualTo("010");

        pays(household, YearMonth.of(2027, 4));
        issuing.issue(LocalDate.of(2027, 4, 11));
        assertThat(cards.ofPerson(member.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(lookingUp.lookUp(member.cccd(), member.fullName(), member.dateOfBirth(), LocalDate.of(2027, 4, 11))
                .code()).isEqualTo("000");
    }
}
