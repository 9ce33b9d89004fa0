package vn.ansinh.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new period of a parameter, as an administrator enters it. The unit comes from the code and may be omitted. */
record NewParameterPeriod(
        @NotBlank(message = "is required") String code,
        @Size(max = 60, message = "has at most 60 characters") String qualifier,
        @NotNull(message = "is required") LocalDate validFrom,
        LocalDate validTo,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") BigDecimal value,
        ParameterUnit unit,
        @NotBlank(message = "is required: name the decree, law or circular") @Size(max = 1000, message = "has at most 1000 characters") String legalReference,
        @NotNull(message = "is required (A, B or C)") Confidence confidence,
        @Size(max = 2000, message = "has at most 2000 characters") String note) {
}
