package vn.ansinh.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Employments and their salary history. The public queries serve later modules (collection assesses contributions
 * on the salaries in force, benefits read contribution periods) and apply no scope.
 */
@Repository
public class Employments {

    // The salary of an employment on :on, or its last one if it ended earlier.
    private static final String VIEW = """
            select e.id, er.unit_code, er.name as employer_name, e.person_id, p.cccd, p.si_code, p.full_name,
                   e.start_date, e.end_date, e.job_title, e.worker_type,
                   (select s.amount from salary s
                     where s.employment_id = e.id and s.valid_from <= least(cast(:on as date), coalesce(e.end_date, cast(:on as date)))
                     order by s.valid_from desc limit 1) as monthly_salary
            from employment e
                 join employer er on er.id = e.employer_id
                 join person p on p.id = e.person_id
                 join area a on a.id = er.commune_id
            """;

    private final JdbcClient jdbc;

    Employments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employments of an employer in force on a date, each with the salary in force that day, by name. */
    public List<ActiveEmployment> activeOn(long employerId, LocalDate on) {
        return jdbc.sql("""
                        select e.id, e.employer_id, e.person_id, p.si_code, p.cccd, p.full_name, e.start_date,
                               e.end_date, e.job_title, e.worker_type, s.amount, s.valid_from as salary_from
                        from employment e
                             join person p on p.id = e.person_id
                             join lateral (select amount, valid_from from salary
                                            where employment_id = e.id and valid_from <= :on
                                            order by valid_from desc limit 1) s on true
                        where e.employer_id = :employer and e.start_date <= :on
                          and (e.end_date is null or e.end_date >= :on)
                        order by p.full_name, e.id""")
                .param("employer", employerId).param("on", on)
                .query((rs, i) -> new ActiveEmployment(rs.getLong("id"), rs.getLong("employer_id"),
                        rs.getLong("person_id"), rs.getString("si_code"), rs.getString("cccd"),
                        rs.getString("full_name"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getString("job_title"),
                        WorkerType.valueOf(rs.getString("worker_type")), rs.getLong("amount"),
                        rs.getObject("salary_from", LocalDate.class)))
                .list();
    }

    /** Every employment of a person at any employer, oldest first, with salary histories. */
    public List<EmploymentRecord> ofPerson(long personId) {
        List<EmploymentRecord> rows = jdbc.sql("""
                        select e.id, e.employer_id, er.unit_code, er.name, e.person_id, e.start_date, e.end_date,
                               e.job_title, e.worker_type
                        from employment e join employer er on er.id = e.employer_id
                        where e.person_id = :person
                        order by e.start_date, e.id""")
                .param("person", personId)
                .query((rs, i) -> new EmploymentRecord(rs.getLong("id"), rs.getLong("employer_id"),
                        rs.getString("unit_code"), rs.getString("name"), rs.getLong("person_id"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("job_title"), WorkerType.valueOf(rs.getString("worker_type")), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<SalaryPeriod>> salaries = jdbc.sql("""
                        select s.employment_id, s.valid_from, s.amount from salary s
                        join employment e on e.id = s.employment_id
                        where e.person_id = :person order by s.valid_from""")
                .param("person", personId)
                .query((rs, i) -> Map.entry(rs.getLong(1), new SalaryPeriod(rs.getObject(2, LocalDate.class), rs.getLong(3))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new EmploymentRecord(r.employmentId(), r.employerId(), r.unitCode(),
                r.employerName(), r.personId(), r.startDate(), r.endDate(), r.jobTitle(), r.workerType(),
                salaries.getOrDefault(r.employmentId(), List.of()))).toList();
    }

    /** The salary periods of an employment, oldest first. */
    public List<SalaryPeriod> salaryHistory(long employmentId) {
        return jdbc.sql("select valid_from, amount from salary where employment_id = :id order by valid_from")
                .param("id", employmentId)
                .query((rs, i) -> new SalaryPeriod(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
    }

    Optional<EmploymentView> view(long employerId, long employmentId, LocalDate on) {
        return jdbc.sql(VIEW + " where e.employer_id = :employer and e.id = :id")
                .param("employer", employerId).param("id", employmentId).param("on", on)
                .query(Employments::view).optional();
    }

    /** The employments of an employer: those in force on the date, or all of them, by name. */
    Page<EmploymentView> ofEmployer(long employerId, LocalDate on, boolean includeEnded, PageRequest page) {
        String where = """
                 where e.employer_id = :employer
                   and (:all or (e.start_date <= :on and (e.end_date is null or e.end_date >= :on)))
                """;
        List<EmploymentView> rows = jdbc.sql(VIEW + where + " order by p.full_name, e.id limit :limit offset :offset")
                .param("employer", employerId).param("on", on).param("all", includeEnded)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Employments::view).list();
        long total = jdbc.sql("select count(*) from employment e " + where)
                .param("employer", employerId).param("on", on).param("all", includeEnded).query(Long.class).single();
        return Page.of(rows, page, total);
    }

    /** A person's employments at employers inside the scope, oldest first. */
    List<EmploymentView> ofPersonWithin(long personId, String scopeLike, LocalDate on) {
        return jdbc.sql(VIEW + " where e.person_id = :person and a.path like :scope order by e.start_date, e.id")
                .param("person", personId).param("scope", scopeLike).param("on", on)
                .query(Employments::view).list();
    }

    /** The person's employments at this employer that overlap the period (an open period runs on forever). */
    List<EmploymentView> overlapping(long employerId, long personId, LocalDate start, LocalDate end, LocalDate on) {
        return jdbc.sql(VIEW + """
                         where e.employer_id = :employer and e.person_id = :person
                           and daterange(e.start_date, e.end_date, '[]') && daterange(cast(:start as date), cast(:end as date), '[]')
                         order by e.start_date""")
                .param("employer", employerId).param("person", personId).param("start", start).param("end", end)
                .param("on", on).query(Employments::view).list();
    }

    long insert(long employerId, long personId, LocalDate start, String jobTitle, WorkerType workerType) {
        return jdbc.sql("""
                        insert into employment (employer_id, person_id, start_date, job_title, worker_type)
                        values (:employer, :person, :start, :jobTitle, :workerType) returning id""")
                .param("employer", employerId).param("person", personId).param("start", start)
                .param("jobTitle", jobTitle).param("workerType", workerType.name())
                .query(Long.class).single();
    }

    void end(long employmentId, LocalDate endDate) {
        jdbc.sql("update employment set end_date = :end where id = :id").param("end", endDate).param("id", employmentId).update();
    }

    void addSalary(long employmentId, LocalDate validFrom, long amount) {
        jdbc.sql("insert into salary (employment_id, valid_from, amount) values (:id, :from, :amount)")
                .param("id", employmentId).param("from", validFrom).param("amount", amount).update();
    }

    /** Serialises declarations about one person at one employer (two clerks hiring the same person at once). */
    void lock(long employerId, long personId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('employment:' || cast(:employer as text) || ':' || cast(:person as text)))")
                .param("employer", employerId).param("person", personId).query((rs, i) -> 1).single();
    }

    private static EmploymentView view(ResultSet rs, int row) throws SQLException {
        return new EmploymentView(rs.getLong("id"), rs.getString("unit_code"), rs.getString("employer_name"),
                rs.getLong("person_id"), rs.getString("cccd"), rs.getString("si_code"), rs.getString("full_name"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("job_title"), WorkerType.valueOf(rs.getString("worker_type")),
                (Long) rs.getObject("monthly_salary"), null);
    }
}
