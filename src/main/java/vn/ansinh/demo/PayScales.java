package vn.ansinh.demo;

import java.util.List;
import java.util.SplittableRandom;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;
import vn.ansinh.parameter.Parameters;

/**
 * The pay figures salaries are generated from: the regional minimum wages (the floor of an enterprise employee's SI
 * salary) and the base salary (public employees earn a coefficient times it). Both are the parameter module's data,
 * read once per generation into this immutable snapshot so that generating millions of salaries asks the database
 * nothing. The civil-service coefficients and the payroll rounding are the generator's own modelling choices.
 */
final class PayScales {

    /** Salary coefficients of the civil service scale, from a new graduate to a senior specialist. */
    private static final double[] COEFFICIENTS = {2.34, 2.67, 3.00, 3.33, 3.66, 3.99, 4.32, 4.65, 4.98, 5.36, 5.76, 6.20};

    /** One per wage region, region 1 first. */
    private final Scale[] minimumWages;
    private final Scale baseSalary;

    private PayScales(Scale[] minimumWages, Scale baseSalary) {
        this.minimumWages = minimumWages;
        this.baseSalary = baseSalary;
    }

    static PayScales from(Parameters parameters) {
        int regions = ParameterCode.REGIONAL_MINIMUM_WAGE.qualifiers().size();
        Scale[] minimumWages = new Scale[regions];
        for (int region = 1; region <= regions; region++) {
            String qualifier = ParameterCode.wageRegion(region);
            minimumWages[region - 1] = Scale.of(ParameterCode.REGIONAL_MINIMUM_WAGE + " " + qualifier,
                    parameters.history(ParameterCode.REGIONAL_MINIMUM_WAGE.name(), qualifier));
        }
        return new PayScales(minimumWages, Scale.of(ParameterCode.BASE_SALARY.name(),
                parameters.history(ParameterCode.BASE_SALARY.name(), null)));
    }

    long minimumWage(int region, int day) {
        return minimumWages[region - 1].on(day);
    }

    /** The days from which the region's minimum wage took a new value, oldest first. */
    int[] minimumWageChanges(int region) {
        return minimumWages[region - 1].from.clone();
    }

    long baseSalary(int day) {
        return baseSalary.on(day);
    }

    /** The days from which the base salary took a new value, oldest first. */
    int[] baseSalaryChanges() {
        return baseSalary.from.clone();
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

    /** The periods of one amount as parallel arrays: {@code amount[i]} applies from day {@code from[i]}. */
    private record Scale(int[] from, long[] amount) {

        static Scale of(String what, List<ParameterValue> history) {
            if (history.isEmpty()) {
                throw new IllegalStateException("no " + what + " is recorded: the generator cannot pay anyone");
            }
            int[] from = new int[history.size()];
            long[] amount = new long[history.size()];
            for (int i = 0; i < history.size(); i++) {
                ParameterValue period = history.get(i);
                from[i] = (int) period.validFrom().toEpochDay();
                amount[i] = period.value().longValueExact();
            }
            return new Scale(from, amount);
        }

        /**
         * The amount of the latest period that began on or before the day. A day before the first recorded period
         * takes the earliest amount: the generator's history starts in 2016 ({@link Timeline#HISTORY_START}), while
         * the base salary is recorded only from May 2016.
         */
        long on(int day) {
            int row = 0;
            for (int i = 1; i < from.length && from[i] <= day; i++) {
                row = i;
            }
            return amount[row];
        }
    }
}
