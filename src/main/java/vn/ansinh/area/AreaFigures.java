package vn.ansinh.area;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/** Population, labour force and coverage targets per area and year; managers set the targets. */
@Service
public class AreaFigures {

    private final JdbcClient jdbc;
    private final Areas areas;
    private final AuditLog audit;

    AreaFigures(JdbcClient jdbc, Areas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    public List<AreaStatistic> statistics(String areaCode) {
        Area area = areas.byCode(areaCode).orElseThrow(() -> new NotFound("Area", areaCode));
        return jdbc.sql("select year, population, labour_force, source from area_statistic where area_id = :id order by year")
                .param("id", area.id())
                .query((rs, i) -> new AreaStatistic(areaCode, rs.getInt("year"), rs.getInt("population"),
                        rs.getInt("labour_force"), rs.getString("source")))
                .list();
    }

    record ChildStatistic(long areaId, AreaStatistic statistic) {
    }

    /** Each child area's statistic for the year, or its latest earlier one, in one query. */
    List<ChildStatistic> statisticsOfChildren(long parentId, int year) {
        return jdbc.sql("""
                        select distinct on (a.id) a.id, a.code, s.year, s.population, s.labour_force, s.source
                        from area a join area_statistic s on s.area_id = a.id
                        where a.parent_id = :parent and s.year <= :year
                        order by a.id, s.year desc""")
                .param("parent", parentId).param("year", year)
                .query((rs, i) -> new ChildStatistic(rs.getLong("id"), new AreaStatistic(rs.getString("code"),
                        rs.getInt("year"), rs.getInt("population"), rs.getInt("labour_force"), rs.getString("source"))))
                .list();
    }

    public List<CoverageTarget> targets(String areaCode) {
        Area area = areas.byCode(areaCode).orElseThrow(() -> new NotFound("Area", areaCode));
        return jdbc.sql("""
                        select year, si_labour_share, hi_population_share, set_by, set_at
                        from coverage_target where area_id = :id order by year""")
                .param("id", area.id())
                .query((rs, i) -> new CoverageTarget(areaCode, rs.getInt("year"), rs.getBigDecimal("si_labour_share"),
                        rs.getBigDecimal("hi_population_share"), rs.getString("set_by"),
                        rs.getTimestamp("set_at").toInstant()))
                .list();
    }

    public Optional<CoverageTarget> target(String areaCode, int year) {
        return targets(areaCode).stream().filter(t -> t.year() == year).findFirst();
    }

    /** Sets (or replaces) an area's target for a year; the actor must have the area in scope. */
    @Transactional
    public CoverageTarget setTarget(String areaCode, int year, BigDecimal siLabourShare, BigDecimal hiPopulationShare) {
        Area area = inScope(areaCode);
        requirePercent("siLabourShare", siLabourShare);
        requirePercent("hiPopulationShare", hiPopulationShare);
        Optional<CoverageTarget> before = target(areaCode, year);
        jdbc.sql("""
                        insert into coverage_target (area_id, year, si_labour_share, hi_population_share, set_by, set_at)
                        values (:id, :year, :si, :hi, :by, now())
                        on conflict (area_id, year) do update
                        set si_labour_share = excluded.si_labour_share, hi_population_share = excluded.hi_population_share,
                            set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("id", area.id()).param("year", year).param("si", siLabourShare).param("hi", hiPopulationShare)
                .param("by", Actors.current().name())
                .update();
        CoverageTarget after = target(areaCode, year).orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "coverage_target", areaCode + "/" + year,
                before.map(AreaFigures::auditView).orElse(null), auditView(after));
        return after;
    }

    /** Records the population and labour force of an area for a year (from the statistics office). */
    @Transactional
    public AreaStatistic setStatistic(String areaCode, int year, int population, int labourForce, String source) {
        Area area = inScope(areaCode);
        if (population < 0) {
            throw new InvalidInput("population", "must be 0 or more");
        }
        if (labourForce < 0 || labourForce > population) {
            throw new InvalidInput("labourForce", "must be between 0 and the population (" + population + ")");
        }
        Optional<AreaStatistic> before = statistics(areaCode).stream().filter(s -> s.year() == year).findFirst();
        jdbc.sql("""
                        insert into area_statistic (area_id, year, population, labour_force, source)
                        values (:id, :year, :population, :labour, :source)
                        on conflict (area_id, year) do update
                        set population = excluded.population, labour_force = excluded.labour_force, source = excluded.source""")
                .param("id", area.id()).param("year", year).param("population", population)
                .param("labour", labourForce).param("source", source)
                .update();
        AreaStatistic after = new AreaStatistic(areaCode, year, population, labourForce, source);
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "area_statistic", areaCode + "/" + year,
                before.orElse(null), after);
        return after;
    }

    private Area inScope(String areaCode) {
        Area area = areas.byCode(areaCode).orElseThrow(() -> new NotFound("Area", areaCode));
        Actors.requireInScope(area.path(), "Area " + areaCode);
        return area;
    }

    private static void requirePercent(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInput(field, "must be a percentage between 0 and 100");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "at most two decimals");
        }
    }

    private static Map<String, Object> auditView(CoverageTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", t.year());
        m.put("siLabourShare", t.siLabourShare());
        m.put("hiPopulationShare", t.hiPopulationShare());
        return m;
    }
}
