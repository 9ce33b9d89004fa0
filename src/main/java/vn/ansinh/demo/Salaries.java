package vn.ansinh.demo;

import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Salary histories. An enterprise pays between the regional minimum wage and about three times it, raises pay at
 * most times the minimum wage rises and never stays below it; one employee in two hundred of a larger enterprise
 * earns more than the SI ceiling (20 x base salary, 46,800,000 from July 2024). A public employee earns a coefficient
 * times the base salary, stepping up every three years.
 */
final class Salaries {

    private final PayScales scales;

    Salaries(PayScales scales) {
        this.scales = scales;
    }

    void write(Chunk.Rows rows, SplittableRandom random, long jobId, EmployerRoster.Employer employer, int start,
                      int end, int ageAtStart) {
        int last = end == Days.NONE ? Timeline.DATA_END : end;
        if (employer.publicPay()) {
            publicScale(rows, random, jobId, start, last, ageAtStart);
        } else {
            market(rows, random, jobId, employer, start, last);
        }
    }

    private void market(Chunk.Rows rows, SplittableRandom random, long jobId, EmployerRoster.Employer employer,
                               int start, int last) {
        int region = employer.wageRegion();
        long amount;
        if (!employer.sizeClass().equals("MICRO") && random.nextInt(1000) < 5) {
            amount = PayScales.roundUp(48_000_000 + random.nextDouble() * 72_000_000);
        } else {
            int roll = random.nextInt(100);
            double multiple = roll < 60 ? 1.0 + 0.3 * random.nextDouble()
                    : roll < 90 ? 1.3 + 0.7 * random.nextDouble() : 2.0 + random.nextDouble();
            amount = PayScales.roundUp(scales.minimumWage(region, start) * multiple);
        }
        rows.add(jobId).day(start).add(amount).end();
        for (int day : scales.minimumWageChanges(region)) {
            if (day <= start || day > last) {
                continue;
            }
            long raised = random.nextInt(100) < 60 ? PayScales.roundUp(amount * (1.03 + 0.07 * random.nextDouble()))
                    : amount;
            long next = Math.max(scales.minimumWage(region, day), raised);
            if (next != amount) {
                rows.add(jobId).day(day).add(next).end();
                amount = next;
            }
        }
    }

    private void publicScale(Chunk.Rows rows, SplittableRandom random, long jobId, int start, int last,
                                    int ageAtStart) {
        int step = PayScales.startingStep(random, ageAtStart);
        double allowances = 1.0 + random.nextInt(5) * 0.05; // position and seniority allowances on top of the scale
        TreeSet<Integer> changes = new TreeSet<>();
        for (int day : scales.baseSalaryChanges()) {
            if (day > start && day <= last) {
                changes.add(day);
            }
        }
        for (int years = 3; Days.plusYears(start, years) <= last; years += 3) {
            changes.add(Days.plusYears(start, years));
        }
        long amount = Math.round(PayScales.coefficient(step, 0) * scales.baseSalary(start) * allowances);
        rows.add(jobId).day(start).add(amount).end();
        for (int day : changes) {
            long next = Math.round(PayScales.coefficient(step, Days.wholeYears(start, day)) * scales.baseSalary(day)
                    * allowances);
            if (next != amount) {
                rows.add(jobId).day(day).add(next).end();
                amount = next;
            }
        }
    }
}
