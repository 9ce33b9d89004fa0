package vn.ansinh.claim.settlement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A province's (or district's) HI spending in a year against the budget allotted to it, through {@code asOf}.
 *
 * @param budget          the allotted budget, null when none is set
 * @param spent           approved claims of the year's settlement months through {@code asOf}
 * @param inReview        what claims waiting for an appraiser ask, not yet in {@code spent}
 * @param projectedYearEnd the year's spending projected from the months so far (see {@link HealthInsuranceFund})
 * @param projectionBasis how the projection was made, in words
 * @param months          approved spending per settlement month of the year through {@code asOf}, and the year before
 */
public record FundPosition(String areaCode, String areaName, int year, YearMonth asOf, Long budget, BigDecimal spent,
                           BigDecimal inReview, BigDecimal projectedYearEnd, BigDecimal spentShareOfBudgetPercent,
                           BigDecimal projectedShareOfBudgetPercent, String projectionBasis, List<Month> months) {

    public record Month(YearMonth month, BigDecimal approved, BigDecimal approvedYearBefore) {
    }
}
