package vn.ansinh.collection;

import static vn.ansinh.collection.VoluntaryEnrolments.first;
import static vn.ansinh.collection.VoluntaryEnrolments.month;

import java.time.LocalDate;
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

/** The tables of V66: household HI enrolments and their members in order. Rules live in {@link EnrollingHouseholds}. */
@Repository
class HouseholdHiEnrolments {

    private static final String SELECT = """
            select e.id, h.code, c.path, e.start_month, e.end_month, e.months, m.position, p.si_code, p.full_name
            from household_hi_enrolment e
                 join household h on h.id = e.household_id
                 join area c on c.id = h.commune_id
                 join household_hi_member m on m.enrolment_id = e.id
                 join person p on p.id = m.person_id
            """;

    private final JdbcClient jdbc;

    HouseholdHiEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Household(long id, String code, String areaPath) {
    }

    /** A person named as a member, with whether they belong to the household and whether they are alive. */
    record Candidate(long personId, String siCode, boolean inHousehold, LocalDate dateOfDeath) {
    }

    record Located(HouseholdHiEnrolment enrolment, String areaPath) {
    }

    Optional<Household> household(String code) {
        return jdbc.sql("select h.id, h.code, c.path from household h join area c on c.id = h.commune_id where h.code = :code")
                .param("code", code)
                .query((rs, i) -> new Household(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The people with these SI codes, by SI code. */
    Map<String, Candidate> candidates(long householdId, List<String> siCodes) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, si_code, household_id is not distinct from :household, date_of_death from person
                        where si_code = any(cast(:codes as text[]))""")
                .param("household", householdId).param("codes", siCodes.toArray(String[]::new))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class)))
                .list().forEach(c -> found.put(c.siCode(), c));
        return found;
    }

    long insert(long householdId, YearMonth start, YearMonth end, PaymentSchedule schedule, List<Long> memberIds,
                String by) {
        long id = jdbc.sql("""
                        insert into household_hi_enrolment (household_id, start_month, end_month, months, enrolled_by)
                        values (:household, :start, :end, :months, :by) returning id""")
                .param("household", householdId).param("start", first(start)).param("end", first(end))
                .param("months", schedule.months()).param("by", by).query(Long.class).single();
        jdbc.sql("""
                        insert into household_hi_member (enrolment_id, position, person_id)
                        select :id, m.position, m.person_id
                        from unnest(cast(:people as bigint[])) with ordinality as m (person_id, position)""")
                .param("id", id).param("people", memberIds.toArray(Long[]::new)).update();
        return id;
    }

    /** An enrolment of the household overlapping the months from {@code start} to {@code end} (null: open). */
    Optional<HouseholdHiEnrolment> overlapping(long householdId, YearMonth start, YearMonth end) {
        return jdbc.sql("""
                        select id from household_hi_enrolment
                        where household_id = :household and (cast(:end as date) is null or start_month <= :end)
                          and (end_month is null or end_month >= :start)
                        order by start_month limit 1""")
                .param("household", householdId).param("start", first(start)).param("end", first(end))
                .query(Long.class).optional().flatMap(this::byId).map(Located::enrolment);
    }

    void end(long id, YearMonth lastMonth) {
        jdbc.sql("update household_hi_enrolment set end_month = :last where id = :id")
                .param("id", id).param("last", first(lastMonth)).update();
    }

    Optional<Located> byId(long id) {
        return read(SELECT + " where e.id = :id order by m.position", Map.of("id", id)).stream().findFirst();
    }

    /** Enrolments of households inside the area pattern, optionally of one household, newest start first. */
    Page<HouseholdHiEnrolment> within(String areaLike, Long householdId, PageRequest page) {
        String from = """
                 from household_hi_enrolment e join household h on h.id = e.household_id join area c on c.id = h.commune_id
                 where c.path like :area and (cast(:household as bigint) is null or e.household_id = :household)""";
        List<Long> ids = jdbc.sql("select e.id " + from + " order by e.start_month desc, e.id desc limit :limit offset :offset")
                .param("area", areaLike).param("household", householdId).param("limit", page.size())
                .param("offset", page.offset()).query(Long.class).list();
        long total = jdbc.sql("select count(*) " + from).param("area", areaLike).param("household", householdId)
                .query(Long.class).single();
        List<HouseholdHiEnrolment> items = ids.isEmpty() ? List.of()
                : read(SELECT + " where e.id = any(cast(:ids as bigint[])) order by e.start_month desc, e.id desc, m.position",
                        Map.of("ids", ids.toArray(Long[]::new))).stream().map(Located::enrolment).toList();
        return Page.of(items, page, total);
    }

    private record Row(long id, String code, String path, YearMonth start, YearMonth end, int months,
                       HouseholdHiEnrolment.Member member) {
    }

    private List<Located> read(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, i) -> new Row(rs.getLong("id"), rs.getString("code"),
                rs.getString("path"), month(rs.getDate("start_month")), month(rs.getDate("end_month")),
                rs.getInt("months"), new HouseholdHiEnrolment.Member(rs.getInt("position"), rs.getString("si_code"),
                        rs.getString("full_name")))).list();
        Map<Long, List<Row>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream().map(members -> {
            Row r = members.get(0);
            return new Located(new HouseholdHiEnrolment(r.id(), r.code(), r.start(), r.end(),
                    PaymentSchedule.ofMonths(r.months()), members.stream().map(Row::member).toList()), r.path());
        }).toList();
    }
}
