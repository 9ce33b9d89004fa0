package vn.ansinh.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** The household table; rules about heads and members live in {@link KeepingHouseholds}. */
@Repository
class Households {

    private static final String SELECT = """
            select h.id, h.code, h.commune_id, a.code as commune_code, a.name as commune_name, a.path, h.address,
                   h.living_standard, h.head_person_id
            from household h join area a on a.id = h.commune_id""";

    private final JdbcClient jdbc;

    Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HouseholdRow> byCode(String code) {
        return jdbc.sql(SELECT + " where h.code = :code").param("code", code).query(Households::row).optional();
    }

    Optional<HouseholdRow> byId(long id) {
        return jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(Households::row).optional();
    }

    /** Inserts a household unless the code is taken (then empty); the unique constraint settles races. */
    Optional<Long> insert(String code, long communeId, String address, LivingStandard livingStandard) {
        return jdbc.sql("""
                        insert into household (code, commune_id, address, living_standard)
                        values (:code, :communeId, :address, :livingStandard)
                        on conflict (code) do nothing
                        returning id""")
                .param("code", code).param("communeId", communeId).param("address", address)
                .param("livingStandard", livingStandard.name()).query(Long.class).optional();
    }

    void setHead(long id, Long personId) {
        jdbc.sql("update household set head_person_id = :personId where id = :id")
                .param("personId", personId).param("id", id).update();
    }

    void setLivingStandard(long id, LivingStandard livingStandard) {
        jdbc.sql("update household set living_standard = :standard where id = :id")
                .param("standard", livingStandard.name()).param("id", id).update();
    }

    /** Households whose commune path matches both LIKE patterns (the actor's scope and the area asked for). */
    Page<HouseholdRow> within(String scopeLike, String areaLike, PageRequest page) {
        String where = " where a.path like :scope and a.path like :area";
        List<HouseholdRow> rows = jdbc.sql(SELECT + where + " order by h.code limit :limit offset :offset")
                .param("scope", scopeLike).param("area", areaLike)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Households::row).list();
        long total = jdbc.sql("select count(*) from household h join area a on a.id = h.commune_id" + where)
                .param("scope", scopeLike).param("area", areaLike).query(Long.class).single();
        return Page.of(rows, page, total);
    }

    private static HouseholdRow row(ResultSet rs, int row) throws SQLException {
        return new HouseholdRow(rs.getLong("id"), rs.getString("code"), rs.getLong("commune_id"),
                rs.getString("commune_code"), rs.getString("commune_name"), rs.getString("path"),
                rs.getString("address"), LivingStandard.valueOf(rs.getString("living_standard")),
                (Long) rs.getObject("head_person_id"));
    }
}
