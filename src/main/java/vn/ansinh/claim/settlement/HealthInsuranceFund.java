package vn.ansinh.claim.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.area.Areas;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * The HI fund of an area against its budget (seed 004: spending 172 billion above the budget in 2022). Spending is
 * what appraisal approved on the current version of each claim of facilities in the area, by settlement month.
 * <p>
 * The year-end projection follows last year's shape when there is one: this year's spending so far times last year's
 * total over last year's spending in the same months (spending is seasonal); without a year before, the months so far
 * are extended evenly to twelve.
 */
@Service
@Transactional(readOnly = true)
public class HealthInsuranceFund {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Areas areas;
    private final AuditLog audit;

    HealthInsuranceFund(JdbcClient jdbc, Areas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    /** Sets (or replaces) the area's budget for the year, in whole VND. */
    @Transactional
    public void setBudget(String areaCode, int year, long amount, String legalReference) {
        Area area = area(areaCode);
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "must be between 2000 and 2100");
        }
        if (amount <= 0) {
            throw new InvalidInput("amount", "must be a positive amount in VND");
        }
        if (legalReference == null || legalReference.isBlank()) {
            throw new InvalidInput("legalReference", "is required: the decision that allots the budget");
        }
        Long before = budget(area, year);
        jdbc.sql("""
                        insert into hi_budget (area_id, year, amount, legal_reference, set_by)
                        values (:area, :year, :amount, :reference, :by)
                        on conflict (area_id, year) do update set amount = excluded.amount,
                            legal_reference = excluded.legal_reference, set_by = excluded.set_by, set_at = now()""")
                .param("area", area.id()).param("year", year).param("amount", amount)
                .param("reference", legalReference.strip()).param("by", Actors.current().name()).update();
        audit.record("SET_HI_BUDGET", "hi_budget", area.code() + ":" + year,
                before == null ? null : Map.of("amount", before), Map.of("amount", amount, "legalReference", legalReference.strip()));
    }

    /** The area's position for the year through the settlement month {@code asOf} (a month of that year). */
    public FundPosition ofArea(String areaCode, int year, YearMonth asOf) {
        if (asOf == null || asOf.getYear() != year) {
            throw new InvalidInput("asOf", "must be a month of " + year);
        }
        Area area = area(areaCode);
        Map<YearMonth, BigDecimal> approved = new HashMap<>();
        BigDecimal[] inReview = {BigDecimal.ZERO};
        jdbc.sql("""
                        select c.settlement_month,
                               coalesce(sum(a.approved) filter (where a.outcome in ('ACCEPTED', 'ACCEPTED_WITH_DEDUCTIONS')), 0),
                               coalesce(sum(c.fund_pays) filter (where a.outcome = 'IN_REVIEW'), 0)
                        from claim c
                             join claim_appraisal a on a.claim_id = c.id
                             join health_facility f on f.code = c.facility_code
                             join area ar on ar.id = f.commune_id
                        where c.current and starts_with(ar.path, :path)
                          and c.settlement_month between :from and :to
                        group by 1""")
                .param("path", area.path()).param("from", LocalDate.of(year - 1, 1, 1)).param("to", asOf.atDay(1))
                .query((rs, i) -> {
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    approved.put(month, rs.getBigDecimal(2));
                    if (month.getYear() == year) {
                        inReview[0] = inReview[0].add(rs.getBigDecimal(3));
                    }
                    return month;
                }).list();
        List<FundPosition.Month> months = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal lastYearSameMonths = BigDecimal.ZERO;
        for (int m = 1; m <= asOf.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(year, m);
            BigDecimal now = approved.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal before = approved.getOrDefault(month.minusYears(1), BigDecimal.ZERO);
            months.add(new FundPosition.Month(month, now, before));
            spent = spent.add(now);
            lastYearSameMonths = lastYearSameMonths.add(before);
        }
        BigDecimal lastYearTotal = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            lastYearTotal = lastYearTotal.add(approved.getOrDefault(YearMonth.of(year - 1, m), BigDecimal.ZERO));
        }
        BigDecimal projected;
        String basis;
        if (lastYearSameMonths.signum() > 0) {
            projected = spent.multiply(lastYearTotal).divide(lastYearSameMonths, 0, RoundingMode.HALF_UP);
            basis = "spent so far x last year's total / last year's spending in the same months";
        } else {
            projected = spent.multiply(BigDecimal.valueOf(12))
                    .divide(BigDecimal.valueOf(asOf.getMonthValue()), 0, RoundingMode.HALF_UP);
            basis = "spent so far extended evenly to twelve months (no spending the year before)";
        }
        Long budget = budget(area, year);
        return new FundPosition(area.code(), area.name(), year, asOf, budget, spent, inReview[0], projected,
                percent(spent, budget), percent(projected, budget), basis, months);
    }

    private Long budget(Area area, int year) {
        return jdbc.sql("select amount from hi_budget where area_id = :area and year = :year")
                .param("area", area.id()).param("year", year).query(Long.class).optional().orElse(null);
    }

    private Area area(String areaCode) {
        Area area = areas.byCode(areaCode).orElseThrow(() -> new NotFound("area", areaCode));
        Actors.requireInScope(area.path(), "area " + areaCode);
        return area;
    }

    private static BigDecimal percent(BigDecimal amount, Long budget) {
        return budget == null ? null : amount.multiply(HUNDRED).divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP);
    }
}
