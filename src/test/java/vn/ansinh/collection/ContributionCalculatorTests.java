package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.collection.ContributionPayer.EMPLOYEE;
import static vn.ansinh.collection.ContributionPayer.EMPLOYER;
import static vn.ansinh.collection.ContributionPayer.HOUSEHOLD;
import static vn.ansinh.collection.ContributionPayer.PARTICIPANT;
import static vn.ansinh.collection.ContributionPayer.PROVINCE_BUDGET;
import static vn.ansinh.collection.ContributionPayer.STATE_BUDGET;
import static vn.ansinh.collection.Fund.HEALTH;
import static vn.ansinh.collection.Fund.OCCUPATIONAL_ACCIDENT;
import static vn.ansinh.collection.Fund.RETIREMENT;
import static vn.ansinh.collection.Fund.SICKNESS_MATERNITY;
import static vn.ansinh.collection.Fund.UNEMPLOYMENT;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.IntegrationTest;
import vn.ansinh.parameter.NotInForce;
import vn.ansinh.parameter.Parameters;
import vn.ansinh.shared.InvalidInput;

/**
 * The calculator against rate books read from the migrated reference parameters, so the figures below are the
 * ones RULES.md states for those months.
 */
@IntegrationTest
class ContributionCalculatorTests {

    @Autowired
    RateBooks rateBooks;

    @Autowired
    Parameters parameters;

    ContributionCalculator in(String month) {
        return new ContributionCalculator(rateBooks.forMonth(YearMonth.parse(month)));
    }

    static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }

    // Compulsory contributions

    @Test
    void tenMillionInRegionOneIn2024CostsTheEmployer2150000AndTheEmployee1050000() {
        for (String month : List.of("2024-03", "2024-08")) {
            ContributionQuote quote = in(month).compulsory(EmployeeMonth.of(10_000_000, 1));

            assertThat(quote.totalOf(EMPLOYER)).isEqualTo(2_150_000);
            assertThat(quote.totalOf(EMPLOYEE)).isEqualTo(1_050_000);
            assertThat(quote.total()).isEqualTo(3_200_000);
            assertThat(quote.lines())
                    .extracting(ContributionLine::fund, ContributionLine::payer, ContributionLine::base,
                            ContributionLine::amount)
                    .containsExactly(
                            tuple(RETIREMENT, EMPLOYER, 10_000_000L, 1_400_000L),
                            tuple(RETIREMENT, EMPLOYEE, 10_000_000L, 800_000L),
                            tuple(SICKNESS_MATERNITY, EMPLOYER, 10_000_000L, 300_000L),
                            tuple(SICKNESS_MATERNITY, EMPLOYEE, 10_000_000L, 0L),
                            tuple(OCCUPATIONAL_ACCIDENT, EMPLOYER, 10_000_000L, 50_000L),
                            tuple(OCCUPATIONAL_ACCIDENT, EMPLOYEE, 10_000_000L, 0L),
                            tuple(UNEMPLOYMENT, EMPLOYER, 10_000_000L, 100_000L),
                            tuple(UNEMPLOYMENT, EMPLOYEE, 10_000_000L, 100_000L),
                            tuple(HEALTH, EMPLOYER, 10_000_000L, 300_000L),
                            tuple(HEALTH, EMPLOYEE, 10_000_000L, 150_000L));
            assertThat(quote.lines()).allSatisfy(line -> assertThat(line.legalReference()).contains("RULES.md §4"));
            assertThat(quote.lines().get(0).ratePercent()).isEqualByComparingTo("14");
            assertThat(quote.parametersOn()).isEqualTo(YearMonth.parse(month).atDay(1));
        }
    }

    @Test
    void aSalaryAboveTwentyBaseSalariesIsCappedForSiAndHiButNotForUiBelowItsOwnCeiling() {
        ContributionQuote quote = in("2024-08").compulsory(EmployeeMonth.of(60_000_000, 1));

        assertThat(quote.lines()).filteredOn(l -> l.fund() != UNEMPLOYMENT)
                .extracting(ContributionLine::base).containsOnly(46_800_000L);
        assertThat(quote.lines()).filteredOn(l -> l.fund() == UNEMPLOYMENT)
                .extracting(ContributionLine::base, ContributionLine::amount)
                .containsExactly(tuple(60_000_000L, 600_000L), tuple(60_000_000L, 600_000L));
        // 20.5 % of 46,800,000 plus 1 % of 60,000,000; 9.5 % of 46,800,000 plus 1 % of 60,000,000.
        assertThat(quote.totalOf(EMPLOYER)).isEqualTo(9_594_000 + 600_000);
        assertThat(quote.totalOf(EMPLOYEE)).isEqualTo(4_446_000 + 600_000);
        assertThat(quote.notes()).anyMatch(n -> n.contains("46,800,000"));
    }

    @Test
    void uiIsCappedAtTwentyRegionalMinimumWagesOfTheEmployersRegion() {
        ContributionQuote regionOne = in("2024-08").compulsory(EmployeeMonth.of(120_000_000, 1));
        assertThat(regionOne.lines()).filteredOn(l -> l.fund() == UNEMPLOYMENT)
                .extracting(ContributionLine::base).containsOnly(99_200_000L);

        ContributionQuote regionFour = in("2024-08").compulsory(EmployeeMonth.of(80_000_000, 4));
        assertThat(regionFour.lines()).filteredOn(l -> l.fund() == UNEMPLOYMENT)
                .extracting(ContributionLine::base, ContributionLine::amount)
                .containsOnly(tuple(69_000_000L, 690_000L));
        assertThat(regionFour.lines()).filteredOn(l -> l.fund() == RETIREMENT)
                .extracting(ContributionLine::base).containsOnly(46_800_000L);
    }

    @Test
    void theBaseSalaryOfJuly2026RaisesTheSiCeilingTo50600000() {
        ContributionQuote june = in("2026-06").compulsory(EmployeeMonth.of(60_000_000, 1));
        ContributionQuote july = in("2026-07").compulsory(EmployeeMonth.of(60_000_000, 1));

        assertThat(june.lines()).filteredOn(l -> l.fund() == RETIREMENT).extracting(ContributionLine::base)
                .containsOnly(46_800_000L);
        assertThat(july.lines()).filteredOn(l -> l.fund() == RETIREMENT).extracting(ContributionLine::base)
                .containsOnly(50_600_000L);
        assertThat(july.lines()).filteredOn(l -> l.fund() == HEALTH && l.payer() == EMPLOYER)
                .extracting(ContributionLine::amount).containsExactly(1_518_000L);
        assertThat(rateBooks.forMonth(YearMonth.of(2026, 7)).siHiSalaryCeiling()).isEqualTo(50_600_000);
    }

    @ParameterizedTest(name = "{0}: employer {1}, employee {2}")
    @CsvFileSource(resources = "/collection/covid-relief-months.csv", numLinesToSkip = 1)
    void theCovidReliefMonthsWaiveTheAccidentAndTheEmployersUiContributions(String month, long employer, long employee,
                                                                              BigDecimal accidentRate, BigDecimal uiRate) {
        ContributionQuote quote = in(month).compulsory(EmployeeMonth.of(10_000_000, 1));

        assertThat(quote.totalOf(EMPLOYER)).isEqualTo(employer);
        assertThat(quote.totalOf(EMPLOYEE)).isEqualTo(employee);
        assertThat(line(quote, OCCUPATIONAL_ACCIDENT, EMPLOYER).ratePercent()).isEqualByComparingTo(accidentRate);
        assertThat(line(quote, UNEMPLOYMENT, EMPLOYER).ratePercent()).isEqualByComparingTo(uiRate);
        if (accidentRate.signum() == 0) {
            assertThat(line(quote, OCCUPATIONAL_ACCIDENT, EMPLOYER).legalReference()).contains("Covid relief");
        }
    }

    @Test
    void aForeignWorkerPaysNoUnemploymentInsurance() {
        ContributionQuote quote = in("2024-08").compulsory(new EmployeeMonth(10_000_000, 1, true, false, 0));

        assertThat(quote.lines()).extracting(ContributionLine::fund).doesNotContain(UNEMPLOYMENT).contains(RETIREMENT, HEALTH);
        assertThat(quote.totalOf(EMPLOYER)).isEqualTo(2_050_000);
        assertThat(quote.totalOf(EMPLOYEE)).isEqualTo(950_000);
        assertThat(quote.notes()).anyMatch(n -> n.contains("foreign workers"));
    }

    @Test
    void anApprovedEmployerPaysTheReducedAccidentRate() {
        ContributionQuote quote = in("2024-08").compulsory(new EmployeeMonth(10_000_000, 1, false, true, 0));

        ContributionLine accident = line(quote, OCCUPATIONAL_ACCIDENT, EMPLOYER);
        assertThat(accident.ratePercent()).isEqualByComparingTo("0.3");
        assertThat(accident.amount()).isEqualTo(30_000);
        assertThat(quote.totalOf(EMPLOYER)).isEqualTo(2_130_000);
        assertThat(quote.totalOf(EMPLOYEE)).isEqualTo(1_050_000);
    }

    @Test
    void refusesASalaryBelowTheRegionalMinimumWageNamingTheFloor() {
        assertThatThrownBy(() -> in("2024-08").compulsory(EmployeeMonth.of(4_959_999, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("salary");
                    assertThat(e.reason()).contains("4,960,000").contains("wage region I");
                });
        assertThat(in("2024-08").compulsory(EmployeeMonth.of(4_960_000, 1)).totalOf(EMPLOYEE)).isEqualTo(520_800);
        assertThat(in("2024-08").compulsory(EmployeeMonth.of(3_450_000, 4)).totalOf(EMPLOYEE)).isEqualTo(362_250);
    }

    @Test
    void aMonthWithFourteenUnpaidWorkingDaysOwesNothing() {
        ContributionQuote fourteen = in("2024-08").compulsory(new EmployeeMonth(10_000_000, 1, false, false, 14));
        assertThat(fourteen.lines()).isEmpty();
        assertThat(fourteen.totals()).isEmpty();
        assertThat(fourteen.total()).isZero();
        assertThat(fourteen.notes()).singleElement().asString().contains("14 unpaid working days");

        ContributionQuote thirteen = in("2024-08").compulsory(new EmployeeMonth(10_000_000, 1, false, false, 13));
        assertThat(thirteen.total()).isEqualTo(3_200_000);
    }

    @Test
    void eachLineIsRoundedHalfUpToTheWholeDongAndTotalsAreSumsOfLines() {
        // 0.5 % of 5,000,100 is 25,000.5 and 1.5 % is 75,001.5.
        ContributionQuote quote = in("2024-08").compulsory(EmployeeMonth.of(5_000_100, 1));

        assertThat(line(quote, OCCUPATIONAL_ACCIDENT, EMPLOYER).amount()).isEqualTo(25_001);
        assertThat(line(quote, HEALTH, EMPLOYEE).amount()).isEqualTo(75_002);
        assertThat(quote.totalOf(EMPLOYER)).isEqualTo(quote.linesOf(EMPLOYER).stream().mapToLong(ContributionLine::amount).sum())
                .isEqualTo(700_014 + 150_003 + 25_001 + 50_001 + 150_003);
    }

    // Voluntary SI

    @Test
    void theStateSupportsVoluntarySiAt1500000From2025July() {
        long[] support = {165_000, 132_000, 99_000, 66_000};
        VoluntarySupportCategory[] categories = {VoluntarySupportCategory.POOR, VoluntarySupportCategory.NEAR_POOR,
                VoluntarySupportCategory.ETHNIC_MINORITY, VoluntarySupportCategory.OTHER};
        for (int i = 0; i < categories.length; i++) {
            ContributionQuote quote = in("2025-08").voluntary(VoluntaryIncome.monthly(1_500_000, categories[i]));

            ContributionLine state = line(quote, RETIREMENT, STATE_BUDGET);
            assertThat(state.amount()).as(categories[i].name()).isEqualTo(support[i]);
            assertThat(state.base()).isEqualTo(1_500_000);
            assertThat(line(quote, RETIREMENT, PARTICIPANT).amount()).isEqualTo(330_000 - support[i]);
            assertThat(line(quote, RETIREMENT, PARTICIPANT).lessSupport()).isEqualTo(support[i]);
            assertThat(quote.total()).isEqualTo(330_000);
        }
    }

    @Test
    void beforeJuly2025ThePoorGotThirtyPercentAndEthnicMinoritiesTheShareOfOthers() {
        ContributionQuote poor = in("2025-06").voluntary(VoluntaryIncome.monthly(1_500_000, VoluntarySupportCategory.POOR));
        assertThat(line(poor, RETIREMENT, STATE_BUDGET).amount()).isEqualTo(99_000);
        assertThat(line(poor, RETIREMENT, STATE_BUDGET).ratePercent()).isEqualByComparingTo("6.6");
        assertThat(line(poor, RETIREMENT, PARTICIPANT).amount()).isEqualTo(231_000);

        long ethnic = line(in("2025-06").voluntary(VoluntaryIncome.monthly(1_500_000, VoluntarySupportCategory.ETHNIC_MINORITY)),
                RETIREMENT, STATE_BUDGET).amount();
        long other = line(in("2025-06").voluntary(VoluntaryIncome.monthly(1_500_000, VoluntarySupportCategory.OTHER)),
                RETIREMENT, STATE_BUDGET).amount();
        assertThat(ethnic).isEqualTo(other).isEqualTo(33_000);
    }

    @Test
    void supportIsOnThePovertyLineWhateverTheIncomeAndMonthsPaidAtOnceMultiplyTheMonth() {
        ContributionQuote quote = in("2025-08").voluntary(
                new VoluntaryIncome(5_000_000, VoluntarySupportCategory.NEAR_POOR, 3));

        assertThat(quote.months()).isEqualTo(3);
        assertThat(line(quote, RETIREMENT, PARTICIPANT).amount()).isEqualTo(1_100_000 - 132_000);
        assertThat(quote.totals()).extracting(ContributionQuote.PayerTotal::payer, ContributionQuote.PayerTotal::monthly,
                        ContributionQuote.PayerTotal::amount)
                .containsExactly(tuple(PARTICIPANT, 968_000L, 2_904_000L), tuple(STATE_BUDGET, 132_000L, 396_000L));
        assertThat(quote.total()).isEqualTo(3_300_000);
    }

    @Test
    void refusesAVoluntaryIncomeOutsideThePovertyLineAndTwentyBaseSalaries() {
        assertThatThrownBy(() -> in("2025-08").voluntary(VoluntaryIncome.monthly(1_499_999, VoluntarySupportCategory.OTHER)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("income");
                    assertThat(e.reason()).contains("1,500,000").contains("46,800,000");
                });
        assertThatThrownBy(() -> in("2025-08").voluntary(VoluntaryIncome.monthly(46_800_001, VoluntarySupportCategory.OTHER)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("income"));
        assertThat(in("2025-08").voluntary(VoluntaryIncome.monthly(46_800_000, VoluntarySupportCategory.OTHER)).total())
                .isEqualTo(10_296_000);
        assertThatThrownBy(() -> in("2025-08").voluntary(new VoluntaryIncome(2_000_000, VoluntarySupportCategory.OTHER, 2)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("months"));
    }

    // Household HI

    @Test
    void householdHiAt2340000Is105300ThenSeventySixtyFiftyAndFortyPercent() {
        ContributionCalculator august2024 = in("2024-08");
        List<Long> amounts = IntStream.rangeClosed(1, 6)
                .mapToObj(n -> line(august2024.household(n), HEALTH, HOUSEHOLD).amount()).toList();

        assertThat(amounts).containsExactly(105_300L, 73_710L, 63_180L, 52_650L, 42_120L, 42_120L);
        assertThat(line(august2024.household(2), HEALTH, HOUSEHOLD).ratePercent()).isEqualByComparingTo("3.15");
        assertThatThrownBy(() -> august2024.household(0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("member"));
    }

    @Test
    void householdHiFollowsTheBaseSalaryOfJuly2026() {
        assertThat(line(in("2026-06").household(1), HEALTH, HOUSEHOLD).amount()).isEqualTo(105_300);
        assertThat(line(in("2026-07").household(1), HEALTH, HOUSEHOLD).amount()).isEqualTo(113_850);
        assertThat(line(in("2026-07").household(2), HEALTH, HOUSEHOLD).amount()).isEqualTo(79_695);
    }

    // HI paid or supported by the budget

    @Test
    void theBudgetPaysTheWholeHiOfThePoor() {
        ContributionQuote quote = in("2024-08").budgetHi(HiSupportGroup.POOR, null);

        assertThat(quote.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 105_300L));
    }

    @Test
    void theNearPoorPayThirtyPercentUnlessTheProvinceAddsIt() {
        ContributionQuote national = in("2024-08").budgetHi(HiSupportGroup.NEAR_POOR, null);
        assertThat(national.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 73_710L), tuple(PARTICIPANT, 31_590L));

        ContributionQuote withProvince = in("2024-08").budgetHi(HiSupportGroup.NEAR_POOR, percent("30"));
        assertThat(withProvince.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 73_710L), tuple(PROVINCE_BUDGET, 31_590L));
        assertThat(withProvince.total()).isEqualTo(105_300);

        ContributionQuote farm = in("2024-08").budgetHi(HiSupportGroup.FARM_AVERAGE, percent("20"));
        assertThat(farm.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 31_590L), tuple(PROVINCE_BUDGET, 21_060L), tuple(PARTICIPANT, 52_650L));

        assertThatThrownBy(() -> in("2024-08").budgetHi(HiSupportGroup.NEAR_POOR, percent("30.01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("provinceSupportPercent");
                    assertThat(e.reason()).contains("between 0 and 30");
                });
    }

    @Test
    void pupilsAndStudentsAreSupportedHalfFromTheMonthAfter2025August15() {
        ContributionQuote august = in("2025-08").budgetHi(HiSupportGroup.PUPIL_STUDENT, null);
        assertThat(august.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 31_590L), tuple(PARTICIPANT, 73_710L));

        ContributionQuote september = in("2025-09").budgetHi(HiSupportGroup.PUPIL_STUDENT, null);
        assertThat(september.lines()).extracting(ContributionLine::payer, ContributionLine::amount)
                .containsExactly(tuple(STATE_BUDGET, 52_650L), tuple(PARTICIPANT, 52_650L));
    }

    // The rate book the assessment batch reads

    @Test
    void aRateBookHoldsTheFiguresOfTheFirstDayOfTheMonth() {
        RateBook book = rateBooks.forMonth(YearMonth.of(2024, 8));

        assertThat(book.inForceOn()).isEqualTo(YearMonth.of(2024, 8).atDay(1));
        assertThat(book.baseSalary()).isEqualTo(2_340_000);
        assertThat(book.salaryFloor(1)).isEqualTo(4_960_000);
        assertThat(book.siHiSalaryCeiling()).isEqualTo(46_800_000).isEqualTo(parameters.siSalaryCeiling(book.inForceOn()));
        assertThat(book.uiSalaryCeiling(1)).isEqualTo(99_200_000);
        assertThat(book.ceilingFor(UNEMPLOYMENT, 4)).isEqualTo(69_000_000);
        assertThat(book.ceilingFor(HEALTH, 4)).isEqualTo(46_800_000);
        assertThat(book.unpaidDaysThreshold()).isEqualTo(14);
        assertThat(book.contributionRatePercent(OCCUPATIONAL_ACCIDENT, EMPLOYER, true)).isEqualByComparingTo("0.3");
        assertThat(book.contributionRatePercent(OCCUPATIONAL_ACCIDENT, EMPLOYER, false)).isEqualByComparingTo("0.5");
        assertThat(book.contributionRatePercent(RETIREMENT, EMPLOYEE, true)).isEqualByComparingTo("8");
        assertThat(book.compulsoryRates(false, false)).hasSize(10);
        assertThat(book.compulsoryRates(true, false)).hasSize(8)
                .extracting(RateBook.CompulsoryRate::fund).doesNotContain(UNEMPLOYMENT);
        assertThat(book.voluntaryIncomeCeiling()).isEqualTo(46_800_000);

        // The book of July 2024 already holds the base salary that starts on 1 July.
        assertThat(rateBooks.forMonth(YearMonth.of(2024, 7)).baseSalary()).isEqualTo(2_340_000);
        assertThat(rateBooks.forMonth(YearMonth.of(2024, 6)).baseSalary()).isEqualTo(1_800_000);
    }

    @Test
    void aMonthBeforeTheRecordedHistoryFailsOnlyForWhatItLacksNamingTheMonth() {
        // The accident rate is recorded from June 2017; the base salary from May 2016.
        ContributionCalculator january2017 = in("2017-01");
        assertThat(line(january2017.household(1), HEALTH, HOUSEHOLD).amount()).isEqualTo(54_450);
        assertThatThrownBy(() -> january2017.compulsory(EmployeeMonth.of(10_000_000, 1)))
                .isInstanceOfSatisfying(NotInForce.class, e -> {
                    assertThat(e.field()).isEqualTo("month");
                    assertThat(e.reason()).contains("OCCUPATIONAL_ACCIDENT");
                });
    }

    private static ContributionLine line(ContributionQuote quote, Fund fund, ContributionPayer payer) {
        return quote.lines().stream().filter(l -> l.fund() == fund && l.payer() == payer).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + fund + " " + payer + " in " + quote.lines()));
    }
}
