package vn.ansinh.collection;

import static vn.ansinh.collection.ContributionPayer.HOUSEHOLD;
import static vn.ansinh.collection.ContributionPayer.PARTICIPANT;
import static vn.ansinh.collection.ContributionPayer.PROVINCE_BUDGET;
import static vn.ansinh.collection.ContributionPayer.STATE_BUDGET;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;

/**
 * The monthly assessment of voluntary SI, household HI and HI the budget pays or supports (RULES.md §5): every paid
 * period due in the month, that is every enrolment whose schedule begins a period in it, becomes ledger dues for the
 * whole period (debit RECEIVABLE, credit CONTRIBUTION_REVENUE, with the due month as the period), one journal per
 * payer:
 * <ul>
 * <li>voluntary SI: the participant (VOLUNTARY, SI code) pays the rest on fund RETIREMENT, the state support is due
 * from the state budget (BUDGET, {@code STATE:<province code>}) in its own journal, so support and own money stay
 * apart;</li>
 * <li>household HI: the household (HOUSEHOLD, household code) on fund HEALTH, members priced by paying order;</li>
 * <li>budget-paid HI on fund HEALTH: the national share from {@code STATE:<province code>}, a province's additional
 * share from {@code PROVINCE:<province code>}, and the rest from the participant (VOLUNTARY, SI code).</li>
 * </ul>
 * The budgets are billed per province, the province of the participant's commune: the provincial office claims the
 * state's share of its own participants through the province's finance department, and the province pays its own
 * additions, so each province's claim is one payer's balance.
 * <p>
 * A month of a period is left out when an employment touches it (V65 {@code span_touches_months}) or the person died before
 * it; a household member also when the budget covers them that month or they left the household, and the members
 * after them move up. The whole period is priced at the rates of its due month.
 * <p>
 * Amounts: the monthly amount of every distinct input (an income and category, a member's rank, a group and
 * province share) is the {@link ContributionCalculator}'s quote on the month's {@link RateBook}, so the ledger always
 * equals the quote; set-based SQL then multiplies them out over people and months. A voluntary income outside the
 * month's range (the rural poverty line rose, say) is assessed at the nearest bound. A province's share above what
 * the state leaves is cut to the rest.
 * <p>
 * Idempotent by source reference: a period's journals are {@code <scheme>:<enrolment>:<due month>} with
 * {@code :state} and {@code :province} for the budgets' shares; a period with any of them booked is not booked again,
 * so re-running a month changes nothing, and enrolments added since are booked.
 */
@Service
public class AssessingParticipants {

    private final JdbcClient jdbc;
    private final RateBooks rateBooks;
    private final AllocatingCredit allocating;
    private final AuditLog audit;
    private final Clock clock;

    AssessingParticipants(JdbcClient jdbc, RateBooks rateBooks, AllocatingCredit allocating, AuditLog audit,
                          Clock clock) {
        this.jdbc = jdbc;
        this.rateBooks = rateBooks;
        this.allocating = allocating;
        this.audit = audit;
        this.clock = clock;
    }

    // A period none of whose journals is booked yet: the event's own reference, and the budgets' shares.
    private static final String NOT_BOOKED = """
            not exists (select 1 from ledger_journal j
                        where j.source_ref in (d.event_ref, d.event_ref || ':state', d.event_ref || ':province'))
            """;

    /** No employment of the person touches month m (V65 span_touches_months), so HI or SI is not compulsory then. */
    private static String notEmployed(String personId) {
        return """
                not exists (select 1 from employment e
                            where e.person_id = %s
                              and span_touches_months(e.start_date, e.end_date, cast(m.month as date), cast(m.month as date)))
                """.formatted(personId);
    }

    // The months of the period due at :first for an enrolment row d with d.period_months.
    private static final String MONTHS_OF_PERIOD = """
            cross join lateral generate_series(cast(:first as timestamp),
                                               cast(:first as timestamp) + (d.period_months - 1) * interval '1 month',
                                               interval '1 month') as m (month)
            """;

    private static final String PROVINCE_OF_COMMUNE = """
            join area pr on pr.path = '/' || split_part(c.path, '/', 2) || '/'
            """;

    // Periods run every n months from the term's first month (PaymentSchedule.beginsPeriod); the last one ends early
    // with the enrolment or the next term.
    private static final String VOLUNTARY_DUE = """
            with term as (
                select e.id as enrolment_id, e.person_id, e.end_month, t.from_month, t.income, t.months, t.category,
                       lead(t.from_month) over (partition by t.enrolment_id order by t.from_month) as next_from
                from voluntary_enrolment e join voluntary_term t on t.enrolment_id = e.id
                where e.start_month <= :first and (e.end_month is null or e.end_month >= :first)
            ),
            due as (
                select d.* from (
                    select enrolment_id, person_id, income, category,
                           least(months, coalesce(months_from(:first, end_month) + 1, months),
                                 coalesce(months_from(:first, next_from), months)) as period_months,
                           'voluntary-si:' || enrolment_id || ':' || :label as event_ref
                    from term
                    where from_month <= :first and (next_from is null or next_from > :first)
                      and months_from(from_month, :first) % months = 0) d
                where\s""" + NOT_BOOKED + """
            )
            """;

    private static final String VOLUNTARY_SQL = VOLUNTARY_DUE + """
            , tariff as (
                select * from unnest(cast(:incomes as bigint[]), cast(:categories as text[]), cast(:bases as bigint[]),
                                     cast(:participants as bigint[]), cast(:states as bigint[]))
                    as t (income, category, base, participant, state_budget)
            ),
            covered as (
                select d.event_ref, d.enrolment_id, d.person_id,
                       cast(m.month as date) as month, t.base, cast(null as integer) as member_rank,
                       cast(null as text) as support_group, t.participant, t.state_budget,
                       cast(0 as bigint) as province_budget, 'VOLUNTARY' as payer_kind,
                       cast(p.si_code as text) as payer_code, pr.code as province_code
                from due d
                     join tariff t on t.income = d.income and t.category = d.category
                     join person p on p.id = d.person_id
                     join area c on c.id = p.commune_id
            """ + PROVINCE_OF_COMMUNE + MONTHS_OF_PERIOD + """
                where (p.date_of_death is null or p.date_of_death >= m.month)
                  and\s""" + notEmployed("d.person_id") + """
            )
            """;

    private static final String HOUSEHOLD_DUE = """
            with due as (
                select d.* from (
                    select e.id as enrolment_id, e.household_id, h.code as household_code, h.commune_id,
                           least(e.months, coalesce(months_from(:first, e.end_month) + 1, e.months)) as period_months,
                           'household-hi:' || e.id || ':' || :label as event_ref
                    from household_hi_enrolment e join household h on h.id = e.household_id
                    where e.start_month <= :first and (e.end_month is null or e.end_month >= :first)
                      and months_from(e.start_month, :first) % e.months = 0) d
                where\s""" + NOT_BOOKED + """
            )
            """;

    // Members in paying order for each month of the period, without those covered otherwise that month.
    private static final String HOUSEHOLD_SQL = HOUSEHOLD_DUE + """
            , eligible as (
                select d.event_ref, d.enrolment_id, d.household_code, d.commune_id, cast(m.month as date) as month,
                       mem.person_id,
                       cast(row_number() over (partition by d.enrolment_id, m.month order by mem.position) as integer)
                           as member_rank
                from due d
            """ + MONTHS_OF_PERIOD + """
                     join household_hi_member mem on mem.enrolment_id = d.enrolment_id
                     join person p on p.id = mem.person_id
                where p.household_id = d.household_id
                  and (p.date_of_death is null or p.date_of_death >= m.month)
                  and\s""" + notEmployed("mem.person_id") + """
                  and not exists (select 1 from budget_hi_enrolment b
                                  where b.person_id = mem.person_id
                                    and span_touches_months(b.start_month, b.end_month, cast(m.month as date),
                                                            cast(m.month as date)))
            ),
            tariff as (
                select * from unnest(cast(:ranks as integer[]), cast(:amounts as bigint[])) as t (member_rank, amount)
            ),
            covered as (
                select e.event_ref, e.enrolment_id, e.person_id,
                       e.month, cast(:base as bigint) as base, e.member_rank, cast(null as text) as support_group,
                       t.amount as participant, cast(0 as bigint) as state_budget, cast(0 as bigint) as province_budget,
                       'HOUSEHOLD' as payer_kind, cast(e.household_code as text) as payer_code, pr.code as province_code
                from eligible e
                     join tariff t on t.member_rank = e.member_rank
                     join area c on c.id = e.commune_id
            """ + PROVINCE_OF_COMMUNE + """
            )
            """;

    private static final String BUDGET_DUE = """
            with due as (
                select d.* from (
                    select e.id as enrolment_id, e.person_id, e.support_group,
                           least(e.months, coalesce(months_from(:first, e.end_month) + 1, e.months)) as period_months,
                           'budget-hi:' || e.id || ':' || :label as event_ref
                    from budget_hi_enrolment e
                    where e.start_month <= :first and (e.end_month is null or e.end_month >= :first)
                      and months_from(e.start_month, :first) % e.months = 0) d
                where\s""" + NOT_BOOKED + """
            ),
            placed as (
                select d.event_ref, d.enrolment_id, d.person_id, d.support_group, d.period_months, p.si_code,
                       p.date_of_death,
                       pr.code as province_code, coalesce(s.percent, 0) as province_percent
                from due d
                     join person p on p.id = d.person_id
                     join area c on c.id = p.commune_id
            """ + PROVINCE_OF_COMMUNE + """
                     left join hi_province_support s on s.province_id = pr.id and s.support_group = d.support_group
                           and s.valid_from <= :first and (s.valid_to is null or s.valid_to >= :first)
            )
            """;

    private static final String BUDGET_SQL = BUDGET_DUE + """
            , tariff as (
                select * from unnest(cast(:groups as text[]), cast(:percents as numeric[]), cast(:states as bigint[]),
                                     cast(:provinces as bigint[]), cast(:participants as bigint[]))
                    as t (support_group, province_percent, state_budget, province_budget, participant)
            ),
            covered as (
                select d.event_ref, d.enrolment_id, d.person_id,
                       cast(m.month as date) as month, cast(:base as bigint) as base, cast(null as integer) as member_rank,
                       cast(d.support_group as text) as support_group, t.participant, t.state_budget, t.province_budget,
                       'VOLUNTARY' as payer_kind, cast(d.si_code as text) as payer_code, d.province_code
                from placed d
                     join tariff t on t.support_group = d.support_group and t.province_percent = d.province_percent
            """ + MONTHS_OF_PERIOD + """
                where (d.date_of_death is null or d.date_of_death >= m.month)
                  and\s""" + notEmployed("d.person_id") + """
            )
            """;

    // From the person-months covered (of periods none of whose journals is booked yet): one journal per period and
    // payer with an amount; then the person-months of the periods booked. One statement, so the ledger's
    // per-statement balance check sees whole journals.
    private static final String BOOKING = """
            , dues as (
                select event_ref, '' as suffix, payer_kind, payer_code, sum(participant) as amount
                from covered group by event_ref, payer_kind, payer_code
                union all
                select event_ref, ':state', 'BUDGET', 'STATE:' || province_code, sum(state_budget)
                from covered group by event_ref, province_code
                union all
                select event_ref, ':province', 'BUDGET', 'PROVINCE:' || province_code, sum(province_budget)
                from covered group by event_ref, province_code
            ),
            journals as (
                insert into ledger_journal (kind, booked_on, source_ref, note, created_by)
                select 'ASSESSMENT', :today, event_ref || suffix, :note, :by from dues where amount > 0
                on conflict (source_ref) do nothing
                returning id, source_ref
            ),
            postings as (
                insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                select j.id, side.account, d.payer_kind, d.payer_code, :first, :fund, side.sign * d.amount
                from dues d
                     join journals j on j.source_ref = d.event_ref || d.suffix
                     cross join (values ('RECEIVABLE', 1), ('CONTRIBUTION_REVENUE', -1)) as side (account, sign)
                returning 1
            ),
            booked as (
                select distinct d.event_ref from dues d join journals j on j.source_ref = d.event_ref || d.suffix
            ),
            detail as (
                insert into participant_contribution (scheme, enrolment_id, person_id, month, due_month, base,
                                                      member_rank, support_group, participant, state_budget,
                                                      province_budget, event_ref)
                select :scheme, c.enrolment_id, c.person_id, c.month, :first, c.base, c.member_rank, c.support_group,
                       c.participant, c.state_budget, c.province_budget, c.event_ref
                from covered c join booked b on b.event_ref = c.event_ref
                returning 1
            )
            select (select count(*) from booked) as periods, (select count(*) from journals) as journals,
                   (select count(*) from postings) as postings, (select count(*) from detail) as person_months""";

    private record Booked(int periods, int journals, int personMonths) {

        static final Booked NOTHING = new Booked(0, 0, 0);
    }

    /** Books the month's dues of every voluntary participant, household and budget-paid HI participant. */
    @Transactional
    public ParticipantAssessment assess(YearMonth month) {
        return assess(month, LocalDate.now(clock));
    }

    /** As {@link #assess(YearMonth)}, with the journals dated {@code bookedOn} (history loads). */
    @Transactional
    public ParticipantAssessment assess(YearMonth month, LocalDate bookedOn) {
        // One run of a month at a time: two at once could both find a period unbooked.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('participant-assessment'), :month)")
                .param("month", month.getYear() * 100 + month.getMonthValue()).query().singleRow();
        Month m = new Month(month, rateBooks.forMonth(month), bookedOn);
        Booked voluntary = voluntary(m);
        Booked household = household(m);
        Booked budget = budget(m);
        ParticipantAssessment result = new ParticipantAssessment(month, voluntary.periods(), household.periods(),
                budget.periods(), voluntary.journals() + household.journals() + budget.journals(),
                voluntary.personMonths() + household.personMonths() + budget.personMonths());
        if (result.journals() > 0) {
            payFromCredit(bookedOn);
        }
        audit.record("ASSESS", "participant_assessment", month.toString(), null, Map.of("month", month.toString(),
                "voluntaryPeriods", result.voluntaryPeriods(), "householdPeriods", result.householdPeriods(),
                "budgetPeriods", result.budgetPeriods(), "journals", result.journals(),
                "personMonths", result.personMonths()));
        return result;
    }

    /** The month being assessed, its rates, the calculator on them and the day its journals carry. */
    private record Month(YearMonth month, RateBook book, ContributionCalculator calculator, LocalDate bookedOn) {

        Month(YearMonth month, RateBook book, LocalDate bookedOn) {
            this(month, book, new ContributionCalculator(book), bookedOn);
        }

        Date first() {
            return Date.valueOf(month.atDay(1));
        }
    }

    private Booked voluntary(Month m) {
        List<Object[]> inputs = jdbc.sql(VOLUNTARY_DUE + " select distinct income, category from due")
                .param("first", m.first()).param("label", m.month().toString())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        if (inputs.isEmpty()) {
            return Booked.NOTHING;
        }
        int n = inputs.size();
        Long[] incomes = new Long[n];
        String[] categories = new String[n];
        Long[] bases = new Long[n];
        Long[] participants = new Long[n];
        Long[] states = new Long[n];
        long floor = m.book().ruralPovertyLine();
        long ceiling = m.book().voluntaryIncomeCeiling();
        for (int i = 0; i < n; i++) {
            incomes[i] = (Long) inputs.get(i)[0];
            categories[i] = (String) inputs.get(i)[1];
            bases[i] = Math.max(floor, Math.min(ceiling, incomes[i]));
            ContributionQuote quote = m.calculator().voluntary(
                    VoluntaryIncome.monthly(bases[i], VoluntarySupportCategory.valueOf(categories[i])));
            participants[i] = quote.totalOf(PARTICIPANT);
            states[i] = quote.totalOf(STATE_BUDGET);
        }
        return book(VOLUNTARY_SQL, m, "VOLUNTARY_SI", Fund.RETIREMENT, "Voluntary SI due " + m.month())
                .param("incomes", incomes).param("categories", categories).param("bases", bases)
                .param("participants", participants).param("states", states)
                .query((rs, i) -> new Booked(rs.getInt("periods"), rs.getInt("journals"), rs.getInt("person_months")))
                .single();
    }

    private Booked household(Month m) {
        // Members left out only move the others up, so the enrolled members bound the ranks.
        int ranks = jdbc.sql(HOUSEHOLD_DUE + """
                        select coalesce(max(position), 0) from household_hi_member
                        where enrolment_id in (select enrolment_id from due)""")
                .param("first", m.first()).param("label", m.month().toString()).query(Integer.class).single();
        if (ranks == 0) {
            return Booked.NOTHING;
        }
        Integer[] rank = new Integer[ranks];
        Long[] amounts = new Long[ranks];
        long base = 0;
        for (int r = 1; r <= ranks; r++) {
            ContributionQuote quote = m.calculator().household(r);
            rank[r - 1] = r;
            amounts[r - 1] = quote.totalOf(HOUSEHOLD);
            base = quote.linesOf(HOUSEHOLD).get(0).base();
        }
        return book(HOUSEHOLD_SQL, m, "HOUSEHOLD_HI", Fund.HEALTH, "Household HI due " + m.month())
                .param("ranks", rank).param("amounts", amounts).param("base", base)
                .query((rs, i) -> new Booked(rs.getInt("periods"), rs.getInt("journals"), rs.getInt("person_months")))
                .single();
    }

    private Booked budget(Month m) {
        List<Object[]> inputs = jdbc.sql(BUDGET_DUE + " select distinct support_group, province_percent from placed")
                .param("first", m.first()).param("label", m.month().toString())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBigDecimal(2)}).list();
        if (inputs.isEmpty()) {
            return Booked.NOTHING;
        }
        int n = inputs.size();
        String[] groups = new String[n];
        String[] percents = new String[n];
        Long[] states = new Long[n];
        Long[] provinces = new Long[n];
        Long[] participants = new Long[n];
        long base = m.book().baseSalary();
        for (int i = 0; i < n; i++) {
            HiSupportGroup group = HiSupportGroup.valueOf((String) inputs.get(i)[0]);
            BigDecimal percent = (BigDecimal) inputs.get(i)[1];
            groups[i] = group.name();
            percents[i] = percent.toPlainString();
            // A province tops up to the whole contribution at most, whatever the state's share has become.
            BigDecimal left = BigDecimal.valueOf(100).subtract(m.book().hiBudgetSupportSharePercent(group));
            ContributionQuote quote = m.calculator().budgetHi(group, percent.min(left));
            states[i] = quote.totalOf(STATE_BUDGET);
            provinces[i] = quote.totalOf(PROVINCE_BUDGET);
            participants[i] = quote.totalOf(PARTICIPANT);
            base = quote.lines().get(0).base();
        }
        return book(BUDGET_SQL, m, "BUDGET_HI", Fund.HEALTH, "Budget-paid HI due " + m.month())
                .param("groups", groups).param("percents", percents).param("states", states)
                .param("provinces", provinces).param("participants", participants).param("base", base)
                .query((rs, i) -> new Booked(rs.getInt("periods"), rs.getInt("journals"), rs.getInt("person_months")))
                .single();
    }

    private StatementSpec book(String covered, Month m, String scheme, Fund fund, String note) {
        return jdbc.sql(covered + BOOKING)
                .param("first", m.first()).param("label", m.month().toString())
                .param("today", m.bookedOn()).param("by", Actors.current().name())
                .param("note", note).param("fund", fund.name()).param("scheme", scheme);
    }

    /** Money participants, households or budgets paid ahead settles the new dues at once. */
    private void payFromCredit(LocalDate on) {
        List<Object[]> holders = new ArrayList<>(jdbc.sql("""
                        select payer_kind, payer_code from ledger_posting
                        where payer_kind in ('VOLUNTARY', 'HOUSEHOLD', 'BUDGET') and account = 'PAYER_CREDIT'
                        group by payer_kind, payer_code having sum(amount) < 0""")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2)}).list());
        holders.forEach(h -> allocating.allocate(PayerKind.valueOf((String) h[0]), (String) h[1], on));
    }
}
