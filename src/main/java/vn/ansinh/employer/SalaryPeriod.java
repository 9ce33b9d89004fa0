package vn.ansinh.employer;

import java.time.LocalDate;

/** A monthly SI salary in whole VND, from a date until the next period starts or the employment ends. */
public record SalaryPeriod(LocalDate validFrom, long amount) {
}
