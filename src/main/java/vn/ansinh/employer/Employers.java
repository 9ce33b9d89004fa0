package vn.ansinh.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;

/**
 * The employer register. The public lookups serve other modules and apply no scope: callers apply the scope that
 * fits their use, as with the person directory.
 */
@Repository
public class Employers {

    private static final String SUMMARY = """
            select e.id, e.unit_code, e.tax_code, e.name, a.code as commune_code, a.path, e.wage_region,
                   e.reduced_accident_rate
            from employer e join area a on a.id = e.commune_id
            """;

    private static final String VIEW = """
            select e.id, e.unit_code, e.tax_code, e.name, a.code as commune_code, a.name as commune_name, a.path,
                   e.wage_region, e.ownership, e.sector, e.size_class, e.headcount, e.reduced_accident_rate,
                   e.registered_on, e.closed_on
            from employer e join area a on a.id = e.commune_id
            """;

    /** Unit codes are this long: the province code, then the province's sequence number padded with zeros. */
    static final int UNIT_CODE_LENGTH = 10;

    private final JdbcClient jdbc;

    Employers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmployerSummary> byUnitCode(String unitCode) {
        return jdbc.sql(SUMMARY + " where e.unit_code = :code").param("code", unitCode).query(Employers::summary).optional();
    }

    /** By a tax code as stored: 10 or 13 digits without separators. */
    public Optional<EmployerSummary> byTaxCode(String taxCode) {
        return jdbc.sql(SUMMARY + " where e.tax_code = :code").param("code", taxCode).query(Employers::summary).optional();
    }

    public Optional<EmployerSummary> byId(long id) {
        return jdbc.sql(SUMMARY + " where e.id = :id").param("id", id).query(Employers::summary).optional();
    }

    Optional<EmployerView> view(String unitCode) {
        return jdbc.sql(VIEW + " where e.unit_code = :code").param("code", unitCode).query(Employers::view).optional();
    }

    Optional<EmployerView> view(long id) {
        return jdbc.sql(VIEW + " where e.id = :id").param("id", id).query(Employers::view).optional();
    }

    /** Employers inside the scope, filtered by exact tax code, part of the accent-free name, and commune. */
    Page<EmployerView> search(String scopeLike, String taxCode, String nameKey, String communeCode, PageRequest page) {
        String where = """
                where a.path like :scope
                  and (cast(:taxCode as text) is null or e.tax_code = :taxCode)
                  and (cast(:name as text) is null or e.name_search like :name)
                  and (cast(:commune as text) is null or a.code = :commune)
                """;
        String namePattern = nameKey == null ? null
                : "%" + nameKey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<EmployerView> rows = jdbc.sql(VIEW + where + " order by e.name_search, e.id limit :limit offset :offset")
                .param("scope", scopeLike).param("taxCode", taxCode).param("name", namePattern)
                .param("commune", communeCode).param("limit", page.size()).param("offset", page.offset())
                .query(Employers::view).list();
        long total = jdbc.sql("select count(*) from employer e join area a on a.id = e.commune_id " + where)
                .param("scope", scopeLike).param("taxCode", taxCode).param("name", namePattern)
                .param("commune", communeCode).query(Long.class).single();
        return Page.of(rows, page, total);
    }

    /**
     * The next unit code of a province: its code followed by its next number, padded to {@value #UNIT_CODE_LENGTH}
     * characters. The upsert takes a row lock, so concurrent registrations get different numbers.
     */
    String allocateUnitCode(String provinceCode) {
        int digits = UNIT_CODE_LENGTH - provinceCode.length();
        if (digits < 4) {
            throw new IllegalStateException("province code " + provinceCode + " leaves too few digits for unit codes");
        }
        int next = jdbc.sql("""
                        insert into employer_unit_sequence (province_code, last_number) values (:province, 1)
                        on conflict (province_code) do update set last_number = employer_unit_sequence.last_number + 1
                        returning last_number""")
                .param("province", provinceCode).query(Integer.class).single();
        String number = String.valueOf(next);
        if (number.length() > digits) {
            throw new IllegalStateException("unit codes of province " + provinceCode + " are exhausted");
        }
        return provinceCode + "0".repeat(digits - number.length()) + number;
    }

    long insert(String unitCode, TaxCode taxCode, EmployerProfile profile, LocalDate registeredOn) {
        return jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, headcount, reduced_accident_rate, registered_on)
                        values (:unitCode, :taxCode, :name, :nameSearch, :communeId, :wageRegion, :ownership, :sector,
                                :sizeClass, :headcount, :reduced, :registeredOn)
                        returning id""")
                .param("unitCode", unitCode).param("taxCode", taxCode.value())
                .param("registeredOn", registeredOn)
                .params(profileParams(profile))
                .query(Long.class).single();
    }

    void update(long id, EmployerProfile profile) {
        jdbc.sql("""
                        update employer set name = :name, name_search = :nameSearch, commune_id = :communeId,
                               wage_region = :wageRegion, ownership = :ownership, sector = :sector,
                               size_class = :sizeClass, headcount = :headcount, reduced_accident_rate = :reduced,
                               updated_at = now()
                        where id = :id""")
                .param("id", id).params(profileParams(profile)).update();
    }

    private static Map<String, Object> profileParams(EmployerProfile p) {
        var params = new HashMap<String, Object>();
        params.put("name", p.name());
        params.put("nameSearch", VietnameseText.searchKey(p.name()));
        params.put("communeId", p.commune().id());
        params.put("wageRegion", p.wageRegion());
        params.put("ownership", p.ownership().name());
        params.put("sector", p.sector().name());
        params.put("sizeClass", p.sizeClass().name());
        params.put("headcount", p.headcount());
        params.put("reduced", p.reducedAccidentRate());
        return params;
    }

    private static EmployerSummary summary(ResultSet rs, int row) throws SQLException {
        return new EmployerSummary(rs.getLong("id"), rs.getString("unit_code"), rs.getString("tax_code"),
                rs.getString("name"), rs.getString("commune_code"), rs.getString("path"), rs.getInt("wage_region"),
                rs.getBoolean("reduced_accident_rate"));
    }

    private static EmployerView view(ResultSet rs, int row) throws SQLException {
        return new EmployerView(rs.getLong("id"), rs.getString("unit_code"), rs.getString("tax_code"),
                rs.getString("name"), rs.getString("commune_code"), rs.getString("commune_name"), rs.getString("path"),
                rs.getInt("wage_region"), Ownership.valueOf(rs.getString("ownership")),
                Sector.valueOf(rs.getString("sector")), SizeClass.valueOf(rs.getString("size_class")),
                (Integer) rs.getObject("headcount"), null, rs.getBoolean("reduced_accident_rate"),
                rs.getObject("registered_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
    }
}
