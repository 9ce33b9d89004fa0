package vn.ansinh.employer;

import java.time.LocalDate;

/** An employment in force on a date, with the monthly SI salary in force then and the date that salary started. */
public record ActiveEmployment(long employmentId, long employerId, long personId, String siCode, String cccd,
                               String fullName, LocalDate startDate, LocalDate endDate, String jobTitle,
                               WorkerType workerType, long monthlySalary, LocalDate salaryFrom) {
}
