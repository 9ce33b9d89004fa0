package vn.ansinh.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;

/** The person table. Scope and rules are the use cases' business; this class only reads and writes rows. */
@Repository
class People {

    private static final String SELECT = """
            select p.id, p.cccd, p.si_code, p.full_name, p.date_of_birth, p.sex, p.commune_id, a.code as commune_code,
                   a.name as commune_name, a.path, p.household_id, h.code as household_code, p.household_relation,
                   p.ethnic_minority, p.date_of_death
            from person p
                 join area a on a.id = p.commune_id
                 left join household h on h.id = p.household_id""";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonRow> bySiCode(String siCode) {
        return jdbc.sql(SELECT + " where p.si_code = :code").param("code", siCode).query(People::row).optional();
    }

    Optional<PersonRow> byCccd(String cccd) {
        return jdbc.sql(SELECT + " where p.cccd = :cccd").param("cccd", cccd).query(People::row).optional();
    }

    Optional<PersonRow> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(People::row).optional();
    }

    /** Members of a household, the head first, then the eldest. */
    List<PersonRow> members(long householdId) {
        return jdbc.sql(SELECT + " where p.household_id = :id"
                        + " order by p.household_relation = 'HEAD' desc, p.date_of_birth, p.id")
                .param("id", householdId).query(People::row).list();
    }

    /**
     * Inserts a person unless the CCCD is taken; empty when it is. The unique constraint decides, so two officers
     * registering the same CCCD at the same moment cannot both succeed.
     */
    Optional<Long> insert(String cccd, String siCode, String fullName, LocalDate dateOfBirth, Sex sex, long communeId,
                          boolean ethnicMinority) {
        return jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id,
                                            ethnic_minority)
                        values (:cccd, :siCode, :fullName, :nameSearch, :dateOfBirth, :sex, :communeId, :ethnicMinority)
                        on conflict (cccd) do nothing
                        returning id""")
                .param("cccd", cccd).param("siCode", siCode).param("fullName", fullName)
                .param("nameSearch", VietnameseText.searchKey(fullName)).param("dateOfBirth", dateOfBirth)
                .param("sex", sex.name()).param("communeId", communeId).param("ethnicMinority", ethnicMinority)
                .query(Long.class).optional();
    }

    void update(long id, String fullName, long communeId, boolean ethnicMinority) {
        jdbc.sql("""
                        update person set full_name = :fullName, name_search = :nameSearch, commune_id = :communeId,
                                          ethnic_minority = :ethnicMinority
                        where id = :id""")
                .param("fullName", fullName).param("nameSearch", VietnameseText.searchKey(fullName))
                .param("communeId", communeId).param("ethnicMinority", ethnicMinority).param("id", id).update();
    }

    void placeInHousehold(long id, Long householdId, HouseholdRelation relation) {
        jdbc.sql("update person set household_id = :householdId, household_relation = :relation where id = :id")
                .param("householdId", householdId).param("relation", relation == null ? null : relation.name())
                .param("id", id).update();
    }

    void recordDeath(long id, LocalDate dateOfDeath) {
        jdbc.sql("update person set date_of_death = :date where id = :id")
                .param("date", dateOfDeath).param("id", id).update();
    }

    List<Participation> participation(long personId) {
        return jdbc.sql("""
                        select scheme, group_code, valid_from, valid_to from participation
                        where person_id = :id order by valid_from desc, scheme""")
                .param("id", personId)
                .query((rs, i) -> new Participation(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * People inside {@code scopeLike}, matching every criterion given. Each word of {@code name} must occur somewhere
     * in the accent-free name ({@code name_search}, trigram-indexed), so "dao nguyen" finds "Nguyễn Thị Đào".
     */
    Page<PersonRow> search(String scopeLike, PersonSearch criteria, PageRequest page) {
        StringBuilder where = new StringBuilder(" where a.path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scopeLike);
        if (criteria.cccd() != null) {
            where.append(" and p.cccd = :cccd");
            params.put("cccd", criteria.cccd());
        }
        if (criteria.siCode() != null) {
            where.append(" and p.si_code = :siCode");
            params.put("siCode", criteria.siCode());
        }
        if (criteria.areaLike() != null) {
            where.append(" and a.path like :area");
            params.put("area", criteria.areaLike());
        }
        List<String> words = criteria.nameWords();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and p.name_search like :word").append(i);
            params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        List<PersonRow> rows = jdbc.sql(SELECT + where + " order by p.name_search, p.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(People::row).list();
        long total = jdbc.sql("select count(*) from person p join area a on a.id = p.commune_id" + where)
                .params(params).query(Long.class).single();
        return Page.of(rows, page, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PersonRow row(ResultSet rs, int row) throws SQLException {
        String relation = rs.getString("household_relation");
        return new PersonRow(rs.getLong("id"), rs.getString("cccd"), rs.getString("si_code"),
                rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                Sex.valueOf(rs.getString("sex")), rs.getLong("commune_id"), rs.getString("commune_code"),
                rs.getString("commune_name"), rs.getString("path"), (Long) rs.getObject("household_id"),
                rs.getString("household_code"), relation == null ? null : HouseholdRelation.valueOf(relation),
                rs.getBoolean("ethnic_minority"), rs.getObject("date_of_death", LocalDate.class));
    }

    /** What to look for; null means "any". {@code areaLike} is a LIKE pattern of area paths. */
    record PersonSearch(String cccd, String siCode, String areaLike, List<String> nameWords) {
        PersonSearch {
            nameWords = nameWords == null ? List.of() : new ArrayList<>(nameWords);
        }
    }
}
