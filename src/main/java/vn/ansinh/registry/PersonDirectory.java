package vn.ansinh.registry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds people for other modules, without scope checks: callers apply the scope that fits their use. */
@Service
public class PersonDirectory {

    private static final String SELECT = """
            select p.id, p.cccd, p.si_code, p.full_name, p.date_of_birth, p.sex, a.code as commune_code, a.path,
                   p.date_of_death
            from person p join area a on a.id = p.commune_id""";

    private final JdbcClient jdbc;

    PersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonSummary> byCccd(String cccd) {
        return jdbc.sql(SELECT + " where p.cccd = :cccd").param("cccd", cccd).query(PersonDirectory::summary).optional();
    }

    public Optional<PersonSummary> bySiCode(String siCode) {
        return jdbc.sql(SELECT + " where p.si_code = :code").param("code", siCode).query(PersonDirectory::summary).optional();
    }

    public Optional<PersonSummary> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PersonDirectory::summary).optional();
    }

    private static PersonSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PersonSummary(rs.getLong("id"), rs.getString("cccd"), rs.getString("si_code"),
                rs.getString("full_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getString("sex"), rs.getString("commune_code"), rs.getString("path"),
                rs.getObject("date_of_death", java.time.LocalDate.class));
    }
}
