package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A monthly SI salary measured against the bounds in force on the day it starts: the regional minimum wage of the
 * employer's wage region (the floor; below it is refused) and 20 x base salary (the SI ceiling; above it is allowed,
 * contributions are assessed on the ceiling). {@code note} explains a salary outside the bounds.
 */
record SalaryAssessment(long amount, LocalDate on, int wageRegion, long floor, long siCeiling, boolean aboveSiCeiling,
                        String note) {

    static SalaryAssessment of(long amount, LocalDate on, int wageRegion, long floor, long siCeiling) {
        String note = null;
        if (amount < floor) {
            note = String.format(Locale.ROOT, "%,d VND is below the regional minimum wage of %,d VND (wage region %d on %s)",
                    amount, floor, wageRegion, on);
        } else if (amount > siCeiling) {
            note = String.format(Locale.ROOT, "%,d VND is above the SI salary ceiling of %,d VND on %s: contributions will be assessed on the ceiling",
                    amount, siCeiling, on);
        }
        return new SalaryAssessment(amount, on, wageRegion, floor, siCeiling, amount > siCeiling, note);
    }

    boolean belowFloor() {
        return amount < floor;
    }
}
