package vn.ansinh.parameter;

import static vn.ansinh.parameter.ParameterUnit.DAYS;
import static vn.ansinh.parameter.ParameterUnit.DAY_OF_MONTH;
import static vn.ansinh.parameter.ParameterUnit.HEADCOUNT;
import static vn.ansinh.parameter.ParameterUnit.MONTHS;
import static vn.ansinh.parameter.ParameterUnit.MULTIPLE;
import static vn.ansinh.parameter.ParameterUnit.PERCENT;
import static vn.ansinh.parameter.ParameterUnit.VND;
import static vn.ansinh.parameter.ParameterUnit.YEARS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.InvalidInput;

/**
 * The one list of reference parameter codes, with their unit and the qualifiers each accepts (an empty list: the
 * code takes no qualifier). The values live in table {@code reference_parameter}; a test keeps the two in step.
 * Qualifiers that combine two things join them with a colon: fund and payer, level and kind of care.
 */
public enum ParameterCode {

    // §3 Reference amounts
    BASE_SALARY(VND, "Base salary (luong co so), from 2025-07-01 also the reference level, per month"),
    REGIONAL_MINIMUM_WAGE(VND, "Regional minimum wage per month; the qualifier is the employer's wage region",
            "I", "II", "III", "IV"),
    RURAL_POVERTY_LINE(VND, "Rural poverty line per month, the floor of the voluntary SI income"),

    // §4 Compulsory contributions
    CONTRIBUTION_RATE(PERCENT, "Compulsory contribution rate, percent of the monthly SI salary, per FUND:PAYER",
            "RETIREMENT:EMPLOYER", "RETIREMENT:EMPLOYEE",
            "SICKNESS_MATERNITY:EMPLOYER", "SICKNESS_MATERNITY:EMPLOYEE",
            "OCCUPATIONAL_ACCIDENT:EMPLOYER", "OCCUPATIONAL_ACCIDENT:EMPLOYER_REDUCED", "OCCUPATIONAL_ACCIDENT:EMPLOYEE",
            "UNEMPLOYMENT:EMPLOYER", "UNEMPLOYMENT:EMPLOYEE",
            "HEALTH:EMPLOYER", "HEALTH:EMPLOYEE"),
    SI_HI_SALARY_CEILING_MULTIPLE(MULTIPLE, "Ceiling of the SI and HI salary as a multiple of BASE_SALARY"),
    UI_SALARY_CEILING_MULTIPLE(MULTIPLE, "Ceiling of the UI salary as a multiple of the employer's REGIONAL_MINIMUM_WAGE"),
    UNPAID_DAYS_THRESHOLD(DAYS, "Unpaid working days in a month from which no contribution is due"),
    CONTRIBUTION_DEADLINE_MONTHS(MONTHS, "Months after the contribution month whose last day is the payment deadline"),

    // §5 Voluntary SI and household or subsidised HI
    VOLUNTARY_SI_RATE(PERCENT, "Voluntary SI rate, percent of the chosen monthly income"),
    VOLUNTARY_SI_INCOME_CEILING_MULTIPLE(MULTIPLE, "Ceiling of the voluntary SI income as a multiple of BASE_SALARY"),
    VOLUNTARY_SI_MAX_ADVANCE_YEARS(YEARS, "Years of voluntary SI that may be paid ahead"),
    VOLUNTARY_SI_SUPPORT_SHARE(PERCENT, "State support on voluntary SI, percent of VOLUNTARY_SI_RATE x RURAL_POVERTY_LINE",
            "POOR", "NEAR_POOR", "ETHNIC_MINORITY", "OTHER"),
    VOLUNTARY_SI_SUPPORT_MAX_YEARS(YEARS, "Years for which the state supports voluntary SI"),
    HI_RATE(PERCENT, "HI rate, percent of salary, pension, allowance, UI benefit or base salary"),
    HOUSEHOLD_HI_MEMBER_RATIO(PERCENT, "Household HI contribution of the n-th member as percent of the first's; 5 = fifth and later",
            "1", "2", "3", "4", "5"),
    HI_BUDGET_SUPPORT_SHARE(PERCENT, "Share of the HI contribution the state budget pays or supports at least, per group",
            "POOR", "CHILD_UNDER_6", "NEAR_POOR_IN_POOR_COMMUNE", "SOCIAL_PROTECTION", "MERITORIOUS_SERVICE",
            "NEAR_POOR", "PUPIL_STUDENT", "FARM_AVERAGE", "AGED_70_TO_80"),

    // §6 HI card benefit level
    HI_BENEFIT_LEVEL(PERCENT, "Share of covered cost the HI fund pays, per benefit digit of the card number",
            "1", "2", "3", "4", "5"),

    // §7 HI claim payment
    HI_SMALL_VISIT_THRESHOLD_SHARE(PERCENT, "A visit costing less than this percent of BASE_SALARY is paid 100 %"),
    HI_CONTINUITY_YEARS(YEARS, "Consecutive years of HI for the yearly co-payment cap"),
    HI_CONTINUITY_MAX_GAP_MONTHS(MONTHS, "Longest gap that keeps HI years consecutive"),
    HI_CO_PAYMENT_CAP_MULTIPLE(MULTIPLE, "Yearly co-payment cap as a multiple of BASE_SALARY for HI_CONTINUITY_YEARS holders"),
    HI_OUT_OF_ROUTE_SHARE(PERCENT, "Out-of-route multiplier of the card level, per LEVEL:KIND: route levels until 2024, technical levels from 2025",
            "CENTRAL:INPATIENT", "CENTRAL:OUTPATIENT", "PROVINCIAL:INPATIENT", "PROVINCIAL:OUTPATIENT",
            "DISTRICT:INPATIENT", "DISTRICT:OUTPATIENT", "INITIAL:INPATIENT", "INITIAL:OUTPATIENT",
            "BASIC:INPATIENT", "BASIC:OUTPATIENT", "SPECIALISED:INPATIENT", "SPECIALISED:OUTPATIENT"),
    HI_CARD_GRACE_DAYS(DAYS, "Days after expiry a card stays payable for treatment that began before"),
    EXAMINATION_FEE_RATIO(PERCENT, "TYLE_TT_DV of the n-th examination the same day at the same facility; 6 = sixth and later",
            "1", "2", "3", "4", "5", "6"),

    // §9 Benefits
    SICKNESS_BENEFIT_RATE(PERCENT, "Sickness benefit, percent of the previous month's SI salary"),
    SICKNESS_DAILY_DIVISOR(DAYS, "Working days a monthly salary is divided by for a day of sickness benefit"),
    SICKNESS_MAX_DAYS(DAYS, "Sickness days a year per WORK:YEARS_OF_CONTRIBUTIONS band",
            "NORMAL:UNDER_15_YEARS", "NORMAL:15_TO_30_YEARS", "NORMAL:30_YEARS_PLUS",
            "HEAVY:UNDER_15_YEARS", "HEAVY:15_TO_30_YEARS", "HEAVY:30_YEARS_PLUS"),
    MATERNITY_BENEFIT_RATE(PERCENT, "Maternity benefit, percent of the average SI salary"),
    MATERNITY_AVERAGE_SALARY_MONTHS(MONTHS, "Months before leave averaged for the maternity benefit"),
    MATERNITY_LEAVE_MONTHS(MONTHS, "Months of maternity leave"),
    MATERNITY_LUMP_SUM_MULTIPLE(MULTIPLE, "Maternity lump sum per child as a multiple of BASE_SALARY"),
    MATERNITY_QUALIFYING_MONTHS(MONTHS, "Months of contributions needed within MATERNITY_QUALIFYING_WINDOW_MONTHS"),
    MATERNITY_QUALIFYING_WINDOW_MONTHS(MONTHS, "Months before birth in which MATERNITY_QUALIFYING_MONTHS are counted"),
    FUNERAL_ALLOWANCE_MULTIPLE(MULTIPLE, "Funeral allowance as a multiple of BASE_SALARY in the month of death"),
    FUNERAL_QUALIFYING_MONTHS(MONTHS, "Months of contributions for the funeral allowance"),
    ONE_TIME_WITHDRAWAL_MONTHS_PER_YEAR(MONTHS, "Months of average SI salary per year of contributions, one-time withdrawal",
            "BEFORE_2014", "FROM_2014"),
    ONE_TIME_WITHDRAWAL_UNDER_A_YEAR_CAP_MONTHS(MONTHS, "Cap, in months of average SI salary, for under a year of contributions"),
    PENSION_BASE_RATE(PERCENT, "Pension rate reached at PENSION_BASE_YEARS", "FEMALE", "MALE", "MALE_SHORT_SERVICE"),
    PENSION_BASE_YEARS(YEARS, "Years of contributions for PENSION_BASE_RATE", "FEMALE", "MALE", "MALE_SHORT_SERVICE"),
    PENSION_ACCRUAL_RATE(PERCENT, "Pension rate added per further year", "STANDARD", "MALE_SHORT_SERVICE"),
    PENSION_MAX_RATE(PERCENT, "Highest pension rate"),
    PENSION_EARLY_RETIREMENT_REDUCTION(PERCENT, "Pension rate taken off per year of early retirement"),
    UNEMPLOYMENT_BENEFIT_RATE(PERCENT, "Unemployment benefit, percent of the average UI salary"),
    UNEMPLOYMENT_BENEFIT_AVERAGE_MONTHS(MONTHS, "Months averaged for the unemployment benefit"),
    UNEMPLOYMENT_BENEFIT_CAP_MULTIPLE(MULTIPLE, "Unemployment benefit cap as a multiple of REGIONAL_MINIMUM_WAGE"),
    UNEMPLOYMENT_BENEFIT_BASE_MONTHS(MONTHS, "Months of benefit for 12-36 months of contributions (+1 per further 12)"),
    UNEMPLOYMENT_BENEFIT_MAX_MONTHS(MONTHS, "Longest unemployment benefit"),
    UNEMPLOYMENT_QUALIFYING_MONTHS(MONTHS, "Months of UI contributions needed within UNEMPLOYMENT_QUALIFYING_WINDOW_MONTHS"),
    UNEMPLOYMENT_QUALIFYING_WINDOW_MONTHS(MONTHS, "Months before the contract ended in which contributions are counted"),

    // §10 Late payment and evasion
    LATE_PAYMENT_INTEREST_MULTIPLE(MULTIPLE, "Until 2025-06-30: interest as a multiple of the SI fund's previous-year investment rate (SI, monthly) or the interbank rate (HI)",
            "SI", "HI"),
    LATE_PAYMENT_DAYS_THRESHOLD(DAYS, "Until 2025-06-30: days late from which interest is due"),
    LATE_PAYMENT_DAILY_INTEREST_RATE(PERCENT, "From 2025-07-01: interest per day late, percent of the amount"),
    EVASION_AFTER_DAYS(DAYS, "Days after the deadline from which late payment is evasion"),
    DEMAND_NOTICE_BY_DAY(DAY_OF_MONTH, "Day of the month by which the SI office sends demand notices"),
    SI_FUND_INVESTMENT_RATE(PERCENT, "Until 2025-06-30: the SI fund's average investment rate of a year, percent a year, in force during that year (the interest uses the previous year's)"),
    INTERBANK_RATE(PERCENT, "Until 2025-06-30: the interbank rate, percent a year, that LATE_PAYMENT_INTEREST_MULTIPLE 'HI' multiplies"),

    // Employer register: size class by average headcount (Decree 80/2021/ND-CP)
    SME_HEADCOUNT_LIMIT(HEADCOUNT, "Largest headcount of a CLASS:SECTOR_GROUP enterprise",
            "MICRO:GENERAL", "SMALL:GENERAL", "MEDIUM:GENERAL",
            "MICRO:TRADE_SERVICES", "SMALL:TRADE_SERVICES", "MEDIUM:TRADE_SERVICES");

    private static final List<String> WAGE_REGIONS = List.of("I", "II", "III", "IV");

    private final ParameterUnit unit;
    private final String description;
    private final List<String> qualifiers;

    ParameterCode(ParameterUnit unit, String description, String... qualifiers) {
        this.unit = unit;
        this.description = description;
        this.qualifiers = List.of(qualifiers);
    }

    public ParameterUnit unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** The qualifiers this code accepts; empty when it takes none. */
    public List<String> qualifiers() {
        return qualifiers;
    }

    public static Optional<ParameterCode> find(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /**
     * The qualifier as stored: {@code ""} for a code without qualifiers. Throws {@link InvalidInput} on field
     * {@code qualifier} when one is missing, unexpected or unknown.
     */
    public String requireQualifier(String qualifier) {
        String q = qualifier == null ? "" : qualifier.trim();
        if (qualifiers.isEmpty()) {
            if (!q.isEmpty()) {
                throw new InvalidInput("qualifier", name() + " takes no qualifier, got '" + q + "'");
            }
            return "";
        }
        if (!qualifiers.contains(q)) {
            throw new InvalidInput("qualifier", (q.isEmpty() ? "required" : "'" + q + "' is not known") + " for " + name()
                    + "; expected one of " + String.join(", ", qualifiers));
        }
        return q;
    }

    /** The REGIONAL_MINIMUM_WAGE qualifier of a wage region 1..4. */
    public static String wageRegion(int region) {
        if (region < 1 || region > WAGE_REGIONS.size()) {
            throw new InvalidInput("wageRegion", "must be between 1 and 4, was " + region);
        }
        return WAGE_REGIONS.get(region - 1);
    }
}
