package vn.ansinh.claim.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.shared.InvalidInput;

/** A month ({@code 2025-03}), a quarter ({@code 2025-Q1}) or a year of settlement, by the claims' settlement month. */
public record SettlementPeriod(String label, YearMonth first, YearMonth last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static SettlementPeriod parse(String field, String text) {
        if (text == null) {
            throw new InvalidInput(field, "is required, as a month (2025-03) or a quarter (2025-Q1)");
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            YearMonth m = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new SettlementPeriod(text, m, m);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
            return new SettlementPeriod(text, first, first.plusMonths(2));
        }
        if (YEAR.matcher(text).matches()) {
            return year(Integer.parseInt(text));
        }
        throw new InvalidInput(field, "must be a month (2025-03), a quarter (2025-Q1) or a year (2025), was " + text);
    }

    public static SettlementPeriod year(int year) {
        return new SettlementPeriod(String.valueOf(year), YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    /** The first day of the last month: claims carry their settlement month as its first day. */
    LocalDate lastMonthStart() {
        return last.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    /** The same period one year earlier, for growth. */
    SettlementPeriod yearBefore() {
        return new SettlementPeriod(label.replaceFirst("^\\d{4}", String.valueOf(first.getYear() - 1)),
                first.minusYears(1), last.minusYears(1));
    }
}
