package vn.ansinh.collection;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A quote request: {@code kind} and {@code month}, and the fields of that kind (see {@link QuoteRequestFields}).
 * Names of kinds, categories and groups are checked against their enums there, so each list lives in one place.
 */
@QuoteRequestFields
@Schema(description = "COMPULSORY needs salary and wageRegion (workerType, reducedAccidentRate, unpaidDays optional); "
        + "VOLUNTARY needs income and category (months optional); HOUSEHOLD needs member; "
        + "BUDGET_HI needs group (provinceSupportPercent optional)")
record QuoteRequest(
        @NotNull(message = "is required: COMPULSORY, VOLUNTARY, HOUSEHOLD or BUDGET_HI")
        @Schema(allowableValues = {"COMPULSORY", "VOLUNTARY", "HOUSEHOLD", "BUDGET_HI"}, example = "COMPULSORY")
        String kind,
        @NotNull(message = "is required, as YYYY-MM")
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM")
        @Schema(description = "The contribution month; the parameters in force on its first day apply", example = "2024-08")
        String month,
        @Positive(message = "must be a positive amount in whole VND")
        @Schema(description = "COMPULSORY: the monthly SI salary in whole VND", example = "10000000")
        Long salary,
        @Min(value = 1, message = "must be between 1 and 4") @Max(value = 4, message = "must be between 1 and 4")
        @Schema(description = "COMPULSORY: wage region (1..4) of the employer's commune", example = "1")
        Integer wageRegion,
        @Schema(description = "COMPULSORY: VIETNAMESE (default) or FOREIGN", allowableValues = {"VIETNAMESE", "FOREIGN"})
        String workerType,
        @Schema(description = "COMPULSORY: the employer is approved for the reduced occupational accident rate (default false)")
        Boolean reducedAccidentRate,
        @Min(value = 0, message = "must not be negative") @Max(value = 31, message = "must be at most 31")
        @Schema(description = "COMPULSORY: unpaid working days in the month; maternity leave counts as paid (default 0)")
        Integer unpaidDays,
        @Positive(message = "must be a positive amount in whole VND")
        @Schema(description = "VOLUNTARY: the chosen monthly income in whole VND", example = "1500000")
        Long income,
        @Schema(description = "VOLUNTARY: support category", allowableValues = {"POOR", "NEAR_POOR", "ETHNIC_MINORITY", "OTHER"})
        String category,
        @Schema(description = "VOLUNTARY: months paid at once, 1 (default), 3, 6 or 12")
        Integer months,
        @Min(value = 1, message = "must be at least 1 (the first member)")
        @Schema(description = "HOUSEHOLD: the member's order in the household, 1 = first; 5 and later pay alike", example = "2")
        Integer member,
        @Schema(description = "BUDGET_HI: the group the budget pays or supports",
                allowableValues = {"POOR", "CHILD_UNDER_6", "NEAR_POOR_IN_POOR_COMMUNE", "SOCIAL_PROTECTION",
                        "MERITORIOUS_SERVICE", "NEAR_POOR", "PUPIL_STUDENT", "FARM_AVERAGE"})
        String group,
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals")
        @Schema(description = "BUDGET_HI: percent the province adds to the national support (default 0)", example = "30")
        BigDecimal provinceSupportPercent) {
}
