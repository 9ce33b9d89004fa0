package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

@IntegrationTest
class AssessingContributionsTests {

    static final YearMonth AUGUST_2024 = YearMonth.of(2024, 8);

    @Autowired AssessingContributions assessing;
    @Autowired Ledger ledger;
    @Autowired SiBook siBook;
    @Autowired JdbcClient jdbc;

    EmploymentFixtures fixtures;
    EmploymentFixtures.Employer employer;

    @BeforeEach
    void setUp() {
        fixtures = new EmploymentFixtures(jdbc);
        employer = fixtures.employer(1, false);
    }

    Map<String, Object> contributionOf(long employment) {
        return jdbc.sql("""
                        select sum(si_base) as si_base, sum(ui_base) as ui_base,
                               sum(retirement_er + sickness_er + accident_er + unemployment_er + health_er) as employer,
                               sum(retirement_ee + unemployment_ee + health_ee) as employee, count(*) as rows
                        from contribution where employment_id = :e and month = date '2024-08-01'""")
                .param("e", employment).query().singleRow();
    }

    long receivable() {
        return ledger.balance(PayerKind.EMPLOYER, employer.unitCode(), Account.RECEIVABLE);
    }

    @Test
    void aTenMillionSalaryInRegionOneOwesTwoPointOneFiveMillionFromTheEmployerAndOnePointZeroFiveFromTheEmployee() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);

        AssessmentRun run = assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(run.rowsAdded()).isEqualTo(1);
        assertThat(run.journals()).isEqualTo(1);
        Map<String, Object> c = contributionOf(job);
        assertThat(((Number) c.get("employer")).longValue()).isEqualTo(2_150_000);
        assertThat(((Number) c.get("employee")).longValue()).isEqualTo(1_050_000);
        assertThat(receivable()).isEqualTo(3_200_000);
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer.unitCode())).containsExactly(
                new Due(AUGUST_2024, Fund.RETIREMENT, 2_200_000),
                new Due(AUGUST_2024, Fund.SICKNESS_MATERNITY, 300_000),
                new Due(AUGUST_2024, Fund.OCCUPATIONAL_ACCIDENT, 50_000),
                new Due(AUGUST_2024, Fund.UNEMPLOYMENT, 200_000),
                new Due(AUGUST_2024, Fund.HEALTH, 450_000));
    }

    @Test
    void reRunningAnUnchangedMonthChangesNothing() {
        fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        fixtures.employ(employer, fixtures.person(), LocalDate.of(2024, 3, 1), null, 7_500_000, false);
        assessing.assess(AUGUST_2024, employer.unitCode());
        long before = receivable();

        AssessmentRun again = assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(again.employments()).isEqualTo(2);
        assertThat(again.rowsAdded()).isZero();
        assertThat(again.journals()).isZero();
        assertThat(receivable()).isEqualTo(before);
    }

    @Test
    void aSalaryChangeDeclaredForAPastMonthLeavesAnAdjustment() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        assessing.assess(AUGUST_2024, employer.unitCode());

        fixtures.salary(job, LocalDate.of(2024, 8, 1), 12_000_000);
        AssessmentRun adjustment = assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(adjustment.rowsAdded()).isEqualTo(1);
        assertThat(jdbc.sql("select kind from contribution where employment_id = :e order by run_id").param("e", job)
                .query(String.class).list()).containsExactly("R", "A");
        assertThat(fixtures.assessmentJournalKinds(employer, AUGUST_2024)).containsExactly("ASSESSMENT", "ADJUSTMENT");
        // 32 % of the 2,000,000 raise
        assertThat(receivable()).isEqualTo(3_200_000 + 640_000);
    }

    @Test
    void aRaiseDeclaredAheadLeavesEarlierMonthsAtTheSalaryInForceThen() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        fixtures.salary(job, LocalDate.of(2024, 9, 1), 12_000_000);
        // A raise that started mid-history and one ending the job before the raise: each reads the salary of its day.
        long left = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 8, 20),
                10_000_000, false);
        fixtures.salary(left, LocalDate.of(2024, 8, 26), 12_000_000);

        assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(((Number) contributionOf(job).get("employer")).longValue()).isEqualTo(2_150_000);
        assertThat(((Number) contributionOf(left).get("si_base")).longValue()).isEqualTo(10_000_000);
        assertThat(((Number) contributionOf(left).get("employer")).longValue()).isEqualTo(2_150_000);
    }

    @Test
    void aLeaveDeclaredLateReversesTheMonth() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        assessing.assess(AUGUST_2024, employer.unitCode());

        fixtures.end(job, LocalDate.of(2024, 7, 31));
        assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(((Number) contributionOf(job).get("employer")).longValue()).isZero();
        assertThat(receivable()).isZero();
    }

    @Test
    void aSalaryAboveTwentyBaseSalariesIsCappedForSocialAndHealthInsuranceButNotForUnemploymentBelowItsOwnCeiling() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 60_000_000, false);
        assessing.assess(AUGUST_2024, employer.unitCode());

        Map<String, Object> c = contributionOf(job);
        assertThat(((Number) c.get("si_base")).longValue()).isEqualTo(46_800_000);
        assertThat(((Number) c.get("ui_base")).longValue()).isEqualTo(60_000_000);
        // 17.5 % SI and 3 % HI of 46.8 M, plus 1 % UI of 60 M
        assertThat(((Number) c.get("employer")).longValue()).isEqualTo(8_190_000 + 1_404_000 + 600_000);
    }

    @Test
    void aForeignWorkerOwesNoUnemploymentInsurance() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, true);
        assessing.assess(AUGUST_2024, employer.unitCode());

        Map<String, Object> c = contributionOf(job);
        assertThat(((Number) c.get("ui_base")).longValue()).isZero();
        assertThat(((Number) c.get("employer")).longValue()).isEqualTo(2_050_000);
        assertThat(((Number) c.get("employee")).longValue()).isEqualTo(950_000);
    }

    @Test
    void fourteenMissedWorkingDaysMeanNoContributionForTheMonth() {
        // August 2024 has 22 working days. Hired on Tuesday the 20th: 9 worked, 13 missed: owes the month.
        long hiredOn20th = fixtures.employ(employer, fixtures.person(), LocalDate.of(2024, 8, 20), null, 10_000_000, false);
        // Hired on Wednesday the 21st: 8 worked, 14 missed: owes nothing.
        long hiredOn21st = fixtures.employ(employer, fixtures.person(), LocalDate.of(2024, 8, 21), null, 10_000_000, false);
        long unpaid = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        fixtures.unpaidLeave(unpaid, LocalDate.of(2024, 8, 1), 14, false);
        long maternity = fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        fixtures.unpaidLeave(maternity, LocalDate.of(2024, 8, 1), 22, true);

        assessing.assess(AUGUST_2024, employer.unitCode());

        List<Long> assessed = jdbc.sql("select employment_id from contribution where employer_id = :er order by employment_id")
                .param("er", employer.id()).query(Long.class).list();
        assertThat(assessed).containsExactlyInAnyOrder(hiredOn20th, maternity).doesNotContain(hiredOn21st, unpaid);
    }

    @Test
    void theCovidReliefMonthsOweNoAccidentAndNoEmployerUnemploymentShare() {
        long job = fixtures.employ(employer, fixtures.person(), LocalDate.of(2021, 1, 1), null, 10_000_000, false);
        assessing.assess(YearMonth.of(2021, 11), employer.unitCode());

        Map<String, Object> c = jdbc.sql("""
                        select accident_er, unemployment_er, unemployment_ee from contribution
                        where employment_id = :e and month = date '2021-11-01'""")
                .param("e", job).query().singleRow();
        assertThat(((Number) c.get("accident_er")).longValue()).isZero();
        assertThat(((Number) c.get("unemployment_er")).longValue()).isZero();
        assertThat(((Number) c.get("unemployment_ee")).longValue()).isEqualTo(100_000);
    }

    @Test
    void theSiBookShowsTheMonthWithItsFundsAndWhetherItIsPaid() {
        long person = fixtures.person();
        fixtures.employ(employer, person, LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        assessing.assess(AUGUST_2024, employer.unitCode());

        List<SiBook.Month> book = siBook.of(person);

        assertThat(book).hasSize(1);
        SiBook.Month august = book.get(0);
        assertThat(august.month()).isEqualTo(AUGUST_2024);
        assertThat(august.salary()).isEqualTo(10_000_000);
        assertThat(august.retirement()).isEqualTo(2_200_000);
        assertThat(august.employeeShare()).isEqualTo(1_050_000);
        assertThat(august.employerShare()).isEqualTo(2_150_000);
        assertThat(august.status()).isEqualTo(SiBook.Status.OWED);
    }

    @Test
    void creditPaidAheadSettlesTheNewDuesAtOnce() {
        fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        ledger.book(new Journal(Journal.Kind.PAYMENT, LocalDate.of(2024, 8, 20), "test-payment:" + employer.unitCode(), null)
                .debit(Account.BANK, PayerKind.EMPLOYER, employer.unitCode(), null, null, 5_000_000)
                .credit(Account.PAYER_CREDIT, PayerKind.EMPLOYER, employer.unitCode(), null, null, 5_000_000));

        assessing.assess(AUGUST_2024, employer.unitCode());

        assertThat(receivable()).isZero();
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer.unitCode(), Account.PAYER_CREDIT)).isEqualTo(-1_800_000);
    }

    @Test
    void theMonthForEveryEmployerIsAssessedInChunksAndARerunAddsNothing() {
        // March 2019: no other test has employments then, so the whole-province run sees only these.
        YearMonth march2019 = YearMonth.of(2019, 3);
        EmploymentFixtures.Employer other = fixtures.employer(2, true);
        fixtures.employ(employer, fixtures.person(), LocalDate.of(2018, 1, 1), null, 6_000_000, false);
        fixtures.employ(other, fixtures.person(), LocalDate.of(2018, 1, 1), null, 5_000_000, false);

        AssessmentRun run = assessing.assess(march2019);
        AssessmentRun rerun = assessing.assess(march2019);

        assertThat(run.rowsAdded()).isEqualTo(2);
        // One journal per chunk the employers fall in, its revenue credited once per fund for the whole chunk.
        assertThat(run.journals()).isEqualTo(Set.of(assessing.chunkOf(employer.id()), assessing.chunkOf(other.id())).size());
        assertThat(jdbc.sql("""
                        select count(*) filter (where p.payer_code is null), -sum(p.amount) filter (where p.payer_code is null),
                               count(distinct p.fund) filter (where p.payer_code is null)
                        from ledger_posting p join ledger_journal j on j.id = p.journal_id
                        where p.account = 'CONTRIBUTION_REVENUE' and starts_with(j.source_ref, 'assessment:2019-03:')""")
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .containsExactly(5L * run.journals(), 1_920_000L + 1_600_000L, 5L);
        assertThat(rerun.rowsAdded()).isZero();
        // 32 % of 6,000,000. The other employer is approved for the reduced accident rate, which only exists from
        // 2020-07-15: in 2019 it pays the standard 0.5 %, 32 % of 5,000,000 too.
        assertThat(receivable()).isEqualTo(1_920_000);
        assertThat(ledger.balance(PayerKind.EMPLOYER, other.unitCode(), Account.RECEIVABLE)).isEqualTo(1_600_000);
    }
}
