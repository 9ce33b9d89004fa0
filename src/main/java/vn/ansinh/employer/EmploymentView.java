package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.List;

/**
 * An employment as the API shows it. {@code monthlySalary} is the salary in force on the date asked for (the last
 * one for an employment that ended before); {@code salaries} is the whole history, oldest first, where asked for.
 */
record EmploymentView(long id, String unitCode, String employerName, long personId, String cccd, String siCode,
                      String fullName, LocalDate startDate, LocalDate endDate, String jobTitle, WorkerType workerType,
                      Long monthlySalary, List<SalaryPeriod> salaries) {

    EmploymentView withSalaries(List<SalaryPeriod> history) {
        return new EmploymentView(id, unitCode, employerName, personId, cccd, siCode, fullName, startDate, endDate,
                jobTitle, workerType, monthlySalary, history);
    }

    boolean open() {
        return endDate == null;
    }
}
