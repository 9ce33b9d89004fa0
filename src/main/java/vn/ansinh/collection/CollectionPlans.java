package vn.ansinh.collection;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;

/**
 * Collection plans per area and year (table {@code collection_plan}), set by managers for areas in their scope. Each
 * area's plan stands on its own: a province's is not the sum of its districts'.
 */
@Service
@Transactional(readOnly = true)
public class CollectionPlans {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final CollectionAreas areas;
    private final AuditLog audit;

    CollectionPlans(JdbcClient jdbc, CollectionAreas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    /** The area's plans, by year. */
    public List<CollectionPlan> of(String areaCode) {
        Area area = areas.area(areaCode);
        return jdbc.sql("""
                        select year, planned_amount, set_by, set_at from collection_plan
                        where area_id = :area order by year""")
                .param("area", area.id())
                .query((rs, i) -> new CollectionPlan(area.code(), rs.getInt("year"), rs.getLong("planned_amount"),
                        rs.getString("set_by"), rs.getObject("set_at", OffsetDateTime.class)))
                .list();
    }

    public Optional<CollectionPlan> of(String areaCode, int year) {
        return of(areaCode).stream().filter(p -> p.year() == year).findFirst();
    }

    /** Sets (or replaces) the area's plan for the year; the area must be in the actor's scope. */
    @Transactional
    public CollectionPlan set(String areaCode, int year, long plannedAmount) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (plannedAmount <= 0) {
            throw new InvalidInput("plannedAmount", "must be a whole number of VND above 0");
        }
        Area area = areas.area(areaCode);
        Optional<CollectionPlan> before = of(area.code(), year);
        jdbc.sql("""
                        insert into collection_plan (area_id, year, planned_amount, set_by, set_at)
                        values (:area, :year, :amount, :by, now())
                        on conflict (area_id, year) do update
                        set planned_amount = excluded.planned_amount, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("area", area.id()).param("year", year).param("amount", plannedAmount)
                .param("by", Actors.current().name())
                .update();
        CollectionPlan after = of(area.code(), year).orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "collection_plan", area.code() + "/" + year,
                before.map(CollectionPlans::auditView).orElse(null), auditView(after));
        return after;
    }

    private static Map<String, Object> auditView(CollectionPlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("areaCode", plan.areaCode());
        view.put("year", plan.year());
        view.put("plannedAmount", plan.plannedAmount());
        return view;
    }
}
