package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.claim.settlement.FundPosition;
import vn.ansinh.claim.settlement.HealthInsuranceFund;
import vn.ansinh.collection.AreaDebt;
import vn.ansinh.collection.DebtFigures;

/** A small province (code 95, used by no other test) with its demo year run once. */
@IntegrationTest
class DemoActivityTests {

    private static final ProvinceSpec SPEC = new ProvinceSpec(11, "95", "Tỉnh Hoạt Động", 5_000);
    private static final String EMPLOYERS_OF_95 = """
            select e.unit_code from employer e join area a on a.id = e.commune_id where a.path like '/95/%'""";

    @Autowired DemoProvinces provinces;
    @Autowired DemoActivity activity;
    @Autowired JdbcClient jdbc;
    @Autowired DebtFigures debts;
    @Autowired HealthInsuranceFund fund;

    @BeforeEach
    void loadTheProvinceAndRunItsYear() {
        provinces.load(SPEC);
        if (!activity.isDone(SPEC.provinceCode())) {
            activity.run(SPEC);
        }
    }

    @Test
    void theProvinceHasItsHospitalsAndAStationInEveryCommune() {
        String inProvince = """
                select count(*) from health_facility f join area a on a.id = f.commune_id
                where a.path like '/95/%' and f.level = :level""";
        assertThat(jdbc.sql(inProvince).param("level", "PROVINCIAL").query(Long.class).single()).isEqualTo(3);
        long districts = jdbc.sql("select count(*) from area where path like '/95/%' and level = 'DISTRICT'")
                .query(Long.class).single();
        assertThat(jdbc.sql(inProvince).param("level", "DISTRICT").query(Long.class).single()).isEqualTo(districts);
        long communes = jdbc.sql("select count(*) from area where path like '/95/%' and level = 'COMMUNE'")
                .query(Long.class).single();
        long stations = jdbc.sql(inProvince).param("level", "COMMUNE").query(Long.class).single();
        assertThat(stations).isEqualTo(Math.min(communes, 900));
    }

    @Test
    void everyMonthOfTheYearIsAssessedAndSomeEmployersOweWhileMostPaid() {
        assertThat(jdbc.sql("""
                        select count(distinct c.month) from contribution c join employer e on e.id = c.employer_id
                        join area a on a.id = e.commune_id where a.path like '/95/%'""").query(Long.class).single())
                .isEqualTo(12);
        Map<String, Object> ledger = jdbc.sql("""
                        select sum(amount) filter (where account = 'RECEIVABLE' and amount > 0) as billed,
                               sum(amount) filter (where account = 'BANK') as paid,
                               sum(amount) filter (where account = 'RECEIVABLE') as owed
                        from ledger_posting where payer_kind = 'EMPLOYER' and payer_code in (""" + EMPLOYERS_OF_95 + ")")
                .query().singleRow();
        long billed = ((Number) ledger.get("billed")).longValue();
        long paid = ((Number) ledger.get("paid")).longValue();
        long owed = ((Number) ledger.get("owed")).longValue();
        assertThat(paid).isBetween(billed * 70 / 100, billed * 95 / 100);
        assertThat(owed).isPositive();
        // The December dues are due at the end of January and are still open on the last day of the year.
        assertThat(owed).isGreaterThan(billed / 12 / 2);
    }

    @Test
    void onTheLastDayOfTheYearSomeDebtIsOverdueAndCarriesInterestWhileMostDuesWerePaid() {
        AreaDebt debt = debts.ofArea("95", LocalDate.of(2025, 12, 31));

        assertThat(debt.duesYearToDate()).isPositive();
        assertThat(debt.debt()).isPositive().isLessThan(debt.duesYearToDate() / 5);
        assertThat(debt.interest()).isPositive();
        assertThat(debt.employersInDebt()).isPositive();
    }

    @Test
    void thePlanIsTheYearsBillsPlusThreePercentRoundedToTheMillion() {
        long billed = jdbc.sql("""
                        select sum(amount) from ledger_posting
                        where payer_kind = 'EMPLOYER' and account = 'RECEIVABLE' and amount > 0
                          and period between date '2025-01-01' and date '2025-12-01'
                          and payer_code in (""" + EMPLOYERS_OF_95 + ")").query(Long.class).single();
        long plan = jdbc.sql("""
                        select planned_amount from collection_plan p join area a on a.id = p.area_id
                        where a.code = '95' and p.year = 2025""").query(Long.class).single();
        assertThat(plan).isEqualTo((billed * 103 / 100 + 500_000) / 1_000_000 * 1_000_000);
    }

    @Test
    void childrenUnderSixAndPensionersHoldCardsRunningPastTheYearEnd() {
        // Budget-paid (TE) and SI-fund-paid (HT) groups are covered by who they are; households, the near-poor and
        // employees are covered only as far as payments reach (the card module's rule).
        Map<String, Object> counts = jdbc.sql("""
                        select count(distinct pa.person_id) as members,
                               count(distinct c.person_id) filter (where c.valid_to >= date '2025-12-31') as carded
                        from participation pa join person p on p.id = pa.person_id
                             join area a on a.id = p.commune_id
                             left join hi_card c on c.person_id = pa.person_id
                        where a.path like '/95/%' and pa.scheme = 'HI' and pa.group_code in ('TE', 'HT')
                          and pa.valid_from <= date '2025-12-31'
                          and (pa.valid_to is null or pa.valid_to >= date '2025-12-31')""").query().singleRow();
        assertThat(((Number) counts.get("members")).longValue()).isPositive();
        assertThat(counts.get("carded")).isEqualTo(counts.get("members"));
    }

    @Test
    void theYearsClaimsAreAppraisedAndTheBudgetIsSetALittleBelowWhatTheyCameTo() {
        Map<String, Object> claims = jdbc.sql("""
                        select count(*) as claims, count(*) filter (where c.status = 'RECEIVED') as waiting,
                               count(*) filter (where c.status = 'INVALID') as invalid
                        from claim c join health_facility f on f.code = c.facility_code
                             join area a on a.id = f.commune_id
                        where c.current and a.path like '/95/%'""").query().singleRow();
        assertThat(((Number) claims.get("claims")).longValue()).isGreaterThanOrEqualTo(SPEC.people() / 5);
        assertThat(((Number) claims.get("waiting")).longValue()).isZero();
        assertThat(((Number) claims.get("invalid")).longValue()).isPositive();

        FundPosition year = fund.ofArea("95", 2025, YearMonth.of(2025, 12));

        assertThat(year.spent()).isPositive();
        assertThat(year.budget()).isEqualTo((year.spent().longValue() * 96 / 100 + 500_000) / 1_000_000 * 1_000_000);
        assertThat(year.spentShareOfBudgetPercent()).isGreaterThan(new java.math.BigDecimal("100"));
    }

    @Test
    void theFirstThreeQuartersAreSettledWhereNothingWaitsAndTheirCoPaymentsCountForThePatients() {
        Map<String, Object> settled = jdbc.sql("""
                        select count(*) as settlements, count(*) filter (where s.period_start >= date '2025-10-01') as q4,
                               count(*) filter (where exists (
                                   select 1 from claim c join claim_appraisal ap on ap.claim_id = c.id
                                   where c.facility_code = s.facility_code and c.current
                                     and c.settlement_month between s.period_start and s.period_end
                                     and ap.outcome = 'IN_REVIEW')) as with_claims_in_review
                        from claim_settlement s join health_facility f on f.code = s.facility_code
                             join area a on a.id = f.commune_id
                        where a.path like '/95/%'""").query().singleRow();
        assertThat(((Number) settled.get("settlements")).longValue()).isPositive();
        assertThat(((Number) settled.get("q4")).longValue()).isZero();
        assertThat(((Number) settled.get("with_claims_in_review")).longValue()).isZero();
        // Each settled, paid encounter's appraised co-payment is recorded once, for the holder of its card.
        assertThat(jdbc.sql("""
                        select count(*) from hi_co_payment x
                        join person p on p.id = x.person_id join area a on a.id = p.commune_id
                        where a.path like '/95/%' and starts_with(x.source_ref, 'claim:')""")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void runningTheYearAgainBooksNothingTwice() {
        String totals = """
                select count(*) || ':' || coalesce(sum(abs(amount)), 0) from ledger_posting
                where payer_code in (""" + EMPLOYERS_OF_95 + ")";
        String before = jdbc.sql(totals).query(String.class).single();

        activity.run(SPEC);

        assertThat(jdbc.sql(totals).query(String.class).single()).isEqualTo(before);
    }
}
