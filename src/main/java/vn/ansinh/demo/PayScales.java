package vn.ansinh.demo;

import java.util.SplittableRandom;

/**
 * The pay figures salaries are generated from: regional minimum wages (the floor of an enterprise employee's SI
 * salary) and the base salary (public employees earn a coefficient times it), as decreed (RULES.md section 3 and the
 * decrees before 2020: 122/2015, 153/2016, 141/2017, 157/2018).
 * <p>
 * These duplicate the time-versioned parameters the parameter module owns as data; the generator keeps its own
 * copy so that a demo can be built with no parameter table in place.
 */
final class PayScales {

    /** Dates from which each row of {@link #MINIMUM_WAGE} applies. */
    static final int[] MINIMUM_WAGE_FROM = {
            Days.of(2016, 1, 1), Days.of(2017, 1, 1), Days.of(2018, 1, 1), Days.of(2019, 1, 1),
            Days.of(2020, 1, 1), Days.of(2022, 7, 1), Days.of(2024, 7, 1), Days.of(2026, 1, 1)};
    /** Regions I, II, III, IV. */
    private static final long[][] MINIMUM_WAGE = {
            {3_500_000, 3_100_000, 2_700_000, 2_400_000},
            {3_750_000, 3_320_000, 2_900_000, 2_580_000},
            {3_980_000, 3_530_000, 3_090_000, 2_760_000},
            {4_180_000, 3_710_000, 3_250_000, 2_920_000},
            {4_420_000, 3_920_000, 3_430_000, 3_070_000},
            {4_680_000, 4_160_000, 3_640_000, 3_250_000},
            {4_960_000, 4_410_000, 3_860_000, 3_450_000},
            {5_310_000, 4_730_000, 4_140_000, 3_700_000}};

    static final int[] BASE_SALARY_FROM = {
            Days.of(2013, 7, 1), Days.of(2016, 5, 1), Days.of(2017, 7, 1), Days.of(2018, 7, 1),
            Days.of(2019, 7, 1), Days.of(2023, 7, 1), Days.of(2024, 7, 1), Days.of(2026, 7, 1)};
    private static final long[] BASE_SALARY = {
            1_150_000, 1_210_000, 1_300_000, 1_390_000, 1_490_000, 1_800_000, 2_340_000, 2_530_000};

    /** Salary coefficients of the civil service scale, from a new graduate to a senior specialist. */
    private static final double[] COEFFICIENTS = {2.34, 2.67, 3.00, 3.33, 3.66, 3.99, 4.32, 4.65, 4.98, 5.36, 5.76, 6.20};

    private PayScales() {
    }

    static long minimumWage(int region, int day) {
        return MINIMUM_WAGE[rowOn(MINIMUM_WAGE_FROM, day)][region - 1];
    }

    static long baseSalary(int day) {
        return BASE_SALARY[rowOn(BASE_SALARY_FROM, day)];
    }

    /** The coefficient step of a public employee after {@code years} of service (a step every three years). */
    static double coefficient(int startingStep, int years) {
        return COEFFICIENTS[Math.min(COEFFICIENTS.length - 1, startingStep + years / 3)];
    }

    static int startingStep(SplittableRandom random, int ageAtStart) {
        int byAge = Math.max(0, (ageAtStart - 22) / 3);
        return Math.min(COEFFICIENTS.length - 1, byAge + random.nextInt(2));
    }

    /** Amounts as payrolls show them: rounded up to the next 10,000 VND. */
    static long roundUp(double amount) {
        return ((long) Math.ceil(amount / 10_000.0)) * 10_000L;
    }

    private static int rowOn(int[] from, int day) {
        int row = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] <= day) {
                row = i;
            }
        }
        return row;
    }
}
