package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.collection.ContributionPayer.HOUSEHOLD;
import static vn.ansinh.collection.ContributionPayer.PARTICIPANT;
import static vn.ansinh.collection.ContributionPayer.PROVINCE_BUDGET;
import static vn.ansinh.collection.ContributionPayer.STATE_BUDGET;
import static vn.ansinh.collection.PaymentSchedule.MONTHLY;
import static vn.ansinh.collection.PaymentSchedule.QUARTERLY;
import static vn.ansinh.collection.PaymentSchedule.YEARLY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

/** The monthly assessment of voluntary SI, household HI and budget-paid HI, with the figures of RULES.md §5. */
@IntegrationTest
class AssessingParticipantsTests {

    static final YearMonth AUGUST_2025 = YearMonth.of(2025, 8);
    static final LocalDate ADULT = LocalDate.of(1980, 3, 15);

    @Autowired AssessingParticipants assessing;
    @Autowired AssessingContributions assessingAll;
    @Autowired RateBooks rateBooks;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    ParticipantFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ParticipantFixtures(jdbc);
    }

    static String voluntaryRef(long enrolment, YearMonth month) {
        return "voluntary-si:" + enrolment + ":" + month;
    }

    static String householdRef(long enrolment, YearMonth month) {
        return "household-hi:" + enrolment + ":" + month;
    }

    static String budgetRef(long enrolment, YearMonth month) {
        return "budget-hi:" + enrolment + ":" + month;
    }

    ContributionCalculator calculator(YearMonth month) {
        return new ContributionCalculator(rateBooks.forMonth(month));
    }

    List<Long> memberAmounts(long enrolment, YearMonth month) {
        return jdbc.sql("""
                        select participant from participant_contribution
                        where scheme = 'HOUSEHOLD_HI' and enrolment_id = :e and month = :m order by member_rank""")
                .param("e", enrolment).param("m", month.atDay(1)).query(Long.class).list();
    }

    // Voluntary SI

    @Test
    void aPoorParticipantOn1500000InAugust2025Pays165000AndTheStateSupports165000() {
        ParticipantFixtures.Person poor = fixtures.person(ADULT);
        ParticipantFixtures.Person nearPoor = fixtures.person(ADULT);
        long poorEnrolment = fixtures.voluntary(poor, AUGUST_2025, null, 1_500_000, MONTHLY, VoluntarySupportCategory.POOR);
        long nearPoorEnrolment = fixtures.voluntary(nearPoor, AUGUST_2025, null, 1_500_000, MONTHLY,
                VoluntarySupportCategory.NEAR_POOR);

        assessing.assess(AUGUST_2025);

        // 22 % x 1,500,000 = 330,000; the state supports 50 % (poor) or 40 % (near-poor) of it.
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, poor.siCode()))
                .containsExactly(new Due(AUGUST_2025, Fund.RETIREMENT, 165_000));
        assertThat(fixtures.booked(voluntaryRef(poorEnrolment, AUGUST_2025) + ":state")).isEqualTo(165_000);
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, nearPoor.siCode()))
                .containsExactly(new Due(AUGUST_2025, Fund.RETIREMENT, 198_000));
        assertThat(fixtures.booked(voluntaryRef(nearPoorEnrolment, AUGUST_2025) + ":state")).isEqualTo(132_000);
        // The support is the state budget's due in the participant's province, beside the participants' own.
        assertThat(ledger.openDues(PayerKind.BUDGET, fixtures.state()))
                .containsExactly(new Due(AUGUST_2025, Fund.RETIREMENT, 165_000 + 132_000));
        assertThat(ledger.balance(PayerKind.VOLUNTARY, poor.siCode(), Account.CONTRIBUTION_REVENUE)).isEqualTo(-165_000);
    }

    @Test
    void aQuarterlyScheduleIsDueForThreeMonthsInTheFirstMonthOfTheQuarterAndNothingInTheOtherTwo() {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth july = YearMonth.of(2025, 7);
        long enrolment = fixtures.voluntary(person, july, null, 2_000_000, QUARTERLY, VoluntarySupportCategory.OTHER);

        assessing.assess(july);
        long afterJuly = ledger.balance(PayerKind.VOLUNTARY, person.siCode(), Account.RECEIVABLE);
        assessing.assess(july.plusMonths(1));
        assessing.assess(july.plusMonths(2));

        // 22 % x 2,000,000 = 440,000 a month, of which the state supports 20 % x 22 % x 1,500,000 = 66,000.
        assertThat(afterJuly).isEqualTo(3 * 374_000);
        assertThat(fixtures.booked(voluntaryRef(enrolment, july) + ":state")).isEqualTo(3 * 66_000);
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, person.siCode()))
                .containsExactly(new Due(july, Fund.RETIREMENT, 1_122_000));
        assertThat(jdbc.sql("select month from participant_contribution where enrolment_id = :e and scheme = 'VOLUNTARY_SI' order by month")
                .param("e", enrolment).query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1));

        assessing.assess(july.plusMonths(3));
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, person.siCode())).extracting(Due::period, Due::outstanding)
                .containsExactly(tuple(july, 1_122_000L),
                        tuple(july.plusMonths(3), 1_122_000L));
    }

    @Test
    void theLastPeriodEndsWithTheEnrolmentAndANewTermStartsItsOwnPeriods() {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth january = YearMonth.of(2025, 1);
        long enrolment = fixtures.voluntary(person, january, YearMonth.of(2025, 11), 1_500_000, QUARTERLY,
                VoluntarySupportCategory.OTHER);
        fixtures.voluntary.putTerm(enrolment, new VoluntaryEnrolment.Term(YearMonth.of(2025, 7), 3_000_000, MONTHLY,
                VoluntarySupportCategory.OTHER), "test");

        for (int m = 1; m <= 12; m++) {
            assessing.assess(YearMonth.of(2025, m));
        }

        // Until June quarterly at 1,500,000: 330,000 less 33,000 support (10 % before July 2025).
        // From July monthly at 3,000,000: 660,000 less 66,000 (20 % of 330,000), until November.
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, person.siCode())).extracting(Due::period, Due::outstanding)
                .containsExactly(
                        tuple(january, 3 * 297_000L),
                        tuple(YearMonth.of(2025, 4), 3 * 297_000L),
                        tuple(YearMonth.of(2025, 7), 594_000L),
                        tuple(YearMonth.of(2025, 8), 594_000L),
                        tuple(YearMonth.of(2025, 9), 594_000L),
                        tuple(YearMonth.of(2025, 10), 594_000L),
                        tuple(YearMonth.of(2025, 11), 594_000L));
    }

    @Test
    void noVoluntaryDueForAMonthAnEmploymentTouches() {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        long enrolment = fixtures.voluntary(person, YearMonth.of(2025, 7), null, 1_500_000, QUARTERLY,
                VoluntarySupportCategory.OTHER);
        // Employed from 28 August: August is a compulsory month, even with 14 or more days unpaid.
        fixtures.employ(person, LocalDate.of(2025, 8, 28), null);

        assessing.assess(YearMonth.of(2025, 7));

        assertThat(jdbc.sql("select month from participant_contribution where enrolment_id = :e and scheme = 'VOLUNTARY_SI'")
                .param("e", enrolment).query(LocalDate.class).list()).containsExactly(LocalDate.of(2025, 7, 1));
        assertThat(fixtures.booked(voluntaryRef(enrolment, YearMonth.of(2025, 7)))).isEqualTo(330_000 - 66_000);
    }

    @Test
    void nothingIsDueForTheMonthsAfterADeath() {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        long enrolment = fixtures.voluntary(person, YearMonth.of(2025, 7), null, 1_500_000, QUARTERLY,
                VoluntarySupportCategory.OTHER);
        jdbc.sql("update person set date_of_death = date '2025-08-12' where id = :id").param("id", person.id()).update();

        assessing.assess(YearMonth.of(2025, 7));

        assertThat(fixtures.booked(voluntaryRef(enrolment, YearMonth.of(2025, 7)))).isEqualTo(2 * (330_000 - 66_000));
    }

    @Test
    void anIncomeBelowARisenPovertyLineIsAssessedAtTheNewLine() {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth january2027 = YearMonth.of(2027, 1);
        long enrolment = fixtures.voluntary(person, YearMonth.of(2026, 12), null, 1_500_000, MONTHLY,
                VoluntarySupportCategory.POOR);

        assessing.assess(january2027);

        // The rural poverty line is 2,200,000 from 2027: 22 % of it is 484,000, half of which the state supports.
        assertThat(fixtures.booked(voluntaryRef(enrolment, january2027))).isEqualTo(242_000);
        assertThat(fixtures.booked(voluntaryRef(enrolment, january2027) + ":state")).isEqualTo(242_000);
        assertThat(jdbc.sql("select base from participant_contribution where enrolment_id = :e and scheme = 'VOLUNTARY_SI'")
                .param("e", enrolment).query(Long.class).single()).isEqualTo(2_200_000);
    }

    // Household HI

    @Test
    void aHouseholdOfFiveAt2340000Pays105300Then73710And63180And52650And42120AMonthForTwelveMonths() {
        ParticipantFixtures.Household household = fixtures.household(ADULT, ADULT, LocalDate.of(2005, 1, 1),
                LocalDate.of(2008, 1, 1), LocalDate.of(2012, 1, 1));
        YearMonth january = YearMonth.of(2025, 1);
        long enrolment = fixtures.household(household, january, null, YEARLY, household.members());

        ParticipantAssessment first = assessing.assess(january);

        assertThat(memberAmounts(enrolment, january)).containsExactly(105_300L, 73_710L, 63_180L, 52_650L, 42_120L);
        assertThat(memberAmounts(enrolment, YearMonth.of(2025, 12))).hasSize(5);
        long monthly = 105_300 + 73_710 + 63_180 + 52_650 + 42_120;
        assertThat(monthly).isEqualTo(336_960);
        assertThat(ledger.openDues(PayerKind.HOUSEHOLD, household.code()))
                .containsExactly(new Due(january, Fund.HEALTH, 12 * monthly));
        assertThat(first.householdPeriods()).isGreaterThanOrEqualTo(1);

        assessing.assess(january.plusMonths(1));
        assertThat(ledger.balance(PayerKind.HOUSEHOLD, household.code(), Account.RECEIVABLE)).isEqualTo(4_043_520);
    }

    @Test
    void membersCoveredByTheBudgetOrAnEmployerAreLeftOutAndTheOthersMoveUp() {
        LocalDate child = LocalDate.of(2023, 5, 10);
        ParticipantFixtures.Household household = fixtures.household(ADULT, child, ADULT, LocalDate.of(2010, 2, 2));
        List<ParticipantFixtures.Person> members = household.members();
        YearMonth july = YearMonth.of(2025, 7);
        long enrolment = fixtures.household(household, july, null, QUARTERLY, members);
        // The child's HI is the budget's (TE); the third member takes a job from 10 August.
        long childHi = fixtures.budget(members.get(1), HiSupportGroup.CHILD_UNDER_6, july, null, QUARTERLY);
        fixtures.employ(members.get(2), LocalDate.of(2025, 8, 10), null);

        assessing.assess(july);

        // July: members 1, 3, 4 pay as first, second and third; August and September: 1 and 4 as first and second.
        assertThat(memberAmounts(enrolment, july)).containsExactly(105_300L, 73_710L, 63_180L);
        assertThat(memberAmounts(enrolment, july.plusMonths(1))).containsExactly(105_300L, 73_710L);
        assertThat(fixtures.booked(householdRef(enrolment, july)))
                .isEqualTo(105_300 + 73_710 + 63_180 + 2 * (105_300 + 73_710));
        assertThat(fixtures.booked(budgetRef(childHi, july) + ":state")).isEqualTo(3 * 105_300);
    }

    // Budget-paid and supported HI

    @Test
    void theBudgetsPayTheirSharesOfHiAndParticipantsTheRest() {
        YearMonth september = YearMonth.of(2025, 9);
        fixtures.provinceSupport(HiSupportGroup.NEAR_POOR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "30");
        fixtures.provinceSupport(HiSupportGroup.FARM_AVERAGE, LocalDate.of(2025, 1, 1), null, "20");
        fixtures.provinceSupport(HiSupportGroup.AGED_70_TO_80, LocalDate.of(2025, 1, 1), null, "70");
        ParticipantFixtures.Person poor = fixtures.person(ADULT);
        ParticipantFixtures.Person nearPoor = fixtures.person(ADULT);
        ParticipantFixtures.Person farmer = fixtures.person(ADULT);
        ParticipantFixtures.Person aged = fixtures.person(LocalDate.of(1950, 1, 1));
        ParticipantFixtures.Person student = fixtures.person(LocalDate.of(2005, 9, 1));
        long poorHi = fixtures.budget(poor, HiSupportGroup.POOR, september, null, MONTHLY);
        long nearPoorHi = fixtures.budget(nearPoor, HiSupportGroup.NEAR_POOR, september, null, MONTHLY);
        long farmerHi = fixtures.budget(farmer, HiSupportGroup.FARM_AVERAGE, september, null, MONTHLY);
        long agedHi = fixtures.budget(aged, HiSupportGroup.AGED_70_TO_80, september, null, MONTHLY);
        long studentHi = fixtures.budget(student, HiSupportGroup.PUPIL_STUDENT, september, null, YEARLY);

        assessing.assess(september);

        // 4.5 % x 2,340,000 = 105,300 a month.
        assertThat(shares(poorHi, september)).containsExactly(105_300L, 0L, 0L);
        // Near-poor: the state 70 %, the province 30 %, so nothing left for the participant.
        assertThat(shares(nearPoorHi, september)).containsExactly(73_710L, 31_590L, 0L);
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, nearPoor.siCode())).isEmpty();
        // Farm households of average living standard: 30 % + 20 %, the participant 50 %.
        assertThat(shares(farmerHi, september)).containsExactly(31_590L, 21_060L, 52_650L);
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, farmer.siCode()))
                .containsExactly(new Due(september, Fund.HEALTH, 52_650));
        // Aged 70-80: nothing from the state, 70 % from the province.
        assertThat(shares(agedHi, september)).containsExactly(0L, 73_710L, 31_590L);
        // Pupils and students: 50 % from 2025-08-15, so from September; twelve months at once.
        assertThat(shares(studentHi, september)).containsExactly(12 * 52_650L, 0L, 12 * 52_650L);

        assertThat(ledger.openDues(PayerKind.BUDGET, fixtures.province()))
                .containsExactly(new Due(september, Fund.HEALTH, 31_590 + 21_060 + 73_710));
    }

    /** The state's, the province's and the participant's dues of a period. */
    List<Long> shares(long enrolment, YearMonth month) {
        String ref = budgetRef(enrolment, month);
        return List.of(fixtures.booked(ref + ":state"), fixtures.booked(ref + ":province"), fixtures.booked(ref));
    }

    @Test
    void aChildLeavesTheBudgetGroupWithTheMonthOfTheSixthBirthdayAtTheLatest() {
        ParticipantFixtures.Person child = fixtures.person(LocalDate.of(2019, 10, 20));
        // As the enrolment service bounds it: the last month whose first day comes before the sixth birthday.
        long enrolment = fixtures.budget(child, HiSupportGroup.CHILD_UNDER_6, YearMonth.of(2025, 7),
                YearMonth.of(2025, 10), QUARTERLY);

        assessing.assess(YearMonth.of(2025, 7));
        assessing.assess(YearMonth.of(2025, 10));

        assertThat(fixtures.booked(budgetRef(enrolment, YearMonth.of(2025, 7)) + ":state")).isEqualTo(3 * 105_300);
        assertThat(fixtures.booked(budgetRef(enrolment, YearMonth.of(2025, 10)) + ":state")).isEqualTo(105_300);
    }

    // The amounts are the calculator's

    @Test
    void everyAmountBookedEqualsTheCalculatorsQuoteForTheSameInputs() {
        YearMonth month = YearMonth.of(2026, 1);
        ContributionCalculator calculator = calculator(month);
        record Case(long income, VoluntarySupportCategory category, PaymentSchedule schedule) {
        }
        List<Case> cases = List.of(new Case(1_500_000, VoluntarySupportCategory.ETHNIC_MINORITY, MONTHLY),
                new Case(2_345_679, VoluntarySupportCategory.NEAR_POOR, QUARTERLY),
                new Case(7_777_777, VoluntarySupportCategory.OTHER, PaymentSchedule.HALF_YEARLY),
                new Case(46_800_000, VoluntarySupportCategory.POOR, YEARLY));
        List<Long> enrolments = cases.stream().map(c -> fixtures.voluntary(fixtures.person(ADULT), month, null,
                c.income(), c.schedule(), c.category())).toList();
        ParticipantFixtures.Household household = fixtures.household(ADULT, ADULT, ADULT, ADULT, ADULT, ADULT, ADULT);
        long householdHi = fixtures.household(household, month, null, PaymentSchedule.HALF_YEARLY, household.members());
        fixtures.provinceSupport(HiSupportGroup.PUPIL_STUDENT, LocalDate.of(2026, 1, 1), null, "12.5");
        long pupilHi = fixtures.budget(fixtures.person(LocalDate.of(2012, 4, 4)), HiSupportGroup.PUPIL_STUDENT, month,
                null, QUARTERLY);
        long nearPoorHi = fixtures.budget(fixtures.person(ADULT), HiSupportGroup.NEAR_POOR, month, null, MONTHLY);

        assessing.assess(month);

        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            ContributionQuote quote = calculator.voluntary(new VoluntaryIncome(c.income(), c.category(), c.schedule().months()));
            assertThat(fixtures.booked(voluntaryRef(enrolments.get(i), month))).as(c.toString())
                    .isEqualTo(quote.totalOf(PARTICIPANT));
            assertThat(fixtures.booked(voluntaryRef(enrolments.get(i), month) + ":state")).as(c.toString())
                    .isEqualTo(quote.totalOf(STATE_BUDGET));
        }
        long household6Months = 0;
        for (int member = 1; member <= 7; member++) {
            household6Months += 6 * calculator.household(member).totalOf(HOUSEHOLD);
        }
        assertThat(fixtures.booked(householdRef(householdHi, month))).isEqualTo(household6Months);
        ContributionQuote pupil = calculator.budgetHi(HiSupportGroup.PUPIL_STUDENT, new BigDecimal("12.5"));
        assertThat(shares(pupilHi, month)).containsExactly(3 * pupil.totalOf(STATE_BUDGET),
                3 * pupil.totalOf(PROVINCE_BUDGET), 3 * pupil.totalOf(PARTICIPANT));
        ContributionQuote nearPoor = calculator.budgetHi(HiSupportGroup.NEAR_POOR, null);
        assertThat(shares(nearPoorHi, month)).containsExactly(nearPoor.totalOf(STATE_BUDGET), 0L,
                nearPoor.totalOf(PARTICIPANT));
    }

    // Idempotence and the one monthly call

    @Test
    void reRunningAMonthChangesNothing() {
        YearMonth october = YearMonth.of(2025, 10);
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        fixtures.voluntary(person, october, null, 1_500_000, QUARTERLY, VoluntarySupportCategory.POOR);
        ParticipantFixtures.Household household = fixtures.household(ADULT, ADULT);
        fixtures.household(household, october, null, QUARTERLY, household.members());
        fixtures.budget(fixtures.person(ADULT), HiSupportGroup.NEAR_POOR, october, null, QUARTERLY);
        assessing.assess(october);
        long postings = jdbc.sql("select count(*) from ledger_posting").query(Long.class).single();
        long rows = jdbc.sql("select count(*) from participant_contribution").query(Long.class).single();
        long state = ledger.balance(PayerKind.BUDGET, fixtures.state(), Account.RECEIVABLE);

        ParticipantAssessment again = assessing.assess(october);

        assertThat(again.journals()).isZero();
        assertThat(again.voluntaryPeriods() + again.householdPeriods() + again.budgetPeriods()).isZero();
        assertThat(jdbc.sql("select count(*) from ledger_posting").query(Long.class).single()).isEqualTo(postings);
        assertThat(jdbc.sql("select count(*) from participant_contribution").query(Long.class).single()).isEqualTo(rows);
        assertThat(ledger.balance(PayerKind.BUDGET, fixtures.state(), Account.RECEIVABLE)).isEqualTo(state);
        assertThat(state).isEqualTo(3 * 165_000 + 3 * 73_710);
    }

    @Test
    void aProvinceSupportRecordedAfterTheRunDoesNotBookThePeriodAgain() {
        YearMonth november = YearMonth.of(2025, 11);
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        long enrolment = fixtures.budget(person, HiSupportGroup.NEAR_POOR, november, null, MONTHLY);
        assessing.assess(november);

        fixtures.provinceSupport(HiSupportGroup.NEAR_POOR, LocalDate.of(2025, 1, 1), null, "30");
        assessing.assess(november);

        assertThat(shares(enrolment, november)).containsExactly(73_710L, 0L, 31_590L);
    }

    @Test
    void oneAssessmentOfTheMonthAssessesEmployersAndParticipants() {
        YearMonth march = YearMonth.of(2026, 3);
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        long enrolment = fixtures.voluntary(person, march, null, 1_500_000, MONTHLY, VoluntarySupportCategory.NEAR_POOR);
        ParticipantFixtures.Household household = fixtures.household(ADULT);
        long householdHi = fixtures.household(household, march, null, QUARTERLY, household.members());

        AssessmentRun run = assessingAll.assess(march);

        assertThat(run.participants()).isNotNull();
        assertThat(run.participants().voluntaryPeriods()).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.booked(voluntaryRef(enrolment, march))).isEqualTo(198_000);
        assertThat(fixtures.booked(householdRef(householdHi, march))).isEqualTo(3 * 105_300);
    }

    @Test
    void creditPaidAheadSettlesTheNewDues() {
        YearMonth may = YearMonth.of(2025, 5);
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        fixtures.voluntary(person, may, null, 1_500_000, MONTHLY, VoluntarySupportCategory.OTHER);
        ledger.book(new Journal(Journal.Kind.PAYMENT, LocalDate.of(2025, 4, 28), "test-payment:" + person.siCode(), null)
                .debit(Account.BANK, PayerKind.VOLUNTARY, person.siCode(), null, null, 500_000)
                .credit(Account.PAYER_CREDIT, PayerKind.VOLUNTARY, person.siCode(), null, null, 500_000));

        assessing.assess(may);

        // 330,000 less 33,000 support (10 % before July 2025).
        assertThat(ledger.openDues(PayerKind.VOLUNTARY, person.siCode())).isEmpty();
        assertThat(ledger.balance(PayerKind.VOLUNTARY, person.siCode(), Account.PAYER_CREDIT)).isEqualTo(-(500_000 - 297_000));
    }
}
