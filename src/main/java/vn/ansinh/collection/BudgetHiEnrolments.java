package vn.ansinh.collection;

import static vn.ansinh.collection.VoluntaryEnrolments.first;
import static vn.ansinh.collection.VoluntaryEnrolments.month;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** The budget-paid HI tables of V67. Rules live in {@link EnrollingBudgetHi}. */
@Repository
class BudgetHiEnrolments {

    private static final String SELECT = """
            select e.id, p.si_code, p.full_name, e.support_group, e.start_month, e.end_month, e.months, c.path
            from budget_hi_enrolment e join person p on p.id = e.person_id join area c on c.id = p.commune_id
            """;

    private final JdbcClient jdbc;

    BudgetHiEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Located(BudgetHiEnrolment enrolment, String areaPath) {
    }

    /** The ages that bound a group, on the first day of a month: at least {@code minAge}, below {@code belowAge}. */
    record AgeLimit(Integer minAge, Integer belowAge, String legalReference) {
    }

    Optional<AgeLimit> ageLimit(HiSupportGroup group) {
        return jdbc.sql("select min_age, below_age, legal_reference from hi_group_age_limit where support_group = :group")
                .param("group", group.name())
                .query((rs, i) -> new AgeLimit((Integer) rs.getObject(1), (Integer) rs.getObject(2), rs.getString(3)))
                .optional();
    }

    long insert(long personId, HiSupportGroup group, YearMonth start, YearMonth end, PaymentSchedule schedule, String by) {
        return jdbc.sql("""
                        insert into budget_hi_enrolment (person_id, support_group, start_month, end_month, months, enrolled_by)
                        values (:person, :group, :start, :end, :months, :by) returning id""")
                .param("person", personId).param("group", group.name()).param("start", first(start))
                .param("end", first(end)).param("months", schedule.months()).param("by", by)
                .query(Long.class).single();
    }

    void end(long id, YearMonth lastMonth) {
        jdbc.sql("update budget_hi_enrolment set end_month = :last where id = :id")
                .param("id", id).param("last", first(lastMonth)).update();
    }

    Optional<Located> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(BudgetHiEnrolments::located).optional();
    }

    Page<BudgetHiEnrolment> within(String areaLike, Long personId, HiSupportGroup group, PageRequest page) {
        String where = """
                 where c.path like :area and (cast(:person as bigint) is null or e.person_id = :person)
                   and (cast(:group as text) is null or e.support_group = :group)""";
        String groupName = group == null ? null : group.name();
        List<BudgetHiEnrolment> items = jdbc.sql(SELECT + where + " order by e.start_month desc, e.id desc limit :limit offset :offset")
                .param("area", areaLike).param("person", personId).param("group", groupName)
                .param("limit", page.size()).param("offset", page.offset())
                .query(BudgetHiEnrolments::located).list().stream().map(Located::enrolment).toList();
        long total = jdbc.sql("""
                        select count(*) from budget_hi_enrolment e join person p on p.id = e.person_id
                             join area c on c.id = p.commune_id
                        """ + where)
                .param("area", areaLike).param("person", personId).param("group", groupName).query(Long.class).single();
        return Page.of(items, page, total);
    }

    private static Located located(ResultSet rs, int row) throws SQLException {
        return new Located(new BudgetHiEnrolment(rs.getLong("id"), rs.getString("si_code"), rs.getString("full_name"),
                HiSupportGroup.valueOf(rs.getString("support_group")), month(rs.getDate("start_month")),
                month(rs.getDate("end_month")), PaymentSchedule.ofMonths(rs.getInt("months"))), rs.getString("path"));
    }
}
