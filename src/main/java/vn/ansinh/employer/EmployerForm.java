package vn.ansinh.employer;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An employer as a collection officer enters it, to register or to update. The tax code is required to register
 * and cannot change afterwards. {@code wageRegion} defaults to the commune's; {@code sizeClass} defaults to the class
 * suggested by {@code headcount}, and one of the two must be given.
 */
record EmployerForm(
        @NotBlank(groups = Registration.class, message = "is required") @ValidTaxCode String taxCode,
        @NotBlank(message = "is required") @Size(max = 300, message = "has at most 300 characters") String name,
        @NotBlank(message = "is required") @Size(max = 10, message = "has at most 10 characters") String communeCode,
        @Min(value = 1, message = "must be between 1 and 4") @Max(value = 4, message = "must be between 1 and 4") Integer wageRegion,
        @NotNull(message = "is required") @OneOf(Ownership.class) String ownership,
        @NotNull(message = "is required") @OneOf(Sector.class) String sector,
        @OneOf(SizeClass.class) String sizeClass,
        @PositiveOrZero(message = "must not be negative") Integer headcount,
        Boolean reducedAccidentRate,
        @PastOrPresent(message = "cannot be in the future") LocalDate registeredOn) {

    /** Validation group of the checks that apply only when registering. */
    interface Registration {
    }
}
