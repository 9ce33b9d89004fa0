package vn.ansinh.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What else covers a person in some months, for the enrolments to refuse a clash. Whether a span touches a month is
 * the database function the assessment uses too (V65 {@code span_touches_months}):
 * <ul>
 * <li>an employment touching a month on any day makes it a compulsory month: voluntary SI cannot cover it, and HI
 * through the employer comes before household or budget-paid HI;</li>
 * <li>a person has at most one voluntary enrolment, and one budget-paid HI enrolment, at a time;</li>
 * <li>a person whose HI the budget pays or supports is not a paying household member.</li>
 * </ul>
 * Each check returns a decision with the reason, naming what clashes.
 */
@Component
class CoverPolicy {

    record Decision(boolean allowed, String reason) {

        static final Decision ALLOWED = new Decision(true, null);

        static Decision refused(String reason) {
            return new Decision(false, reason);
        }
    }

    private final JdbcClient jdbc;

    CoverPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** No employment of the person touches the months from {@code from} to {@code to} (null: open). */
    Decision notEmployed(long personId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select er.unit_code, e.start_date, e.end_date from employment e join employer er on er.id = e.employer_id
                        where e.person_id = :person and span_touches_months(e.start_date, e.end_date, :from, :to)
                        order by e.start_date limit 1""")
                .param("person", personId).param("from", first(from)).param("to", first(to))
                .query((rs, i) -> Decision.refused(String.format(
                        "is in compulsory employment at employer %s from %s%s: a month touched by an employment is "
                                + "covered by compulsory insurance", rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class) == null ? "" : " to " + rs.getObject(3, LocalDate.class))))
                .optional().orElse(Decision.ALLOWED);
    }

    /** No other voluntary enrolment of the person overlaps the months. */
    Decision noOtherVoluntaryEnrolment(long personId, YearMonth from, YearMonth to, Long except) {
        return overlapping("voluntary_enrolment", "a voluntary SI enrolment", personId, from, to, except);
    }

    /** The budget neither pays nor supports the person's HI in the months. */
    Decision noBudgetHi(long personId, YearMonth from, YearMonth to, Long except) {
        return overlapping("budget_hi_enrolment", "HI the budget pays or supports", personId, from, to, except);
    }

    /** The person is not a member of another household HI enrolment overlapping the months. */
    Decision noOtherHouseholdHi(long personId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select e.id, h.code, e.start_month, e.end_month
                        from household_hi_member m join household_hi_enrolment e on e.id = m.enrolment_id
                             join household h on h.id = e.household_id
                        where m.person_id = :person and (cast(:to as date) is null or e.start_month <= :to)
                          and (e.end_month is null or e.end_month >= :from)
                        order by e.start_month limit 1""")
                .param("person", personId).param("from", first(from)).param("to", first(to))
                .query((rs, i) -> Decision.refused("is enrolled in household HI of household " + rs.getString(2)
                        + " (enrolment " + rs.getLong(1) + ") " + span(rs.getDate(3), rs.getDate(4))))
                .optional().orElse(Decision.ALLOWED);
    }

    private Decision overlapping(String table, String what, long personId, YearMonth from, YearMonth to, Long except) {
        return jdbc.sql("select id, start_month, end_month from " + table + " " + """
                         where person_id = :person and (cast(:to as date) is null or start_month <= :to)
                           and (end_month is null or end_month >= :from) and id <> coalesce(cast(:except as bigint), -1)
                         order by start_month limit 1""")
                .param("person", personId).param("from", first(from)).param("to", first(to)).param("except", except)
                .query((rs, i) -> Decision.refused("already has " + what + " (enrolment " + rs.getLong(1) + ") "
                        + span(rs.getDate(2), rs.getDate(3))))
                .optional().orElse(Decision.ALLOWED);
    }

    private static String span(Date start, Date end) {
        return "from " + YearMonth.from(start.toLocalDate())
                + (end == null ? " without end" : " to " + YearMonth.from(end.toLocalDate()));
    }

    private static Date first(YearMonth month) {
        return month == null ? null : Date.valueOf(month.atDay(1));
    }
}
