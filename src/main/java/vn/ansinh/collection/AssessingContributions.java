package vn.ansinh.collection;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.progress.Job;
import vn.ansinh.progress.Progress;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AssessingContributions.class);

    /**
     * Employers are assessed in this many chunks (employer id modulo chunks), one transaction each. Every chunk scans
     * the month's employments once, so more chunks than the database has cores only adds scans; the setting must be the
     * same on every node, since a chunk's lock is only exclusive among runs that chunk alike.
     */
    private final int chunks;
    /** The kind of progress job a whole-month run shows as. */
    static final String JOB = "ASSESSMENT";

    private final JdbcClient jdbc;
    private final RateBooks rateBooks;
    private final Employers employers;
    private final AuditLog audit;
    private final Clock clock;
    private final AllocatingCredit allocating;
    private final TransactionTemplate transactions;
    private final ExecutorService workers;
    private final AssessingParticipants participants;
    private final Progress progress;

    AssessingContributions(JdbcClient jdbc, RateBooks rateBooks, Employers employers, AuditLog audit, Clock clock,
                           AllocatingCredit allocating, AssessingParticipants participants,
                           PlatformTransactionManager transactionManager, Progress progress,
                           @Value("${ansinh.collection.assessment.chunks:2}") int chunks) {
        if (chunks < 1) {
            throw new IllegalArgumentException("ansinh.collection.assessment.chunks must be at least 1, was " + chunks);
        }
        this.chunks = chunks;
        this.progress = progress;
        this.allocating = allocating;
        this.participants = participants;
        this.transactions = new TransactionTemplate(transactionManager);
        // As many chunks at once as there are cores; the chunking itself is fixed so that locks mean the same on
        // every node.
        this.workers = Executors.newFixedThreadPool(Math.min(chunks, Runtime.getRuntime().availableProcessors()),
                runnable -> {
                    Thread thread = new Thread(runnable, "assessment");
                    thread.setDaemon(true);
                    return thread;
                });
        this.jdbc = jdbc;
        this.rateBooks = rateBooks;
        this.employers = employers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Assesses the month for every employer, and every voluntary, household and budget-paid participant. The employers
     * are split into a fixed number of chunks, assessed in
     * parallel, each in its own transaction: a crash loses no chunk already committed, and running the month again
     * completes what is missing (it only ever inserts differences).
     */
    public AssessmentRun assess(YearMonth month) {
        return assess(month, LocalDate.now(clock));
    }

    /**
     * Assesses the month as a run on {@code bookedOn} would have: its journals carry that date. For loading history
     * (a legacy system's past months, the demo province's year), where dues must stand on the day they arose.
     */
    public AssessmentRun assess(YearMonth month, LocalDate bookedOn) {
        long started = System.nanoTime();
        String actor = Actors.current().name();
        long runId = transactions.execute(status -> newRun(month, null, actor));
        // Steps: each chunk of employers, then the participants and the closing of the run.
        Job job = progress.start(JOB, month.toString(), chunks + 1);
        try {
            RateBook rates = rateBooks.forMonth(month);
            List<Future<int[]>> running = new ArrayList<>();
            for (int chunk = 0; chunk < chunks; chunk++) {
                int c = chunk;
                running.add(workers.submit(() -> {
                    long chunkStarted = System.nanoTime();
                    int[] done = transactions.execute(status -> record(runId, month, null, c, rates, actor, bookedOn));
                    log.info("Assessment of {}, chunk {} of {}: {} rows in {} ms", month, c + 1, chunks, done[0],
                            (System.nanoTime() - chunkStarted) / 1_000_000);
                    job.advance(1);
                    return done;
                }));
            }
            int rowsAdded = 0;
            int journals = 0;
            for (Future<int[]> chunk : running) {
                int[] done = join(chunk);
                rowsAdded += done[0];
                journals += done[1];
            }
            int rows = rowsAdded;
            int booked = journals;
            long closing = System.nanoTime();
            AssessmentRun run = transactions.execute(status -> finish(runId, month, null, rows, booked, started, bookedOn)
                    .withParticipants(participants.assess(month, bookedOn)));
            log.info("Assessment of {}: participants and closing in {} ms", month, (System.nanoTime() - closing) / 1_000_000);
            job.finish(run.employments() + " / " + run.rowsAdded() + " / " + run.journals(), null);
            return run;
        } catch (RuntimeException e) {
            job.fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            throw e;
        }
    }

    /** Assesses the month for one employer, e.g. after a late declaration for a past month, in the caller's transaction. */
    @Transactional
    public AssessmentRun assess(YearMonth month, String unitCode) {
        long started = System.nanoTime();
        EmployerSummary employer = employers.byUnitCode(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        String actor = Actors.current().name();
        long runId = newRun(month, employer, actor);
        int[] done = record(runId, month, employer, chunkOf(employer.id()), rateBooks.forMonth(month), actor,
                LocalDate.now(clock));
        return finish(runId, month, employer, done[0], done[1], started, LocalDate.now(clock));
    }

    private long newRun(YearMonth month, EmployerSummary employer, String actor) {
        return jdbc.sql("""
                        insert into assessment_run (month, employer_id, started_by) values (:month, :employer, :by)
                        returning id""")
                .param("month", month.atDay(1)).param("employer", employer == null ? null : employer.id())
                .param("by", actor).query(Long.class).single();
    }

    private AssessmentRun finish(long runId, YearMonth month, EmployerSummary employer, int rowsAdded, int journals,
                                 long started, LocalDate bookedOn) {
        if (journals > 0) {
            payFromCredit(employer, bookedOn);
        }
        int employments = countEmployments(month.atDay(1), month.atEndOfMonth(), employer);
        jdbc.sql("""
                        update assessment_run set finished_at = now(), employments = :employments, rows_added = :rows,
                               journals = :journals where id = :id""")
                .param("employments", employments).param("rows", rowsAdded).param("journals", journals)
                .param("id", runId).update();
        AssessmentRun run = new AssessmentRun(runId, month, employer == null ? null : employer.unitCode(), employments,
                rowsAdded, journals, (System.nanoTime() - started) / 1_000_000, null);
        audit.record("ASSESS", "assessment_run", runId, null, Map.of("month", month.toString(),
                "employer", employer == null ? "all" : employer.unitCode(), "employments", employments,
                "rowsAdded", rowsAdded, "journals", journals));
        return run;
    }

    int chunkOf(long employerId) {
        return (int) (employerId % chunks);
    }

    private static int[] join(Future<int[]> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("assessment interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** Money employers paid ahead (or overpaid) settles the new dues at once. */
    private void payFromCredit(EmployerSummary employer, LocalDate on) {
        List<String> holders = employer != null ? List.of(employer.unitCode()) : jdbc.sql("""
                        select payer_code from ledger_posting
                        where payer_kind = 'EMPLOYER' and account = 'PAYER_CREDIT'
                        group by payer_code having sum(amount) < 0""")
                .query(String.class).list();
        holders.forEach(unitCode -> allocating.allocate(PayerKind.EMPLOYER, unitCode, on));
    }

    private int countEmployments(LocalDate first, LocalDate last, EmployerSummary employer) {
        return jdbc.sql("""
                        select count(*) from employment e
                        where e.start_date <= :last and (e.end_date is null or e.end_date >= :first)
                          and (cast(:employer as bigint) is null or e.employer_id = :employer)""")
                .param("first", first).param("last", last).param("employer", employer == null ? null : employer.id())
                .query(Integer.class).single();
    }

    // What every employment in force owes this month. Amounts use whole-number arithmetic on basis points:
    // (base x bp + 5000) / 10000 is base x rate / 100 rounded half up, as Dong.percentOf rounds, and bigint
    // arithmetic is several times faster than numeric over millions of rows.
    private static final String DUE = """
            with in_force as (
                select e.id as employment_id, e.person_id, e.employer_id, er.wage_region, er.reduced_accident_rate,
                       e.worker_type = 'FOREIGN' as foreign_worker,
                       case when e.latest_salary_from <= least(:last, coalesce(e.end_date, :last)) then e.latest_salary
                            else s.amount end as salary,
                       case when e.start_date <= :first and coalesce(e.end_date, :last) >= :last then 0
                            else weekdays_between(:first, :last) - weekdays_between(greatest(e.start_date, :first),
                                                                                    least(coalesce(e.end_date, :last), :last))
                       end + coalesce(u.days, 0) as missed_days
                from employment e
                     join employer er on er.id = e.employer_id
                     -- The salary history is read only when the latest salary starts after the day in question: the
                     -- condition on e alone becomes a filter that skips the probe for every other employment.
                     left join lateral (
                         select amount from salary
                         where e.latest_salary_from > least(:last, coalesce(e.end_date, :last))
                           and employment_id = e.id and valid_from <= least(:last, coalesce(e.end_date, :last))
                         order by valid_from desc limit 1) s on true
                     left join unpaid_leave u on u.employment_id = e.id and u.month = :first and not u.maternity
                where e.start_date <= :last and (e.end_date is null or e.end_date >= :first)
                  and e.employer_id % :chunks = :chunk
                  and (cast(:employer as bigint) is null or e.employer_id = :employer)
            ),
            base as (
                select employment_id, person_id, employer_id, reduced_accident_rate, coalesce(salary, 0) as salary,
                       case when missed_days >= :threshold or salary is null then 0
                            else least(salary, :siCeiling) end as si_base,
                       case when missed_days >= :threshold or salary is null or foreign_worker then 0
                            else least(salary, (cast(:uiCeilings as bigint[]))[wage_region]) end as ui_base
                from in_force
            ),
            due as (
                select employment_id, person_id, employer_id, salary, si_base, ui_base,
                       (si_base * :retirementEr + 5000) / 10000 as retirement_er,
                       (si_base * :retirementEe + 5000) / 10000 as retirement_ee,
                       (si_base * :sicknessEr + 5000) / 10000 as sickness_er,
                       (si_base * case when reduced_accident_rate then :accidentReducedEr else :accidentEr end + 5000)
                           / 10000 as accident_er,
                       (ui_base * :unemploymentEr + 5000) / 10000 as unemployment_er,
                       (ui_base * :unemploymentEe + 5000) / 10000 as unemployment_ee,
                       (si_base * :healthEr + 5000) / 10000 as health_er,
                       (si_base * :healthEe + 5000) / 10000 as health_ee
                from base
            )""";

    private static final String COLUMNS = """
            insert into contribution (month, employment_id, person_id, employer_id, run_id, kind, salary, si_base,
                                      ui_base, retirement_er, retirement_ee, sickness_er, accident_er,
                                      unemployment_er, unemployment_ee, health_er, health_ee)
            """;

    // What the insert added, summed per employer, is booked in the same statement (the new rows are not read back
    // from the table) as one journal per chunk and kind: a debit to RECEIVABLE per employer and fund, balanced by one
    // credit to CONTRIBUTION_REVENUE per fund for the whole chunk. The fund's revenue is not a payer's account, and
    // one credit instead of one per employer halves the postings of a month (measured: about a fifth of the run's
    // database time). An employer with rows recorded for the month before is booked in the chunk's ADJUSTMENT journal,
    // otherwise in its ASSESSMENT journal.
    private static final String BOOKING = """
             returning employer_id, retirement_er + retirement_ee as retirement, sickness_er as sickness,
                       accident_er as accident, unemployment_er + unemployment_ee as unemployment,
                       health_er + health_ee as health
            ),
            sums as (
                select i.employer_id, count(*) as rows, sum(retirement) as retirement, sum(sickness) as sickness,
                       sum(accident) as accident, sum(unemployment) as unemployment, sum(health) as health,
                       case when p.employer_id is null then 'ASSESSMENT' else 'ADJUSTMENT' end as kind
                from inserted i left join prior p on p.employer_id = i.employer_id
                group by i.employer_id, p.employer_id
            ),
            journals as (
                insert into ledger_journal (kind, booked_on, source_ref, note, created_by)
                select distinct kind, :today, :prefix || 'run' || :run || ':chunk' || :chunk || ':' || kind,
                       'Assessment run ' || :run, :by
                from sums
                returning id, kind
            ),
            dues as (
                select j.id as journal_id, er.unit_code, f.fund, f.amount
                from sums s
                     join employer er on er.id = s.employer_id
                     join journals j on j.kind = s.kind
                     cross join lateral (values ('RETIREMENT', s.retirement), ('SICKNESS_MATERNITY', s.sickness),
                                                ('OCCUPATIONAL_ACCIDENT', s.accident), ('UNEMPLOYMENT', s.unemployment),
                                                ('HEALTH', s.health)) f (fund, amount)
                where f.amount <> 0
            ),
            postings as (
                insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                select journal_id, 'RECEIVABLE', 'EMPLOYER', unit_code, cast(:first as date), fund, amount from dues
                union all
                select journal_id, 'CONTRIBUTION_REVENUE', 'EMPLOYER', null, cast(:first as date), fund, -sum(amount)
                from dues group by journal_id, fund
                returning 1
            )
            select (select coalesce(sum(rows), 0) from sums) as rows, (select count(*) from journals) as journals,
                   (select count(*) from postings) as postings""";

    // The month's first run: nothing recorded yet, so every amount due is inserted as it is.
    private static final String FIRST_RUN = DUE + """
            , prior as (select cast(null as bigint) as employer_id where false),
            inserted as (
            """ + COLUMNS + """
            select :first, employment_id, person_id, employer_id, :run, 'R', salary, si_base, ui_base, retirement_er,
                   retirement_ee, sickness_er, accident_er, unemployment_er, unemployment_ee, health_er, health_ee
            from due where si_base + ui_base > 0
            """ + BOOKING;

    // A later run: only the difference from what earlier runs recorded, where there is one.
    private static final String LATER_RUN = DUE + """
            , recorded as (
                select c.employment_id, min(c.person_id) as person_id, min(c.employer_id) as employer_id,
                       sum(c.si_base) as si_base, sum(c.ui_base) as ui_base,
                       sum(c.retirement_er) as retirement_er, sum(c.retirement_ee) as retirement_ee,
                       sum(c.sickness_er) as sickness_er, sum(c.accident_er) as accident_er,
                       sum(c.unemployment_er) as unemployment_er, sum(c.unemployment_ee) as unemployment_ee,
                       sum(c.health_er) as health_er, sum(c.health_ee) as health_ee
                from contribution c
                where c.month = :first and c.employer_id % :chunks = :chunk
                  and (cast(:employer as bigint) is null or c.employer_id = :employer)
                group by c.employment_id
            ),
            prior as (select distinct employer_id from recorded),
            inserted as (
            """ + COLUMNS + """
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
            """ + BOOKING;

    /** Inserts the month's differences and books their journals; returns rows added and journals booked. */
    private int[] record(long runId, YearMonth month, EmployerSummary employer, int chunk, RateBook rates, String actor,
                         LocalDate bookedOn) {
        LocalDate first = month.atDay(1);
        Long employerId = employer == null ? null : employer.id();
        // One run of a month's chunk at a time: two at once would both insert the same difference.
        jdbc.sql("select pg_advisory_xact_lock(:month, :chunk)")
                .param("month", month.getYear() * 100 + month.getMonthValue()).param("chunk", chunk)
                .query().singleRow();
        boolean recordedBefore = jdbc.sql("""
                        select exists (select 1 from contribution
                                       where month = :first and employer_id % :chunks = :chunk
                                         and (cast(:employer as bigint) is null or employer_id = :employer))""")
                .param("first", Date.valueOf(first)).param("employer", employerId)
                .param("chunks", chunks).param("chunk", chunk).query(Boolean.class).single();
        return jdbc.sql(recordedBefore ? LATER_RUN : FIRST_RUN)
                .param("first", Date.valueOf(first)).param("last", Date.valueOf(month.atEndOfMonth()))
                .param("employer", employerId)
                .param("chunks", chunks).param("chunk", chunk)
                .param("run", runId)
                .param("prefix", "assessment:" + month + ":")
                .param("today", bookedOn).param("by", actor)
                .param("threshold", rates.unpaidDaysThreshold())
                .param("siCeiling", rates.siHiSalaryCeiling())
                .param("uiCeilings", new Long[] {rates.uiSalaryCeiling(1), rates.uiSalaryCeiling(2),
                        rates.uiSalaryCeiling(3), rates.uiSalaryCeiling(4)})
                .param("retirementEr", basisPoints(rates, Fund.RETIREMENT, ContributionPayer.EMPLOYER, false))
                .param("retirementEe", basisPoints(rates, Fund.RETIREMENT, ContributionPayer.EMPLOYEE, false))
                .param("sicknessEr", basisPoints(rates, Fund.SICKNESS_MATERNITY, ContributionPayer.EMPLOYER, false))
                .param("accidentEr", basisPoints(rates, Fund.OCCUPATIONAL_ACCIDENT, ContributionPayer.EMPLOYER, false))
                .param("accidentReducedEr", basisPoints(rates, Fund.OCCUPATIONAL_ACCIDENT, ContributionPayer.EMPLOYER, true))
                .param("unemploymentEr", basisPoints(rates, Fund.UNEMPLOYMENT, ContributionPayer.EMPLOYER, false))
                .param("unemploymentEe", basisPoints(rates, Fund.UNEMPLOYMENT, ContributionPayer.EMPLOYEE, false))
                .param("healthEr", basisPoints(rates, Fund.HEALTH, ContributionPayer.EMPLOYER, false))
                .param("healthEe", basisPoints(rates, Fund.HEALTH, ContributionPayer.EMPLOYEE, false))
                .query((rs, i) -> new int[] {rs.getInt("rows"), rs.getInt("journals")})
                .single();
    }

    private static long basisPoints(RateBook rates, Fund fund, ContributionPayer payer, boolean reduced) {
        return Dong.basisPoints(rates.contributionRatePercent(fund, payer, reduced));
    }
}
