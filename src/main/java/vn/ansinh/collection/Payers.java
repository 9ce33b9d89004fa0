package vn.ansinh.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payers behind payer codes, read straight from the registry tables: the only class of this module that reads
 * {@code employer}, {@code person} and {@code household}. The employer module is not on main yet; when it is, the
 * employer part of this class should ask its published API instead.
 */
@Repository
class Payers {

    // One row per payer of any kind, with its commune and the names that make an address. Also a subquery of
    // CollectionFigures, which locates money received in areas.
    static final String PAYERS = """
            with payer as (
                select 'EMPLOYER' as kind, e.unit_code as code, e.name, e.tax_code, e.commune_id from employer e
                union all
                select 'VOLUNTARY', p.si_code, p.full_name, null, p.commune_id from person p
                union all
                select 'HOUSEHOLD', h.code, coalesce(head.full_name, h.code), null, h.commune_id
                from household h left join person head on head.id = h.head_person_id
            )
            select payer.kind, payer.code, payer.name, payer.tax_code, c.path,
                   concat_ws(', ', c.name, case when d.level = 'DISTRICT' then d.name end, pr.name) as address,
                   pr.name as province_name
            from payer
            join area c on c.id = payer.commune_id
            left join area d on d.id = c.parent_id
            left join area pr on pr.path = '/' || split_part(c.path, '/', 2) || '/'
            """;

    private final JdbcClient jdbc;

    Payers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Payer> find(PayerKind kind, String code) {
        if (kind == PayerKind.BUDGET) {
            return Optional.empty();
        }
        return jdbc.sql(PAYERS + " where payer.kind = :kind and payer.code = :code")
                .param("kind", kind.name()).param("code", code).query(Payers::payer).optional();
    }

    /** Every payer, of any kind, whose code is one of these: a code may match more than one kind. */
    List<Payer> withCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PAYERS + " where payer.code = any(cast(:codes as text[]))")
                .param("codes", codes.toArray(String[]::new)).query(Payers::payer).list();
    }

    /** The employers whose commune lies inside the area path pattern (a SQL LIKE pattern), by unit code. */
    Map<String, Payer> employersIn(String areaLikePattern) {
        Map<String, Payer> employers = new LinkedHashMap<>();
        jdbc.sql(PAYERS + " where payer.kind = 'EMPLOYER' and c.path like :area order by payer.code")
                .param("area", areaLikePattern).query(Payers::payer).list()
                .forEach(p -> employers.put(p.code(), p));
        return employers;
    }

    private static Payer payer(ResultSet rs, int row) throws SQLException {
        return new Payer(PayerKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                rs.getString("tax_code"), rs.getString("path"), rs.getString("address"),
                rs.getString("province_name"));
    }
}
