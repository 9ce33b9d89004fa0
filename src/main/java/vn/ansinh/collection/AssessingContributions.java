package vn.ansinh.collection;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.Employers;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;

/**
 * The monthly assessment of compulsory contributions, for every employer or one, as three set-based statements:
 * what every employment owes this month minus what earlier runs already recorded (inserted only where it differs),
 * then one ledger journal per employer with one debit and one credit per fund.
 * <p>
 * Which employments owe for a month: those in force at some time in it, unless 14 or more of the month's working
 * days (Monday to Friday) fall outside the employment or in declared unpaid leave (RULES.md section 4, the threshold is
 * the parameter UNPAID_DAYS_THRESHOLD). The salary is the one in force on the month's last day of employment. Rates,
 * floor and ceilings come from the month's {@link RateBook}, the one place that reads them; amounts are rounded per
 * line half up to the dong, as {@code Dong.percentOf} does for the calculator.
 */
@Service
public class AssessingContributions {

    private final JdbcClient jdbc;
    private final RateBooks rateBooks;
    private final Employers employers;
    private final AuditLog audit;
    private final Clock clock;

    AssessingContributions(JdbcClient jdbc, RateBooks rateBooks, Employers employers, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rateBooks = rateBooks;
        this.employers = employers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Assesses the month for every employer. */
    @Transactional
    public AssessmentRun assess(YearMonth month) {
        return run(month, null);
    }

    /** Assesses the month for one employer, e.g. after a late declaration for a past month. */
    @Transactional
    public AssessmentRun assess(YearMonth month, String unitCode) {
        EmployerSummary employer = employers.byUnitCode(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        return run(month, employer);
    }

    private AssessmentRun run(YearMonth month, EmployerSummary employer) {
        long started = System.nanoTime();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // One run of a month at a time: two at once would both insert the same difference.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assessment'), :month)")
                .param("month", month.getYear() * 100 + month.getMonthValue()).query().singleRow();
        long runId = jdbc.sql("""
                        insert into assessment_run (month, employer_id, started_by) values (:month, :employer, :by)
                        returning id""")
                .param("month", first).param("employer", employer == null ? null : employer.id())
                .param("by", Actors.current().name()).query(Long.class).single();

        RateBook rates = rateBooks.forMonth(month);
        int employments = countEmployments(first, last, employer);
        int rowsAdded = insertDifferences(runId, first, last, employer, rates);
        int journals = bookJournals(runId, month);

        jdbc.sql("""
                        update assessment_run set finished_at = now(), employments = :employments, rows_added = :rows,
                               journals = :journals where id = :id""")
                .param("employments", employments).param("rows", rowsAdded).param("journals", journals)
                .param("id", runId).update();
        AssessmentRun run = new AssessmentRun(runId, month, employer == null ? null : employer.unitCode(), employments,
                rowsAdded, journals, (System.nanoTime() - started) / 1_000_000);
        audit.record("ASSESS", "assessment_run", runId, null, Map.of("month", month.toString(),
                "employer", employer == null ? "all" : employer.unitCode(), "employments", employments,
                "rowsAdded", rowsAdded, "journals", journals));
        return run;
    }

    private int countEmployments(LocalDate first, LocalDate last, EmployerSummary employer) {
        return jdbc.sql("""
                        select count(*) from employment e
                        where e.start_date <= :last and (e.end_date is null or e.end_date >= :first)
                          and (cast(:employer as bigint) is null or e.employer_id = :employer)""")
                .param("first", first).param("last", last).param("employer", employer == null ? null : employer.id())
                .query(Integer.class).single();
    }

    private int insertDifferences(long runId, LocalDate first, LocalDate last, EmployerSummary employer, RateBook rates) {
        return jdbc.sql("""
                with in_force as (
                    select e.id as employment_id, e.person_id, e.employer_id, er.wage_region, er.reduced_accident_rate,
                           e.worker_type = 'FOREIGN' as foreign_worker,
                           (select s.amount from salary s
                             where s.employment_id = e.id and s.valid_from <= least(:last, coalesce(e.end_date, :last))
                             order by s.valid_from desc limit 1) as salary,
                           weekdays_between(:first, :last)
                             - weekdays_between(greatest(e.start_date, :first), least(coalesce(e.end_date, :last), :last))
                             + coalesce(u.days, 0) as missed_days
                    from employment e
                         join employer er on er.id = e.employer_id
                         left join unpaid_leave u on u.employment_id = e.id and u.month = :first and not u.maternity
                    where e.start_date <= :last and (e.end_date is null or e.end_date >= :first)
                      and (cast(:employer as bigint) is null or e.employer_id = :employer)
                ),
                base as (
                    select employment_id, person_id, employer_id, reduced_accident_rate, foreign_worker,
                           coalesce(salary, 0) as salary,
                           case when missed_days >= :threshold or salary is null then 0
                                else least(salary, :siCeiling) end as si_base,
                           case when missed_days >= :threshold or salary is null or foreign_worker then 0
                                else least(salary, (cast(:uiCeilings as bigint[]))[wage_region]) end as ui_base
                    from in_force
                ),
                due as (
                    select employment_id, person_id, employer_id, salary, si_base, ui_base,
                           round(si_base * :retirementEr / 100)::bigint as retirement_er,
                           round(si_base * :retirementEe / 100)::bigint as retirement_ee,
                           round(si_base * :sicknessEr / 100)::bigint as sickness_er,
                           round(si_base * case when reduced_accident_rate then :accidentReducedEr else :accidentEr end
                                 / 100)::bigint as accident_er,
                           round(ui_base * :unemploymentEr / 100)::bigint as unemployment_er,
                           round(ui_base * :unemploymentEe / 100)::bigint as unemployment_ee,
                           round(si_base * :healthEr / 100)::bigint as health_er,
                           round(si_base * :healthEe / 100)::bigint as health_ee
                    from base
                ),
                recorded as (
                    select c.employment_id, min(c.person_id) as person_id, min(c.employer_id) as employer_id,
                           sum(c.si_base) as si_base, sum(c.ui_base) as ui_base,
                           sum(c.retirement_er) as retirement_er, sum(c.retirement_ee) as retirement_ee,
                           sum(c.sickness_er) as sickness_er, sum(c.accident_er) as accident_er,
                           sum(c.unemployment_er) as unemployment_er, sum(c.unemployment_ee) as unemployment_ee,
                           sum(c.health_er) as health_er, sum(c.health_ee) as health_ee
                    from contribution c
                    where c.month = :first
                      and (cast(:employer as bigint) is null or c.employer_id = :employer)
                    group by c.employment_id
                )
                insert into contribution (month, employment_id, person_id, employer_id, run_id, kind, salary, si_base,
                                          ui_base, retirement_er, retirement_ee, sickness_er, accident_er,
                                          unemployment_er, unemployment_ee, health_er, health_ee)
                select :first, coalesce(d.employment_id, r.employment_id), coalesce(d.person_id, r.person_id),
                       coalesce(d.employer_id, r.employer_id), :run, case when r.employment_id is null then 'R' else 'A' end,
                       coalesce(d.salary, 0),
                       coalesce(d.si_base, 0) - coalesce(r.si_base, 0),
                       coalesce(d.ui_base, 0) - coalesce(r.ui_base, 0),
                       coalesce(d.retirement_er, 0) - coalesce(r.retirement_er, 0),
                       coalesce(d.retirement_ee, 0) - coalesce(r.retirement_ee, 0),
                       coalesce(d.sickness_er, 0) - coalesce(r.sickness_er, 0),
                       coalesce(d.accident_er, 0) - coalesce(r.accident_er, 0),
                       coalesce(d.unemployment_er, 0) - coalesce(r.unemployment_er, 0),
                       coalesce(d.unemployment_ee, 0) - coalesce(r.unemployment_ee, 0),
                       coalesce(d.health_er, 0) - coalesce(r.health_er, 0),
                       coalesce(d.health_ee, 0) - coalesce(r.health_ee, 0)
                from due d full join recorded r on r.employment_id = d.employment_id
                where r.employment_id is null and d.si_base + d.ui_base > 0
                   or r.employment_id is not null and (
                          coalesce(d.si_base, 0) <> r.si_base or coalesce(d.ui_base, 0) <> r.ui_base
                       or coalesce(d.retirement_er, 0) <> r.retirement_er or coalesce(d.retirement_ee, 0) <> r.retirement_ee
                       or coalesce(d.sickness_er, 0) <> r.sickness_er or coalesce(d.accident_er, 0) <> r.accident_er
                       or coalesce(d.unemployment_er, 0) <> r.unemployment_er
                       or coalesce(d.unemployment_ee, 0) <> r.unemployment_ee
                       or coalesce(d.health_er, 0) <> r.health_er or coalesce(d.health_ee, 0) <> r.health_ee)
                """)
                .param("first", Date.valueOf(first)).param("last", Date.valueOf(last))
                .param("employer", employer == null ? null : employer.id())
                .param("run", runId)
                .param("threshold", rates.unpaidDaysThreshold())
                .param("siCeiling", rates.siHiSalaryCeiling())
                .param("uiCeilings", new Long[] {rates.uiSalaryCeiling(1), rates.uiSalaryCeiling(2),
                        rates.uiSalaryCeiling(3), rates.uiSalaryCeiling(4)})
                .param("retirementEr", rate(rates, Fund.RETIREMENT, ContributionPayer.EMPLOYER, false))
                .param("retirementEe", rate(rates, Fund.RETIREMENT, ContributionPayer.EMPLOYEE, false))
                .param("sicknessEr", rate(rates, Fund.SICKNESS_MATERNITY, ContributionPayer.EMPLOYER, false))
                .param("accidentEr", rate(rates, Fund.OCCUPATIONAL_ACCIDENT, ContributionPayer.EMPLOYER, false))
                .param("accidentReducedEr", rate(rates, Fund.OCCUPATIONAL_ACCIDENT, ContributionPayer.EMPLOYER, true))
                .param("unemploymentEr", rate(rates, Fund.UNEMPLOYMENT, ContributionPayer.EMPLOYER, false))
                .param("unemploymentEe", rate(rates, Fund.UNEMPLOYMENT, ContributionPayer.EMPLOYEE, false))
                .param("healthEr", rate(rates, Fund.HEALTH, ContributionPayer.EMPLOYER, false))
                .param("healthEe", rate(rates, Fund.HEALTH, ContributionPayer.EMPLOYEE, false))
                .update();
    }

    /**
     * One journal per employer for what this run added: receivable debited and revenue credited per fund. The first
     * run of an employer's month is an ASSESSMENT, later ones ADJUSTMENTs.
     */
    private int bookJournals(long runId, YearMonth month) {
        String prefix = "assessment:" + month + ":";
        int journals = jdbc.sql("""
                        insert into ledger_journal (kind, booked_on, source_ref, note, created_by)
                        select case when exists (select 1 from contribution p
                                                 where p.employer_id = c.employer_id and p.month = :month and p.run_id < :run)
                                    then 'ADJUSTMENT' else 'ASSESSMENT' end,
                               :today, :prefix || er.unit_code || ':' || :run, 'Assessment run ' || :run, :by
                        from (select distinct employer_id from contribution where run_id = :run) c
                             join employer er on er.id = c.employer_id""")
                .param("month", Date.valueOf(month.atDay(1))).param("run", runId).param("prefix", prefix)
                .param("today", LocalDate.now(clock)).param("by", Actors.current().name())
                .update();
        jdbc.sql("""
                        insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                        select j.id, side.account, 'EMPLOYER', er.unit_code, :month, f.fund, side.sign * f.amount
                        from (select employer_id, sum(retirement_er + retirement_ee) as retirement,
                                     sum(sickness_er) as sickness, sum(accident_er) as accident,
                                     sum(unemployment_er + unemployment_ee) as unemployment,
                                     sum(health_er + health_ee) as health
                              from contribution where run_id = :run group by employer_id) c
                             join employer er on er.id = c.employer_id
                             join ledger_journal j on j.source_ref = :prefix || er.unit_code || ':' || :run
                             cross join lateral (values ('RETIREMENT', c.retirement), ('SICKNESS_MATERNITY', c.sickness),
                                                        ('OCCUPATIONAL_ACCIDENT', c.accident),
                                                        ('UNEMPLOYMENT', c.unemployment), ('HEALTH', c.health)) f (fund, amount)
                             cross join (values ('RECEIVABLE', 1), ('CONTRIBUTION_REVENUE', -1)) side (account, sign)
                        where f.amount <> 0""")
                .param("month", Date.valueOf(month.atDay(1))).param("run", runId).param("prefix", prefix)
                .update();
        return journals;
    }

    private static java.math.BigDecimal rate(RateBook rates, Fund fund, ContributionPayer payer, boolean reduced) {
        return rates.contributionRatePercent(fund, payer, reduced);
    }
}
