package vn.ansinh.card;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.area.Areas;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.VietnameseText;

/** The register of health facilities. */
@Service
public class Facilities {

    private final JdbcClient jdbc;
    private final Areas areas;
    private final AuditLog audit;

    Facilities(JdbcClient jdbc, Areas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    public Optional<Facility> byCode(String code) {
        return jdbc.sql("""
                        select f.code, f.name, f.level, a.code as commune_code, f.primary_care, f.valid_from, f.valid_to
                        from health_facility f join area a on a.id = f.commune_id where f.code = :code""")
                .param("code", code)
                .query((rs, i) -> new Facility(rs.getString("code"), rs.getString("name"),
                        FacilityLevel.valueOf(rs.getString("level")), rs.getString("commune_code"),
                        rs.getBoolean("primary_care"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .optional();
    }

    @Transactional
    public Facility register(String code, String name, FacilityLevel level, String communeCode, boolean primaryCare,
                             LocalDate validFrom) {
        Area commune = areas.byCode(communeCode).filter(a -> a.level() == AreaLevel.COMMUNE)
                .orElseThrow(() -> new InvalidInput("communeCode", "no current commune " + communeCode));
        String normalised = VietnameseText.normalizeName(name);
        int inserted = jdbc.sql("""
                        insert into health_facility (code, name, name_search, level, commune_id, primary_care, valid_from)
                        values (:code, :name, :search, :level, :commune, :primaryCare, :from) on conflict do nothing""")
                .param("code", code).param("name", normalised).param("search", VietnameseText.searchKey(normalised))
                .param("level", level.name()).param("commune", commune.id()).param("primaryCare", primaryCare)
                .param("from", validFrom).update();
        if (inserted == 0) {
            throw new Conflict("code", "facility " + code + " is already registered");
        }
        Facility facility = byCode(code).orElseThrow();
        audit.record("REGISTER_FACILITY", "health_facility", code, null,
                Map.of("name", normalised, "level", level.name(), "communeCode", communeCode));
        return facility;
    }
}
