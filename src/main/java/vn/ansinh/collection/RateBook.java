package vn.ansinh.collection;

import static vn.ansinh.parameter.ParameterCode.BASE_SALARY;
import static vn.ansinh.parameter.ParameterCode.CONTRIBUTION_RATE;
import static vn.ansinh.parameter.ParameterCode.HI_BUDGET_SUPPORT_SHARE;
import static vn.ansinh.parameter.ParameterCode.HI_RATE;
import static vn.ansinh.parameter.ParameterCode.HOUSEHOLD_HI_MEMBER_RATIO;
import static vn.ansinh.parameter.ParameterCode.REGIONAL_MINIMUM_WAGE;
import static vn.ansinh.parameter.ParameterCode.RURAL_POVERTY_LINE;
import static vn.ansinh.parameter.ParameterCode.SI_HI_SALARY_CEILING_MULTIPLE;
import static vn.ansinh.parameter.ParameterCode.UI_SALARY_CEILING_MULTIPLE;
import static vn.ansinh.parameter.ParameterCode.UNPAID_DAYS_THRESHOLD;
import static vn.ansinh.parameter.ParameterCode.VOLUNTARY_SI_INCOME_CEILING_MULTIPLE;
import static vn.ansinh.parameter.ParameterCode.VOLUNTARY_SI_RATE;
import static vn.ansinh.parameter.ParameterCode.VOLUNTARY_SI_SUPPORT_SHARE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.ansinh.parameter.NotInForce;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;

/**
 * Every rate, amount and threshold a contribution depends on, as in force on the first day of one contribution
 * month: a change during a month (a new base salary from 1 July, say) applies from the next month on which it is
 * in force on the first day. Built by {@link RateBooks}; immutable, so a batch assessing a month reads it once and
 * feeds its figures to SQL, and {@link ContributionCalculator} quotes from the same figures.
 *
 * <p>A value missing for the month (a date before the recorded history) fails only when asked for, with
 * {@link NotInForce} naming the field {@code month}: a household HI quote does not need an accident rate.
 */
public final class RateBook {

    /** The codes a rate book holds, each with every qualifier it accepts. */
    static final List<ParameterCode> CODES = List.of(BASE_SALARY, REGIONAL_MINIMUM_WAGE, RURAL_POVERTY_LINE,
            CONTRIBUTION_RATE, SI_HI_SALARY_CEILING_MULTIPLE, UI_SALARY_CEILING_MULTIPLE, UNPAID_DAYS_THRESHOLD,
            VOLUNTARY_SI_RATE, VOLUNTARY_SI_INCOME_CEILING_MULTIPLE, VOLUNTARY_SI_SUPPORT_SHARE, HI_RATE,
            HOUSEHOLD_HI_MEMBER_RATIO, HI_BUDGET_SUPPORT_SHARE);

    /** The HOUSEHOLD_HI_MEMBER_RATIO qualifier that stands for this member and every later one. */
    private static final int LAST_MEMBER_RATIO = 5;

    /**
     * A compulsory contribution rate that applies to a worker: {@code ratePercent} of the salary capped at
     * {@link #ceilingFor(Fund, int)}.
     */
    public record CompulsoryRate(Fund fund, ContributionPayer payer, BigDecimal ratePercent, String legalReference) {
    }

    private final YearMonth month;
    private final Map<String, ParameterValue> values = new HashMap<>();
    private final Map<String, NotInForce> missing = new HashMap<>();
    private final Long siHiCeiling;
    private final Map<Integer, Long> uiCeilings;

    /**
     * @param inForce     the periods of {@link #CODES} in force on the first day of the month
     * @param notInForce  why the others are missing
     * @param siHiCeiling the SI and HI salary ceiling as {@code Parameters} derives it; null when not in force
     * @param uiCeilings  the UI salary ceiling per wage region (1..4) as {@code Parameters} derives it; regions
     *                    without one are absent
     */
    RateBook(YearMonth month, Collection<ParameterValue> inForce, Collection<NotInForce> notInForce, Long siHiCeiling,
             Map<Integer, Long> uiCeilings) {
        this.month = Objects.requireNonNull(month);
        inForce.forEach(v -> values.put(key(v.code(), v.qualifier()), v));
        notInForce.forEach(e -> missing.put(key(e.code(), e.qualifier()), e));
        this.siHiCeiling = siHiCeiling;
        this.uiCeilings = Map.copyOf(uiCeilings);
    }

    public YearMonth month() {
        return month;
    }

    /** The day whose parameters this book holds: the first of the contribution month. */
    public LocalDate inForceOn() {
        return month.atDay(1);
    }

    /** The period of a parameter in force, with its legal reference; {@link NotInForce} on {@code month} if none. */
    public ParameterValue parameter(ParameterCode code, String qualifier) {
        String q = code.requireQualifier(qualifier);
        ParameterValue value = values.get(key(code.name(), q));
        if (value != null) {
            return value;
        }
        NotInForce why = missing.get(key(code.name(), q));
        if (why != null) {
            throw why.forField("month");
        }
        throw new IllegalArgumentException(code + " is not held by a rate book");
    }

    // Compulsory contributions (RULES.md §4)

    public long baseSalary() {
        return amount(BASE_SALARY, null);
    }

    /** The floor of the monthly SI salary: the regional minimum wage of the employer's wage region (1..4). */
    public long salaryFloor(int wageRegion) {
        return amount(REGIONAL_MINIMUM_WAGE, ParameterCode.wageRegion(wageRegion));
    }

    /** 20 x base salary (46,800,000 from Jul 2024): the ceiling of the salary for SI funds and HI. */
    public long siHiSalaryCeiling() {
        parameter(BASE_SALARY, null);
        parameter(SI_HI_SALARY_CEILING_MULTIPLE, null);
        return Objects.requireNonNull(siHiCeiling, "SI and HI ceiling");
    }

    /** 20 x the regional minimum wage (99,200,000 region I from Jul 2024): the ceiling of the UI salary. */
    public long uiSalaryCeiling(int wageRegion) {
        salaryFloor(wageRegion);
        parameter(UI_SALARY_CEILING_MULTIPLE, null);
        return Objects.requireNonNull(uiCeilings.get(wageRegion), "UI ceiling");
    }

    /** The ceiling of the salary a fund's contribution is assessed on: UI has its own, every other fund the SI one. */
    public long ceilingFor(Fund fund, int wageRegion) {
        return fund == Fund.UNEMPLOYMENT ? uiSalaryCeiling(wageRegion) : siHiSalaryCeiling();
    }

    /** Unpaid working days in the month from which nothing is owed (maternity leave counts as paid). */
    public int unpaidDaysThreshold() {
        return parameter(UNPAID_DAYS_THRESHOLD, null).value().intValueExact();
    }

    /**
     * The recorded rate of a fund for EMPLOYER or EMPLOYEE; {@code reducedAccidentRate} takes the employer's
     * occupational accident rate of approved employers (0.3 %) and changes nothing else.
     */
    public BigDecimal contributionRatePercent(Fund fund, ContributionPayer payer, boolean reducedAccidentRate) {
        return contributionRate(fund, payer, reducedAccidentRate).value();
    }

    /**
     * The rates a worker contributes at, one per fund and payer (employer first), in fund order. Foreign workers
     * take part in SI and HI like Vietnamese workers but not in UI (RULES.md §4 names no other difference; their
     * SI is assumed to cover every SI fund at the same rates).
     */
    public List<CompulsoryRate> compulsoryRates(boolean foreignWorker, boolean reducedAccidentRate) {
        List<CompulsoryRate> rates = new ArrayList<>();
        for (Fund fund : Fund.values()) {
            if (fund == Fund.UNEMPLOYMENT && foreignWorker) {
                continue;
            }
            for (ContributionPayer payer : List.of(ContributionPayer.EMPLOYER, ContributionPayer.EMPLOYEE)) {
                ParameterValue rate = contributionRate(fund, payer, reducedAccidentRate);
                rates.add(new CompulsoryRate(fund, payer, rate.value(), rate.legalReference()));
            }
        }
        return rates;
    }

    private ParameterValue contributionRate(Fund fund, ContributionPayer payer, boolean reducedAccidentRate) {
        if (payer != ContributionPayer.EMPLOYER && payer != ContributionPayer.EMPLOYEE) {
            throw new IllegalArgumentException("compulsory rates are recorded for EMPLOYER and EMPLOYEE, not " + payer);
        }
        boolean reduced = reducedAccidentRate && fund == Fund.OCCUPATIONAL_ACCIDENT && payer == ContributionPayer.EMPLOYER
                // Before a reduced rate existed, an approval reduced nothing: the standard rate applies.
                && values.containsKey(key(CONTRIBUTION_RATE.name(), "OCCUPATIONAL_ACCIDENT:EMPLOYER_REDUCED"));
        return parameter(CONTRIBUTION_RATE, fund.name() + ":" + (reduced ? "EMPLOYER_REDUCED" : payer.name()));
    }

    // Voluntary SI and household or subsidised HI (RULES.md §5)

    /** The floor of the voluntary SI income, and the base of the state support on it. */
    public long ruralPovertyLine() {
        return amount(RURAL_POVERTY_LINE, null);
    }

    public BigDecimal voluntarySiRatePercent() {
        return parameter(VOLUNTARY_SI_RATE, null).value();
    }

    /** VOLUNTARY_SI_INCOME_CEILING_MULTIPLE x base salary: the highest income voluntary SI may be paid on. */
    public long voluntaryIncomeCeiling() {
        // A multiple of n is n x 100 percent.
        return Dong.percentOf(baseSalary(), parameter(VOLUNTARY_SI_INCOME_CEILING_MULTIPLE, null).value().scaleByPowerOfTen(2));
    }

    /** The state support as percent of VOLUNTARY_SI_RATE x RURAL_POVERTY_LINE. */
    public BigDecimal voluntarySupportSharePercent(VoluntarySupportCategory category) {
        return parameter(VOLUNTARY_SI_SUPPORT_SHARE, category.name()).value();
    }

    /** 4.5 % of salary, pension, allowance, UI benefit or base salary. */
    public BigDecimal hiRatePercent() {
        return parameter(HI_RATE, null).value();
    }

    /** The n-th household member's HI (1 = first) as percent of the first's; the fifth and later share one ratio. */
    public BigDecimal householdMemberRatioPercent(int member) {
        return householdMemberRatio(member).value();
    }

    /** The period of the n-th member's ratio, with its legal reference. */
    public ParameterValue householdMemberRatio(int member) {
        if (member < 1) {
            throw new IllegalArgumentException("household members count from 1, was " + member);
        }
        return parameter(HOUSEHOLD_HI_MEMBER_RATIO, String.valueOf(Math.min(member, LAST_MEMBER_RATIO)));
    }

    /** The share of the HI contribution the state budget pays (100) or supports at least, for a group. */
    public BigDecimal hiBudgetSupportSharePercent(HiSupportGroup group) {
        return parameter(HI_BUDGET_SUPPORT_SHARE, group.name()).value();
    }

    private long amount(ParameterCode code, String qualifier) {
        return parameter(code, qualifier).value().longValueExact();
    }

    private static String key(String code, String qualifier) {
        return code + "|" + (qualifier == null ? "" : qualifier);
    }
}
