package vn.ansinh.collection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evasion lead lines as set-based SQL over tax incomes, employers, people, employments and salaries; computed
 * when asked for, so a late registration or salary change shows at once. See {@link EvasionLeads} for the rules.
 */
@Repository
class LeadLines {

    /** The rates of each month asked about: the compulsory total in basis points and the SI salary ceiling. */
    record MonthRates(List<YearMonth> months, List<Long> basisPoints, List<Long> ceilings) {
    }

    /**
     * Which lines: of one tax code or all; of employers whose commune matches the LIKE pattern, and of unregistered
     * employers only when {@code unregisteredVisible}; handled lines too when {@code includeHandled}.
     */
    record Filter(String taxCode, String scopeLike, boolean unregisteredVisible, boolean includeHandled) {
    }

    record Handled(long id, int lines, long estimatedAmount) {
    }

    /*
     * line:     every tax row of a month with rates, with the employer, the person, the employment at that employer in
     *           force at some time in the month (the one lasting latest into it) and the salary in force on its last
     *           day in the month.
     * estimate: the lines that are leads, with the missing base and the estimate, rounded half up to the dong
     *           ((base x bp + 5000) / 10000, as Dong.percentOf).
     */
    private static final String LINES = """
            with rate as (
                select r.month, r.bp, r.ceiling
                from unnest(cast(:months as date[]), cast(:bps as bigint[]), cast(:ceilings as bigint[]))
                     as r (month, bp, ceiling)
            ),
            taxed as (
                select t.tax_code, t.cccd, t.month, t.income, r.bp, least(t.income, r.ceiling) as capped,
                       cast(t.month + interval '1 month' - interval '1 day' as date) as month_end,
                       er.id as employer_id, p.id as person_id
                from tax_income t
                join rate r on r.month = t.month
                left join employer er on er.tax_code = t.tax_code
                left join area c on c.id = er.commune_id
                left join person p on p.cccd = t.cccd
                where %s (case when er.id is null then :unregisteredVisible else c.path like :scope end)
            ),
            line as (
                select x.*, emp.id as employment_id, sal.amount as declared
                from taxed x
                left join lateral (
                    select e.id, least(x.month_end, coalesce(e.end_date, x.month_end)) as last_day
                    from employment e
                    where e.employer_id = x.employer_id and e.person_id = x.person_id
                      and e.start_date <= x.month_end and (e.end_date is null or e.end_date >= x.month)
                    order by 2 desc, e.start_date desc
                    limit 1
                ) emp on true
                left join lateral (
                    select s.amount from salary s
                    where s.employment_id = emp.id and s.valid_from <= emp.last_day
                    order by s.valid_from desc
                    limit 1
                ) sal on true
            ),
            leads as (
                select l.tax_code, l.cccd, l.month, l.income, l.person_id, l.declared, l.bp,
                       case when l.employment_id is null then 'NOT_REGISTERED' else 'UNDER_DECLARED' end as kind,
                       l.capped - case when l.employment_id is null then 0 else coalesce(l.declared, 0) end as missing,
                       h.handling_id
                from line l
                left join evasion_lead_handled h on h.tax_code = l.tax_code and h.cccd = l.cccd and h.month = l.month
                where (:includeHandled or h.handling_id is null)
                  and case when l.employment_id is null then l.capped > 0
                           else (l.capped - coalesce(l.declared, 0)) * 10000 > l.capped * :toleranceBp end
            ),
            estimate as (
                select leads.*, (leads.missing * leads.bp + 5000) / 10000 as estimated from leads
            )
            """;

    private static final String BY_EMPLOYER = """
            select e.tax_code, er.unit_code, er.name, c.code as commune_code, c.name as commune_name,
                   count(distinct e.cccd) as people, count(*) as person_months,
                   count(*) filter (where e.kind = 'NOT_REGISTERED') as not_registered,
                   count(*) filter (where e.kind = 'UNDER_DECLARED') as under_declared,
                   sum(e.estimated) as estimated, min(e.month) as first_month, max(e.month) as last_month,
                   count(*) over () as total
            from estimate e
            left join employer er on er.tax_code = e.tax_code
            left join area c on c.id = er.commune_id
            group by e.tax_code, er.unit_code, er.name, c.code, c.name
            order by sum(e.estimated) desc, e.tax_code
            """;

    private final JdbcClient jdbc;

    LeadLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months with tax incomes from..to (inclusive), by skipping along the month index. */
    List<YearMonth> monthsWithIncomes(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with recursive m (month) as (
                            (select month from tax_income where month between :from and :to order by month limit 1)
                            union all
                            select (select t.month from tax_income t where t.month > m.month and t.month <= :to
                                    order by t.month limit 1)
                            from m where m.month is not null
                        )
                        select month from m where month is not null""")
                .param("from", from).param("to", to)
                .query((rs, i) -> YearMonth.from(rs.getDate("month").toLocalDate())).list();
    }

    /** Employers' leads, largest estimate first (then by tax code); the total is the number of employers. */
    Ranked ranked(MonthRates rates, long toleranceBp, Filter filter, long limit, long offset) {
        List<RankedRow> rows = statement(LINES.formatted(condition(filter)) + BY_EMPLOYER
                + " limit :limit offset :offset", rates, toleranceBp, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new RankedRow(lead(rs), rs.getLong("total"))).list();
        return new Ranked(rows.stream().map(RankedRow::lead).toList(), rows.isEmpty() ? -1 : rows.get(0).total());
    }

    record Ranked(List<EvasionLead> leads, long total) {
    }

    private record RankedRow(EvasionLead lead, long total) {
    }

    /** How many employers have leads (for a page past the end, where the ranked query has no row to tell). */
    long count(MonthRates rates, long toleranceBp, Filter filter) {
        return statement(LINES.formatted(condition(filter)) + "select count(distinct tax_code) from estimate", rates,
                toleranceBp, filter).query(Long.class).single();
    }

    Optional<EvasionLead> lead(MonthRates rates, long toleranceBp, Filter filter) {
        return statement(LINES.formatted(condition(filter)) + BY_EMPLOYER, rates, toleranceBp, filter)
                .query((rs, i) -> lead(rs)).optional();
    }

    /** One employer's lines by month then CCCD. */
    List<EvasionLeadLine> lines(MonthRates rates, long toleranceBp, Filter filter, long limit, long offset) {
        return statement(LINES.formatted(condition(filter)) + """
                        select e.cccd, p.si_code, p.full_name, e.month, e.kind, e.income, e.declared, e.missing, e.bp,
                               e.estimated, e.handling_id
                        from estimate e left join person p on p.id = e.person_id
                        order by e.month, e.cccd
                        limit :limit offset :offset""", rates, toleranceBp, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new EvasionLeadLine(rs.getString("cccd"), rs.getString("si_code"),
                        rs.getString("full_name"), YearMonth.from(rs.getDate("month").toLocalDate()),
                        LeadKind.valueOf(rs.getString("kind")), rs.getLong("income"),
                        rs.getObject("declared", Long.class), rs.getLong("missing"),
                        Dong.plain(BigDecimal.valueOf(rs.getLong("bp"), 2)), rs.getLong("estimated"),
                        rs.getObject("handling_id", Long.class)))
                .list();
    }

    /**
     * Marks the employer's open lines as handled with the note, in one statement; empty when none is open. The caller
     * holds the employer's lock, so two officers never mark the same line.
     */
    Optional<Handled> markHandled(MonthRates rates, long toleranceBp, Filter filter, String note, String by,
                                  YearMonth from, YearMonth to) {
        return statement(LINES.formatted(condition(filter)) + """
                        , handling as (
                            insert into evasion_lead_handling (tax_code, note, handled_by, from_month, to_month, lines,
                                                               estimated_amount)
                            select cast(:taxCode as varchar), cast(:note as text), cast(:by as text),
                                   cast(:fromMonth as date), cast(:toMonth as date), count(*), sum(estimated)
                            from estimate
                            having count(*) > 0
                            returning id, lines, estimated_amount
                        ), handled as (
                            insert into evasion_lead_handled (tax_code, cccd, month, handling_id)
                            select e.tax_code, e.cccd, e.month, h.id from estimate e cross join handling h
                        )
                        select id, lines, estimated_amount from handling""", rates, toleranceBp, filter)
                .param("note", note).param("by", by)
                .param("fromMonth", from == null ? null : from.atDay(1)).param("toMonth", to == null ? null : to.atDay(1))
                .query((rs, i) -> new Handled(rs.getLong("id"), rs.getInt("lines"), rs.getLong("estimated_amount")))
                .optional();
    }

    List<LeadHandling> handlings(String taxCode) {
        return jdbc.sql("""
                        select id, tax_code, note, handled_by, handled_at, from_month, to_month, lines, estimated_amount
                        from evasion_lead_handling where tax_code = :taxCode order by id""")
                .param("taxCode", taxCode).query(LeadLines::handling).list();
    }

    Optional<LeadHandling> handling(long id) {
        return jdbc.sql("""
                        select id, tax_code, note, handled_by, handled_at, from_month, to_month, lines, estimated_amount
                        from evasion_lead_handling where id = :id""")
                .param("id", id).query(LeadLines::handling).optional();
    }

    /** Serialises handling of one employer's lead. */
    void lock(String taxCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "evasion-lead:" + taxCode)
                .query().listOfRows();
    }

    private static String condition(Filter filter) {
        return filter.taxCode() == null ? "" : "t.tax_code = cast(:taxCode as varchar) and";
    }

    private JdbcClient.StatementSpec statement(String sql, MonthRates rates, long toleranceBp, Filter filter) {
        var statement = jdbc.sql(sql)
                .param("months", rates.months().stream().map(m -> Date.valueOf(m.atDay(1))).toArray(Date[]::new))
                .param("bps", rates.basisPoints().toArray(Long[]::new))
                .param("ceilings", rates.ceilings().toArray(Long[]::new))
                .param("scope", filter.scopeLike()).param("unregisteredVisible", filter.unregisteredVisible())
                .param("includeHandled", filter.includeHandled()).param("toleranceBp", toleranceBp);
        return filter.taxCode() == null ? statement : statement.param("taxCode", filter.taxCode());
    }

    private static EvasionLead lead(ResultSet rs) throws SQLException {
        String unitCode = rs.getString("unit_code");
        return new EvasionLead(rs.getString("tax_code"), unitCode != null, unitCode, rs.getString("name"),
                rs.getString("commune_code"), rs.getString("commune_name"), rs.getInt("people"),
                rs.getInt("person_months"), rs.getInt("not_registered"), rs.getInt("under_declared"),
                rs.getLong("estimated"), YearMonth.from(rs.getDate("first_month").toLocalDate()),
                YearMonth.from(rs.getDate("last_month").toLocalDate()));
    }

    private static LeadHandling handling(ResultSet rs, int i) throws SQLException {
        Date from = rs.getDate("from_month");
        Date to = rs.getDate("to_month");
        return new LeadHandling(rs.getLong("id"), rs.getString("tax_code"), rs.getString("note"),
                rs.getString("handled_by"), rs.getObject("handled_at", OffsetDateTime.class),
                from == null ? null : YearMonth.from(from.toLocalDate()), to == null ? null : YearMonth.from(to.toLocalDate()),
                rs.getInt("lines"), rs.getLong("estimated_amount"));
    }
}
