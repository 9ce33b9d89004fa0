package vn.ansinh.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A labour declaration as the office keeps it: who declared what about whom, from when, and whether through the API
 * or on which line of which uploaded list. {@code effectiveOn} is the first of the month for unpaid leave, whose
 * month is also given as {@code month}. {@code salaryNote} flags a salary above the SI ceiling.
 */
public record LabourDeclaration(long id, String unitCode, DeclarationKind kind, long personId, String cccd,
                                String fullName, long employmentId, LocalDate effectiveOn, YearMonth month,
                                Long monthlySalary, Integer unpaidDays, Boolean maternity, String salaryNote,
                                String note, Source source, Long uploadId, Integer line, OffsetDateTime declaredAt,
                                String declaredBy) {

    public enum Source {
        API, FILE
    }

    static LabourDeclaration read(ResultSet rs, int row) throws SQLException {
        DeclarationKind kind = DeclarationKind.valueOf(rs.getString("kind"));
        LocalDate effectiveOn = rs.getObject("effective_on", LocalDate.class);
        return new LabourDeclaration(rs.getLong("id"), rs.getString("unit_code"), kind, rs.getLong("person_id"),
                rs.getString("cccd"), rs.getString("full_name"), rs.getLong("employment_id"), effectiveOn,
                kind.monthly() ? YearMonth.from(effectiveOn) : null, (Long) rs.getObject("monthly_salary"),
                rs.getObject("unpaid_days") == null ? null : rs.getInt("unpaid_days"),
                (Boolean) rs.getObject("maternity"), rs.getString("salary_note"), rs.getString("note"),
                Source.valueOf(rs.getString("source")), (Long) rs.getObject("upload_id"),
                (Integer) rs.getObject("line"), rs.getObject("declared_at", OffsetDateTime.class),
                rs.getString("declared_by"));
    }
}
