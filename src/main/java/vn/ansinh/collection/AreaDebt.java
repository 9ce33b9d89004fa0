package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Employers' debt in an area at the close of a day: contributions unpaid after their deadline by age, unpaid interest,
 * and the debt ratio = debt / what was assessed for the contribution months of the year to date, in percent (null
 * when nothing was assessed). {@code children}: the same figures for each area one level down.
 */
public record AreaDebt(String areaCode, String areaName, LocalDate asOf, Map<DebtAge, Long> debtByAge, long debt,
                       long interest, long duesYearToDate, BigDecimal debtRatioPercent, int employersInDebt,
                       List<AreaDebt> children) {
}
