package vn.ansinh.parameter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** The rows of {@code reference_parameter}. Qualifiers are stored as {@code ""} when a code has none. */
@Repository
class ParameterPeriods {

    private static final String COLUMNS = """
            select id, code, qualifier, valid_from, valid_to, value, unit, legal_reference, confidence, note
            from reference_parameter
            """;

    private final JdbcClient jdbc;

    ParameterPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ParameterValue> inForce(String code, String qualifier, LocalDate on) {
        return jdbc.sql(COLUMNS + """
                         where code = :code and qualifier = :qualifier
                           and valid_from <= :on and (valid_to is null or valid_to >= :on)""")
                .param("code", code).param("qualifier", qualifier).param("on", on)
                .query(ParameterPeriods::value).optional();
    }

    List<ParameterValue> history(String code, String qualifier) {
        return jdbc.sql(COLUMNS + " where code = :code and qualifier = :qualifier order by valid_from")
                .param("code", code).param("qualifier", qualifier)
                .query(ParameterPeriods::value).list();
    }

    /** Periods filtered by code, qualifier and a date they are in force on (each filter optional). */
    Page<ParameterValue> find(String code, String qualifier, LocalDate on, PageRequest page) {
        String where = """
                 where (cast(:code as text) is null or code = :code)
                   and (cast(:qualifier as text) is null or qualifier = :qualifier)
                   and (cast(:on as date) is null or (valid_from <= :on and (valid_to is null or valid_to >= :on)))""";
        List<ParameterValue> rows = jdbc.sql(COLUMNS + where + " order by code, qualifier, valid_from limit :limit offset :offset")
                .param("code", code).param("qualifier", qualifier).param("on", on)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ParameterPeriods::value).list();
        long total = jdbc.sql("select count(*) from reference_parameter " + where)
                .param("code", code).param("qualifier", qualifier).param("on", on)
                .query(Long.class).single();
        return Page.of(rows, page, total);
    }

    /** Serialises changes to one code and qualifier, so two administrators cannot both close the same open period. */
    void lock(String code, String qualifier) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('reference_parameter:' || :code || ':' || :qualifier))")
                .param("code", code).param("qualifier", qualifier).query((rs, i) -> 1).single();
    }

    ParameterValue close(long id, LocalDate lastDay) {
        jdbc.sql("update reference_parameter set valid_to = :lastDay where id = :id")
                .param("lastDay", lastDay).param("id", id).update();
        return byId(id);
    }

    ParameterValue insert(ParameterCode code, String qualifier, NewParameterPeriod period, String recordedBy) {
        long id = jdbc.sql("""
                        insert into reference_parameter (code, qualifier, valid_from, valid_to, value, unit,
                                                         legal_reference, confidence, note, recorded_by)
                        values (:code, :qualifier, :validFrom, :validTo, :value, :unit, :legalReference, :confidence,
                                :note, :recordedBy)
                        returning id""")
                .param("code", code.name()).param("qualifier", qualifier)
                .param("validFrom", period.validFrom()).param("validTo", period.validTo())
                .param("value", period.value()).param("unit", code.unit().name())
                .param("legalReference", period.legalReference().trim())
                .param("confidence", period.confidence().name())
                .param("note", period.note()).param("recordedBy", recordedBy)
                .query(Long.class).single();
        return byId(id);
    }

    private ParameterValue byId(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ParameterPeriods::value).single();
    }

    static ParameterValue value(ResultSet rs, int row) throws SQLException {
        String qualifier = rs.getString("qualifier");
        return new ParameterValue(rs.getLong("id"), rs.getString("code"), qualifier.isEmpty() ? null : qualifier,
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getBigDecimal("value"), ParameterUnit.valueOf(rs.getString("unit")),
                rs.getString("legal_reference"), Confidence.valueOf(rs.getString("confidence")), rs.getString("note"));
    }
}
