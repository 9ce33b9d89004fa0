package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Collection figures of an area for a year, at the close of {@code asOf} (RULES.md §11):
 * <ul>
 * <li>{@code collected}: money received in the year up to {@code asOf} (BANK postings of journals booked on those
 * days: payments, less refunds) from payers of every kind whose employer, person (voluntary SI) or household commune
 * lies in the area, whether it settled dues, interest or is still held as credit. Budget payers have no commune and
 * are not counted.</li>
 * <li>{@code plannedAmount}: the area's plan for the year (null when none is set), and {@code shareOfPlanPercent} =
 * collected / plan.</li>
 * <li>{@code duesYearToDate}, {@code debt} and {@code debtRatioPercent} as {@link DebtFigures} computes them for
 * employers: what was assessed for the contribution months of the year up to asOf, what of it and of earlier months
 * is unpaid after its deadline, and debt / dues. {@code debtShareOfPlanPercent} = debt / plan, the ratio the provincial
 * reports quote (seed 004: 108.3 billion = 3.24 % of a plan of which 1,085 billion was 32.49 %).</li>
 * </ul>
 * Percentages have two decimals, rounded half up; null when their denominator is missing or 0. {@code children}: the
 * same for each area one level down (the drill-down rows).
 */
public record AreaCollection(String areaCode, String areaName, int year, LocalDate asOf, long collected,
                             Long plannedAmount, BigDecimal shareOfPlanPercent, long duesYearToDate, long debt,
                             BigDecimal debtRatioPercent, BigDecimal debtShareOfPlanPercent,
                             List<AreaCollection> children) {

    /** part / whole in percent, two decimals, half up; null without a whole. */
    static BigDecimal percent(long part, Long whole) {
        if (whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}
