package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.List;

/** One employment of a person at an employer, with its whole salary history (oldest first). */
public record EmploymentRecord(long employmentId, long employerId, String unitCode, String employerName,
                               long personId, LocalDate startDate, LocalDate endDate, String jobTitle,
                               WorkerType workerType, List<SalaryPeriod> salaries) {
}
