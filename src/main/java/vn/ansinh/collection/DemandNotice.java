package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A monthly demand notice to an employer: what it owed at the end of the previous month ({@code debtAsOf}), by
 * contribution month and fund, the unpaid late-payment interest, how late the oldest month is, and whether any of it
 * is evasion.
 */
public record DemandNotice(String unitCode, String employerName, String taxCode, String address, String province,
                           YearMonth month,
                           LocalDate debtAsOf, Map<Fund, Long> debtByFund, long debt, long interest, long total,
                           YearMonth oldestMonth, long daysLate, boolean evasion, List<Line> months) {

    /** One contribution month of the debt. */
    public record Line(YearMonth month, LocalDate deadline, long daysLate, Map<Fund, Long> byFund, long amount,
                       boolean evasion) {
    }
}
