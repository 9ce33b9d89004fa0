package vn.ansinh.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ansinh.parameter.NotInForce;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;
import vn.ansinh.parameter.Parameters;

/**
 * Late-payment interest of employers (RULES.md §10), by the rule in force in each calendar month:
 * <ul>
 * <li>while LATE_PAYMENT_INTEREST_MULTIPLE is in force (until 2025-06-30), interest is computed monthly: a due still
 * unpaid at the end of a month and at least LATE_PAYMENT_DAYS_THRESHOLD days past its deadline then bears
 * multiple x yearly rate / 12 on what is unpaid. The yearly rate is the SI fund's investment rate of the previous
 * year (SI_FUND_INVESTMENT_RATE) for the social and unemployment insurance funds, the interbank rate (INTERBANK_RATE,
 * with the 'HI' multiple) for health insurance. RULES.md gives no rule of its own for unemployment insurance; it
 * follows the SI one.</li>
 * <li>on days LATE_PAYMENT_DAILY_INTEREST_RATE is in force (from 2025-07-01), every day after the deadline bears the
 * daily rate on the amount late that day ({@link DueHistory#lateDuring}): 10,000,000 late for 46 days at 0.03 % is
 * 138,000.</li>
 * </ul>
 * A due late across 2025-07-01 thus bears monthly interest up to June and daily interest from July. Each month's
 * interest is whole VND, rounded half up once per due (contribution month and fund) and charging month, and once per
 * rule should a month ever carry both.
 */
@Component
class LatePaymentInterest {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Parameters parameters;

    LatePaymentInterest(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The interest rule of one calendar month, its parameters read once for every due charged in the month. */
    MonthRule ruleFor(YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        List<ParameterValue> daily = parameters.history(ParameterCode.LATE_PAYMENT_DAILY_INTEREST_RATE.name(), null);
        BigDecimal[] dailyRates = new BigDecimal[month.lengthOfMonth()];
        boolean anyDaily = false;
        for (int day = 1; day <= dailyRates.length; day++) {
            LocalDate date = month.atDay(day);
            dailyRates[day - 1] = daily.stream().filter(p -> p.inForceOn(date)).findFirst()
                    .map(ParameterValue::value).orElse(null);
            anyDaily |= dailyRates[day - 1] != null;
        }
        Optional<Monthly> monthly = inForce(ParameterCode.LATE_PAYMENT_INTEREST_MULTIPLE, "SI", last).map(siMultiple ->
                new Monthly(
                        parameters.valueOf(ParameterCode.LATE_PAYMENT_DAYS_THRESHOLD, last).intValueExact(),
                        siMultiple.multiply(parameters.valueOf(ParameterCode.SI_FUND_INVESTMENT_RATE,
                                LocalDate.of(month.getYear() - 1, 12, 31))),
                        parameters.valueOf(ParameterCode.LATE_PAYMENT_INTEREST_MULTIPLE, "HI", last)
                                .multiply(parameters.valueOf(ParameterCode.INTERBANK_RATE, last))));
        if (!anyDaily && monthly.isEmpty()) {
            throw new NotInForce("month", ParameterCode.LATE_PAYMENT_DAILY_INTEREST_RATE.name(), null, last);
        }
        return new MonthRule(month, monthly.orElse(null), anyDaily ? dailyRates : null);
    }

    /** Interest over whole months from..to, each by its own rule: what a due bears across a change of rule. */
    long accrued(DueHistory due, YearMonth from, YearMonth to) {
        long total = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            total += ruleFor(m).apply(due).amount();
        }
        return total;
    }

    private Optional<BigDecimal> inForce(ParameterCode code, String qualifier, LocalDate on) {
        return parameters.history(code.name(), qualifier).stream().filter(p -> p.inForceOn(on)).findFirst()
                .map(ParameterValue::value);
    }

    /** The monthly rule: rates are percent a year, already multiplied (2 x 5 % = 10). */
    record Monthly(int thresholdDays, BigDecimal siYearlyPercent, BigDecimal hiYearlyPercent) {

        BigDecimal yearlyPercent(Fund fund) {
            return fund == Fund.HEALTH ? hiYearlyPercent : siYearlyPercent;
        }
    }

    /** The rule of one month: the monthly part, the daily rate (percent) of each day, or both. */
    record MonthRule(YearMonth month, Monthly monthly, BigDecimal[] dailyPercent) {

        InterestCharge apply(DueHistory due) {
            LocalDate last = month.atEndOfMonth();
            long amount = 0;
            StringBuilder basis = new StringBuilder();
            if (monthly != null) {
                long late = due.outstandingAtEndOf(last);
                long days = PaymentDeadlines.daysLate(due.deadline(), last);
                if (late > 0 && days >= monthly.thresholdDays()) {
                    BigDecimal yearly = monthly.yearlyPercent(due.fund());
                    long part = BigDecimal.valueOf(late).multiply(yearly)
                            .divide(HUNDRED.multiply(MONTHS_A_YEAR), 0, RoundingMode.HALF_UP).longValueExact();
                    amount += part;
                    basis.append(late).append(" unpaid ").append(days).append(" days at ").append(last)
                            .append(" x ").append(yearly.stripTrailingZeros().toPlainString()).append(" % a year / 12");
                }
            }
            if (dailyPercent != null) {
                BigDecimal sum = BigDecimal.ZERO;
                long lateDays = 0;
                Set<BigDecimal> rates = new TreeSet<>();
                for (int day = 1; day <= dailyPercent.length; day++) {
                    LocalDate date = month.atDay(day);
                    long late = due.lateDuring(date);
                    if (dailyPercent[day - 1] != null && date.isAfter(due.deadline()) && late > 0) {
                        sum = sum.add(BigDecimal.valueOf(late).multiply(dailyPercent[day - 1]));
                        rates.add(dailyPercent[day - 1].stripTrailingZeros());
                        lateDays++;
                    }
                }
                if (lateDays > 0) {
                    amount += sum.divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
                    if (!basis.isEmpty()) {
                        basis.append("; ");
                    }
                    basis.append(lateDays).append(" days late in the month at ")
                            .append(rates.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")))
                            .append(" % a day on what was late each day");
                }
            }
            return new InterestCharge(due.period(), due.fund(), month, amount, basis.toString());
        }
    }

    /** Interest one due bears for one month, and how it was worked out. */
    record InterestCharge(YearMonth period, Fund fund, YearMonth month, long amount, String basis) {
    }
}
