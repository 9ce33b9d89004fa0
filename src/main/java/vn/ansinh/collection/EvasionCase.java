package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An employer that evades contributions on a date: the contribution months unpaid past the evasion limit, the amount
 * unpaid for them, and the days since the oldest one's deadline.
 */
public record EvasionCase(String unitCode, String employerName, String address, LocalDate asOf, List<YearMonth> months,
                          long amount, long daysLate, LocalDate oldestDeadline) {
}
