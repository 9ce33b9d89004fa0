package vn.ansinh.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** Employers' labour declarations as declared (table {@code labour_declaration}) and the unpaid leave they record. */
@Repository
class LabourDeclarations {

    private static final String VIEW = """
            select d.id, er.unit_code, d.kind, d.person_id, p.cccd, p.full_name, d.employment_id, d.effective_on,
                   d.monthly_salary, d.unpaid_days, d.maternity, d.salary_note, d.note, d.source, d.upload_id, d.line,
                   d.declared_at, d.declared_by
            from labour_declaration d
                 join employer er on er.id = d.employer_id
                 join person p on p.id = d.person_id
            """;

    /** A declaration to record; {@code uploadId} and {@code line} only for one from a file. */
    record NewDeclaration(long employerId, long personId, long employmentId, LabourChange change, String salaryNote,
                          Long uploadId, String declaredBy) {
    }

    record UnpaidLeave(long employmentId, YearMonth month, int days, boolean maternity) {
    }

    private final JdbcClient jdbc;

    LabourDeclarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One declaration at a time per employer, so each is checked against the employments the one before left. */
    void lock(long employerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('labour-declaration:' || cast(:employer as text)))")
                .param("employer", employerId).query((rs, i) -> 1).single();
    }

    long insert(NewDeclaration d) {
        LabourChange c = d.change();
        return jdbc.sql("""
                        insert into labour_declaration (employer_id, person_id, employment_id, kind, effective_on,
                                                        monthly_salary, unpaid_days, maternity, salary_note, note,
                                                        source, upload_id, line, declared_by)
                        values (:employer, :person, :employment, :kind, :effectiveOn, :salary, :days, :maternity,
                                :salaryNote, :note, :source, :upload, :line, :by)
                        returning id""")
                .param("employer", d.employerId()).param("person", d.personId()).param("employment", d.employmentId())
                .param("kind", c.kind().name()).param("effectiveOn", c.effectiveOn())
                .param("salary", c.kind().statesSalary() ? c.monthlySalary() : null)
                .param("days", c.kind().monthly() ? c.unpaidDays() : null)
                .param("maternity", c.kind().monthly() ? c.maternity() : null)
                .param("salaryNote", d.salaryNote()).param("note", c.note())
                .param("source", d.uploadId() == null ? LabourDeclaration.Source.API.name() : LabourDeclaration.Source.FILE.name())
                .param("upload", d.uploadId()).param("line", d.uploadId() == null ? null : c.line())
                .param("by", d.declaredBy())
                .query(Long.class).single();
    }

    Optional<LabourDeclaration> byId(long employerId, long id) {
        return jdbc.sql(VIEW + " where d.employer_id = :employer and d.id = :id")
                .param("employer", employerId).param("id", id).query(LabourDeclaration::read).optional();
    }

    /** The employer's declarations, newest first. */
    Page<LabourDeclaration> ofEmployer(long employerId, PageRequest page) {
        List<LabourDeclaration> items = jdbc.sql(VIEW + " where d.employer_id = :employer order by d.id desc limit :limit offset :offset")
                .param("employer", employerId).param("limit", page.size()).param("offset", page.offset())
                .query(LabourDeclaration::read).list();
        long total = jdbc.sql("select count(*) from labour_declaration where employer_id = :employer")
                .param("employer", employerId).query(Long.class).single();
        return Page.of(items, page, total);
    }

    /**
     * The months from {@code from} on that are already assessed for the employer: an assessment run covered it (run
     * for it or for every employer), or contributions of its employees are recorded (found through its employees'
     * people, whose index is per person and month, rather than by scanning a month's rows for the employer).
     */
    List<YearMonth> assessedMonths(long employerId, YearMonth from) {
        return jdbc.sql("""
                        select month from assessment_run
                        where (employer_id = :employer or employer_id is null) and month >= :from
                        union
                        select c.month from employment e
                             join contribution c on c.person_id = e.person_id and c.month >= :from
                        where e.employer_id = :employer and c.employer_id = :employer
                        order by 1""")
                .param("employer", employerId).param("from", Date.valueOf(from.atDay(1)))
                .query((rs, i) -> YearMonth.from(rs.getObject(1, LocalDate.class))).list();
    }

    Optional<UnpaidLeave> unpaidLeave(long employmentId, YearMonth month) {
        return jdbc.sql("select days, maternity from unpaid_leave where employment_id = :employment and month = :month")
                .param("employment", employmentId).param("month", month.atDay(1))
                .query((rs, i) -> new UnpaidLeave(employmentId, month, rs.getInt("days"), rs.getBoolean("maternity")))
                .optional();
    }

    /** Records the month's unpaid leave; a later declaration for the same month replaces the earlier one. */
    void recordUnpaidLeave(UnpaidLeave leave) {
        jdbc.sql("""
                        insert into unpaid_leave (employment_id, month, days, maternity)
                        values (:employment, :month, :days, :maternity)
                        on conflict (employment_id, month)
                        do update set days = excluded.days, maternity = excluded.maternity, declared_at = now()""")
                .param("employment", leave.employmentId()).param("month", leave.month().atDay(1))
                .param("days", leave.days()).param("maternity", leave.maternity())
                .update();
    }
}
