package vn.ansinh.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** The area tree. Codes are looked up among the areas in force today unless a date is given. */
@Repository
public class Areas {

    private static final String COLUMNS = """
            select a.id, a.code, a.level, a.name, p.code as parent_code, a.path, a.wage_region, a.valid_from, a.valid_to
            from area a left join area p on p.id = a.parent_id""";

    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current area with this code; commune, district and province codes have different lengths. */
    public Optional<Area> byCode(String code) {
        return jdbc.sql(COLUMNS + " where a.code = :code and a.valid_to is null order by a.level limit 1")
                .param("code", code).query(Areas::area).optional();
    }

    public Optional<Area> byId(long id) {
        return jdbc.sql(COLUMNS + " where a.id = :id").param("id", id).query(Areas::area).optional();
    }

    public List<Area> children(long parentId) {
        return jdbc.sql(COLUMNS + " where a.parent_id = :id and a.valid_to is null order by a.code")
                .param("id", parentId).query(Areas::area).list();
    }

    /** Areas inside the scope path (itself included), optionally of one level, in path order. */
    public Page<Area> within(String scopeLike, AreaLevel level, PageRequest page) {
        String where = " where a.path like :scope and a.valid_to is null"
                + (level == null ? "" : " and a.level = :level");
        var query = jdbc.sql(COLUMNS + where + " order by a.path limit :limit offset :offset")
                .param("scope", scopeLike).param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("select count(*) from area a" + where).param("scope", scopeLike);
        if (level != null) {
            query = query.param("level", level.name());
            count = count.param("level", level.name());
        }
        return Page.of(query.query(Areas::area).list(), page, count.query(Long.class).single());
    }

    static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getLong("id"), rs.getString("code"), AreaLevel.valueOf(rs.getString("level")),
                rs.getString("name"), rs.getString("parent_code"), rs.getString("path"),
                (Integer) rs.getObject("wage_region"), rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class));
    }
}
