package vn.ansinh.collection;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** The tables of V65: voluntary SI enrolments and their terms. Rules live in {@link EnrollingVoluntaryParticipants}. */
@Repository
class VoluntaryEnrolments {

    private static final String SELECT = """
            select e.id, e.person_id, p.si_code, p.full_name, e.start_month, e.end_month, c.path,
                   t.from_month, t.income, t.months, t.category
            from voluntary_enrolment e
                 join person p on p.id = e.person_id
                 join area c on c.id = p.commune_id
                 join voluntary_term t on t.enrolment_id = e.id
            """;

    private final JdbcClient jdbc;

    VoluntaryEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enrolment with the area path of the person's commune, for scope checks. */
    record Located(VoluntaryEnrolment enrolment, long personId, String areaPath) {
    }

    long insert(long personId, YearMonth start, YearMonth end, String by) {
        return jdbc.sql("""
                        insert into voluntary_enrolment (person_id, start_month, end_month, enrolled_by)
                        values (:person, :start, :end, :by) returning id""")
                .param("person", personId).param("start", first(start)).param("end", first(end)).param("by", by)
                .query(Long.class).single();
    }

    /** Records a term from a month, replacing one recorded from the same month. */
    void putTerm(long enrolmentId, VoluntaryEnrolment.Term term, String by) {
        jdbc.sql("""
                        insert into voluntary_term (enrolment_id, from_month, income, months, category, recorded_by)
                        values (:id, :from, :income, :months, :category, :by)
                        on conflict (enrolment_id, from_month) do update
                            set income = excluded.income, months = excluded.months, category = excluded.category,
                                recorded_at = now(), recorded_by = excluded.recorded_by""")
                .param("id", enrolmentId).param("from", first(term.fromMonth())).param("income", term.income())
                .param("months", term.schedule().months()).param("category", term.category().name()).param("by", by)
                .update();
    }

    /** Ends the enrolment with the month and drops terms that would begin after it. */
    void end(long enrolmentId, YearMonth lastMonth) {
        jdbc.sql("delete from voluntary_term where enrolment_id = :id and from_month > :last")
                .param("id", enrolmentId).param("last", first(lastMonth)).update();
        jdbc.sql("update voluntary_enrolment set end_month = :last where id = :id")
                .param("id", enrolmentId).param("last", first(lastMonth)).update();
    }

    Optional<Located> byId(long id) {
        return read(SELECT + " where e.id = :id order by t.from_month", Map.of("id", id)).stream().findFirst();
    }

    /** Enrolments of people living inside the area pattern, optionally of one person, newest start first. */
    Page<VoluntaryEnrolment> within(String areaLike, Long personId, PageRequest page) {
        String where = " where c.path like :area and (cast(:person as bigint) is null or e.person_id = :person)";
        List<Long> ids = jdbc.sql("""
                        select e.id from voluntary_enrolment e join person p on p.id = e.person_id
                             join area c on c.id = p.commune_id""" + where
                        + " order by e.start_month desc, e.id desc limit :limit offset :offset")
                .param("area", areaLike).param("person", personId).param("limit", page.size())
                .param("offset", page.offset()).query(Long.class).list();
        long total = jdbc.sql("""
                        select count(*) from voluntary_enrolment e join person p on p.id = e.person_id
                             join area c on c.id = p.commune_id""" + where)
                .param("area", areaLike).param("person", personId).query(Long.class).single();
        List<VoluntaryEnrolment> items = ids.isEmpty() ? List.of()
                : read(SELECT + " where e.id = any(cast(:ids as bigint[])) order by e.start_month desc, e.id desc, t.from_month",
                        Map.of("ids", ids.toArray(Long[]::new))).stream().map(Located::enrolment).toList();
        return Page.of(items, page, total);
    }

    private record Row(long id, long personId, String siCode, String fullName, YearMonth start, YearMonth end,
                       String path, VoluntaryEnrolment.Term term) {
    }

    /** One row per term, folded into enrolments in the order read. */
    private List<Located> read(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("person_id"),
                rs.getString("si_code"), rs.getString("full_name"), month(rs.getDate("start_month")),
                month(rs.getDate("end_month")), rs.getString("path"), new VoluntaryEnrolment.Term(
                        month(rs.getDate("from_month")), rs.getLong("income"), PaymentSchedule.ofMonths(rs.getInt("months")),
                        VoluntarySupportCategory.valueOf(rs.getString("category"))))).list();
        Map<Long, List<Row>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream().map(terms -> {
            Row r = terms.get(0);
            return new Located(new VoluntaryEnrolment(r.id(), r.siCode(), r.fullName(), r.start(), r.end(),
                    terms.stream().map(Row::term).toList()), r.personId(), r.path());
        }).toList();
    }

    static Date first(YearMonth month) {
        return month == null ? null : Date.valueOf(month.atDay(1));
    }

    static YearMonth month(Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }
}
