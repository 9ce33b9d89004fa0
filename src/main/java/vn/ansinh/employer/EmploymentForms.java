package vn.ansinh.employer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What an officer enters to declare a hire, a leave or a salary change. */
final class EmploymentForms {

    private EmploymentForms() {
    }

    /** A hire: the person by CCCD or SI code (one of them), from a date, at a monthly SI salary. */
    record Hire(
            @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits") String cccd,
            @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String siCode,
            @NotNull(message = "is required") LocalDate startDate,
            @Size(max = 200, message = "has at most 200 characters") String jobTitle,
            @OneOf(WorkerType.class) String workerType,
            @NotNull(message = "is required") @Positive(message = "must be a positive amount of VND") Long monthlySalary) {
    }

    /** The last day of an employment. */
    record Leave(@NotNull(message = "is required") LocalDate endDate) {
    }

    /** A new monthly SI salary from a date. */
    record SalaryChange(
            @NotNull(message = "is required") LocalDate validFrom,
            @NotNull(message = "is required") @Positive(message = "must be a positive amount of VND") Long monthlySalary) {
    }

    /** The employment after a declaration, and how its salary measures against the floor and the ceiling. */
    record Declared(EmploymentView employment, SalaryAssessment salary) {
    }
}
