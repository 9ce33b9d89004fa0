package vn.ansinh.collection;

import static vn.ansinh.collection.ContributionPayer.HOUSEHOLD;
import static vn.ansinh.collection.ContributionPayer.PARTICIPANT;
import static vn.ansinh.collection.ContributionPayer.PROVINCE_BUDGET;
import static vn.ansinh.collection.ContributionPayer.STATE_BUDGET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.ansinh.collection.ContributionQuote.QuoteKind;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;
import vn.ansinh.shared.InvalidInput;

/**
 * What a contribution comes to in one month, per fund and payer, from the figures of a {@link RateBook}: compulsory
 * SI, HI and UI of an employee (RULES.md §4), voluntary SI with its state support, household HI, and HI the budget
 * pays or supports (RULES.md §5). Pure: no database, no clock; the same book gives the same quote. Every amount is
 * rounded in one place, {@link Dong#percentOf}.
 */
public final class ContributionCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RateBook book;

    public ContributionCalculator(RateBook book) {
        this.book = Objects.requireNonNull(book);
    }

    /**
     * The employer's and the employee's contributions on a monthly salary. SI funds and HI are assessed on the
     * salary up to 20 x base salary, UI up to 20 x the regional minimum wage; a salary below the regional minimum
     * wage is refused; a month with at least UNPAID_DAYS_THRESHOLD unpaid working days owes nothing.
     */
    public ContributionQuote compulsory(EmployeeMonth employee) {
        long floor = book.salaryFloor(employee.wageRegion());
        if (employee.salary() < floor) {
            throw new InvalidInput("salary", String.format(Locale.ROOT,
                    "%,d VND is below the floor of %,d VND, the regional minimum wage of wage region %s on %s",
                    employee.salary(), floor, ParameterCode.wageRegion(employee.wageRegion()), book.inForceOn()));
        }
        if (employee.unpaidDays() < 0) {
            throw new InvalidInput("unpaidDays", "must not be negative");
        }
        List<String> notes = new ArrayList<>();
        int threshold = book.unpaidDaysThreshold();
        if (employee.unpaidDays() >= threshold) {
            notes.add(String.format(Locale.ROOT, "Nothing is owed: %d unpaid working days, at least %d (%s)",
                    employee.unpaidDays(), threshold,
                    book.parameter(ParameterCode.UNPAID_DAYS_THRESHOLD, null).legalReference()));
            return ContributionQuote.of(QuoteKind.COMPULSORY, book, 1, List.of(), notes);
        }

        List<ContributionLine> lines = new ArrayList<>();
        for (RateBook.CompulsoryRate rate : book.compulsoryRates(employee.foreignWorker(), employee.reducedAccidentRate())) {
            long base = Math.min(employee.salary(), book.ceilingFor(rate.fund(), employee.wageRegion()));
            lines.add(ContributionLine.of(rate.fund(), rate.payer(), base, rate.ratePercent(), rate.legalReference()));
        }

        long siHiCeiling = book.siHiSalaryCeiling();
        if (employee.salary() > siHiCeiling) {
            notes.add(String.format(Locale.ROOT, "SI and HI are assessed on the ceiling of %,d VND (%s x base salary %,d VND)",
                    siHiCeiling, plain(ParameterCode.SI_HI_SALARY_CEILING_MULTIPLE), book.baseSalary()));
        }
        if (employee.foreignWorker()) {
            notes.add("No unemployment insurance: foreign workers do not take part in UI (RULES.md §4)");
        } else if (employee.salary() > book.uiSalaryCeiling(employee.wageRegion())) {
            notes.add(String.format(Locale.ROOT, "UI is assessed on the ceiling of %,d VND (%s x regional minimum wage %,d VND)",
                    book.uiSalaryCeiling(employee.wageRegion()), plain(ParameterCode.UI_SALARY_CEILING_MULTIPLE), floor));
        }
        if (employee.reducedAccidentRate()) {
            notes.add("Occupational accident at the reduced rate of an approved employer");
        }
        return ContributionQuote.of(QuoteKind.COMPULSORY, book, 1, lines, notes);
    }

    /**
     * Voluntary SI on a chosen income between the rural poverty line and VOLUNTARY_SI_INCOME_CEILING_MULTIPLE x base
     * salary. The state supports its share (by category) of VOLUNTARY_SI_RATE x rural poverty line, on its own line;
     * the participant pays the rest. Months paid at once multiply the monthly amounts, without discount.
     */
    public ContributionQuote voluntary(VoluntaryIncome voluntary) {
        long floor = book.ruralPovertyLine();
        long ceiling = book.voluntaryIncomeCeiling();
        if (voluntary.income() < floor || voluntary.income() > ceiling) {
            throw new InvalidInput("income", String.format(Locale.ROOT,
                    "%,d VND is outside the voluntary SI income range on %s: from the rural poverty line of %,d VND "
                            + "to %s x base salary, %,d VND", voluntary.income(), book.inForceOn(), floor,
                    plain(ParameterCode.VOLUNTARY_SI_INCOME_CEILING_MULTIPLE), ceiling));
        }
        if (!VoluntaryIncome.PAYMENT_MONTHS.contains(voluntary.months())) {
            throw new InvalidInput("months", "must be 1, 3, 6 or 12 (months paid at once), was " + voluntary.months());
        }
        Objects.requireNonNull(voluntary.category(), "category");
        BigDecimal rate = book.voluntarySiRatePercent();
        BigDecimal share = book.voluntarySupportSharePercent(voluntary.category());
        ContributionLine support = ContributionLine.of(Fund.RETIREMENT, STATE_BUDGET, floor, percentOf(share, rate),
                references(book.parameter(ParameterCode.VOLUNTARY_SI_SUPPORT_SHARE, voluntary.category().name()),
                        book.parameter(ParameterCode.VOLUNTARY_SI_RATE, null)));
        ContributionLine participant = ContributionLine.rest(Fund.RETIREMENT, PARTICIPANT, voluntary.income(), rate,
                support.amount(), references(book.parameter(ParameterCode.VOLUNTARY_SI_RATE, null)));
        List<String> notes = List.of(String.format(Locale.ROOT,
                "State support for %s: %s %% of %s %% x the rural poverty line of %,d VND",
                voluntary.category(), Dong.plain(share), Dong.plain(rate), floor));
        return ContributionQuote.of(QuoteKind.VOLUNTARY, book, voluntary.months(), List.of(participant, support), notes);
    }

    /**
     * Household HI of the n-th member (1 = the first): HI_RATE x base salary x the member's ratio; the fifth and
     * every later member pay the fifth's. Members whose HI the budget supports are not counted in n.
     */
    public ContributionQuote household(int member) {
        if (member < 1) {
            throw new InvalidInput("member", "counts from 1 (the first member of the household), was " + member);
        }
        ParameterValue ratio = book.householdMemberRatio(member);
        ContributionLine line = ContributionLine.of(Fund.HEALTH, HOUSEHOLD, book.baseSalary(),
                percentOf(ratio.value(), book.hiRatePercent()), references(hiRate(), ratio));
        List<String> notes = List.of(String.format(Locale.ROOT, "Member %d pays %s %% of the first member's %s %% of base salary %,d VND",
                member, Dong.plain(ratio.value()), Dong.plain(book.hiRatePercent()), book.baseSalary()));
        return ContributionQuote.of(QuoteKind.HOUSEHOLD, book, 1, List.of(line), notes);
    }

    /**
     * HI of a group the budget pays or supports: HI_RATE x base salary, of which the state budget pays the group's
     * share, the province optionally {@code provinceSupportPercent} more, and the participant the rest.
     */
    public ContributionQuote budgetHi(HiSupportGroup group, BigDecimal provinceSupportPercent) {
        Objects.requireNonNull(group, "group");
        BigDecimal extra = provinceSupportPercent == null ? BigDecimal.ZERO : provinceSupportPercent;
        BigDecimal share = book.hiBudgetSupportSharePercent(group);
        if (extra.signum() < 0 || share.add(extra).compareTo(HUNDRED) > 0) {
            throw new InvalidInput("provinceSupportPercent", String.format(Locale.ROOT,
                    "must be between 0 and %s: the state budget already pays %s %% for %s",
                    Dong.plain(HUNDRED.subtract(share)), Dong.plain(share), group));
        }
        long base = book.baseSalary();
        BigDecimal hiRate = book.hiRatePercent();
        String hiReference = references(hiRate());

        List<ContributionLine> lines = new ArrayList<>();
        ContributionLine state = ContributionLine.of(Fund.HEALTH, STATE_BUDGET, base, percentOf(share, hiRate),
                references(book.parameter(ParameterCode.HI_BUDGET_SUPPORT_SHARE, group.name()), hiRate()));
        lines.add(state);
        long supported = state.amount();
        boolean budgetsPayAll = share.add(extra).compareTo(HUNDRED) == 0;
        if (extra.signum() > 0) {
            String reference = "Province's additional support of " + Dong.plain(extra) + " %; " + hiReference;
            // When the budgets pay everything together, the province pays exactly the rest, so that rounding each
            // share on its own can never make them pay a dong more than the contribution.
            ContributionLine province = budgetsPayAll
                    ? ContributionLine.rest(Fund.HEALTH, PROVINCE_BUDGET, base, hiRate, supported, reference)
                    : ContributionLine.of(Fund.HEALTH, PROVINCE_BUDGET, base, percentOf(extra, hiRate), reference);
            lines.add(province);
            supported += province.amount();
        }
        if (!budgetsPayAll) {
            lines.add(ContributionLine.rest(Fund.HEALTH, PARTICIPANT, base, hiRate, supported, hiReference));
        }
        List<String> notes = List.of(String.format(Locale.ROOT,
                "%s: the state budget pays %s %%%s of %s %% x base salary %,d VND", group, Dong.plain(share),
                extra.signum() > 0 ? ", the province " + Dong.plain(extra) + " %" : "", Dong.plain(hiRate), base));
        return ContributionQuote.of(QuoteKind.BUDGET_HI, book, 1, lines, notes);
    }

    /** {@code share} percent of {@code ratePercent}, exact: 50 % of 22 % is 11 %. */
    private static BigDecimal percentOf(BigDecimal share, BigDecimal ratePercent) {
        return ratePercent.multiply(share).divide(HUNDRED);
    }

    private String plain(ParameterCode multiple) {
        return Dong.plain(book.parameter(multiple, null).value()).toPlainString();
    }

    private ParameterValue hiRate() {
        return book.parameter(ParameterCode.HI_RATE, null);
    }

    /** The legal references of the parameters a line's rate comes from, each once. */
    private static String references(ParameterValue... parameters) {
        return Stream.of(parameters).map(ParameterValue::legalReference).distinct().collect(Collectors.joining("; "));
    }
}
