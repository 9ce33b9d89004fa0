package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One labour declaration as an employer's system or an officer sends it: {@code kind}, the person's CCCD, and the
 * fields of that kind (see {@link DeclarationFormFields}). Name and date of birth are optional; when given they must
 * be those registered for the CCCD.
 */
@DeclarationFormFields
@Schema(description = "HIRE needs effectiveDate (first day) and monthlySalary; LEAVE needs effectiveDate (last day); "
        + "SALARY_CHANGE needs effectiveDate (first day of the new salary) and monthlySalary; UNPAID_LEAVE needs "
        + "month and unpaidDays (maternity optional)")
record DeclarationForm(
        @NotNull(message = "is required: HIRE, LEAVE, SALARY_CHANGE or UNPAID_LEAVE")
        @Schema(allowableValues = {"HIRE", "LEAVE", "SALARY_CHANGE", "UNPAID_LEAVE"}, example = "HIRE")
        String kind,
        @NotBlank(message = "is required")
        @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits")
        @Schema(example = "001190012345")
        String cccd,
        @Size(max = LabourChangeFile.MAX_NAME, message = "has at most 200 characters")
        @Schema(description = "Checked against the registered name, accents and case aside")
        String fullName,
        @Past(message = "must be in the past")
        LocalDate dateOfBirth,
        @Schema(description = "HIRE, LEAVE, SALARY_CHANGE: the day it takes effect", example = "2025-03-01")
        LocalDate effectiveDate,
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM")
        @Schema(description = "UNPAID_LEAVE: the month", example = "2025-03")
        String month,
        @Positive(message = "must be a positive amount in whole VND")
        @Schema(description = "HIRE, SALARY_CHANGE: the monthly SI salary in whole VND", example = "8000000")
        Long monthlySalary,
        @Min(value = 0, message = "must not be negative") @Max(value = 31, message = "must be at most 31")
        @Schema(description = "UNPAID_LEAVE: unpaid days in the month")
        Integer unpaidDays,
        @Schema(description = "UNPAID_LEAVE: the days are maternity leave, which counts as paid (default false)")
        Boolean maternity,
        @Size(max = LabourChangeFile.MAX_NOTE, message = "has at most 500 characters")
        String note) {

    /** The declaration to check; call only on a valid form. */
    LabourChange change() {
        return new LabourChange(0, DeclarationKind.valueOf(kind), cccd, fullName, dateOfBirth, effectiveDate,
                month == null ? null : YearMonth.parse(month), monthlySalary, unpaidDays, Boolean.TRUE.equals(maternity),
                note == null || note.isBlank() ? null : note.strip());
    }
}
