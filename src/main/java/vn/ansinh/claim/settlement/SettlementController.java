package vn.ansinh.claim.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claim settlement and HI fund", description = "Settlement with facilities, spending against budget, anomaly leads")
class SettlementController {

    private static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CLAIMS_APPRAISER', 'MANAGER')";
    private static final String SETTLERS = "hasAnyRole('ADMINISTRATOR', 'CLAIMS_APPRAISER')";
    private static final String BUDGET_SETTERS = "hasAnyRole('ADMINISTRATOR', 'MANAGER')";

    private final SettlingClaims settling;
    private final HealthInsuranceFund fund;
    private final AnomalyLeads anomalies;

    SettlementController(SettlingClaims settling, HealthInsuranceFund fund, AnomalyLeads anomalies) {
        this.settling = settling;
        this.fund = fund;
        this.anomalies = anomalies;
    }

    record Payment(@NotNull(message = "is required: ADVANCE or SETTLEMENT") SettlingClaims.PaymentKind kind,
                   @NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be positive")
                   @Digits(integer = 13, fraction = 2, message = "VND with at most two decimals") BigDecimal amount,
                   @NotNull(message = "is required") LocalDate paidOn,
                   @NotBlank(message = "is required: the payment order's number")
                   @Size(max = 64, message = "at most 64 characters") String reference) {
    }

    record Budget(@NotNull(message = "is required") @Min(value = 1, message = "must be positive") Long amount,
                  @NotBlank(message = "is required: the decision allotting the budget")
                  @Size(max = 500, message = "at most 500 characters") String legalReference) {
    }

    @GetMapping("/settlements")
    @PreAuthorize(READERS)
    @Operation(summary = "Every facility of your area with claims in the period (2025-03 or 2025-Q1)")
    List<FacilitySettlement> statements(@RequestParam String period) {
        return settling.statements(SettlementPeriod.parse("period", period));
    }

    @GetMapping("/settlements/{facility}/{period}")
    @PreAuthorize(READERS)
    @Operation(summary = "A facility's statement: claimed, approved, deducted, in review, paid")
    FacilitySettlement statement(@PathVariable String facility, @PathVariable String period) {
        return settling.statement(facility, SettlementPeriod.parse("period", period));
    }

    @PostMapping("/settlements/{facility}/{period}/close")
    @PreAuthorize(SETTLERS)
    @Operation(summary = "Close the facility's period with its figures of now")
    FacilitySettlement close(@PathVariable String facility, @PathVariable String period) {
        return settling.close(facility, SettlementPeriod.parse("period", period));
    }

    @PostMapping("/settlements/{facility}/{period}/payments")
    @PreAuthorize(SETTLERS)
    @Operation(summary = "Record a payment order to the facility (idempotent by its reference)")
    FacilitySettlement pay(@PathVariable String facility, @PathVariable String period,
                           @Valid @RequestBody Payment payment) {
        return settling.recordPayment(facility, SettlementPeriod.parse("period", period), payment.kind(),
                payment.amount(), payment.paidOn(), payment.reference());
    }

    @GetMapping("/fund")
    @PreAuthorize(READERS)
    @Operation(summary = "HI spending of an area against its budget, with the year-end projection")
    FundPosition fund(@RequestParam String area, @RequestParam int year,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth asOf) {
        return fund.ofArea(area, year, asOf != null ? asOf : YearMonth.of(year, 12));
    }

    @PutMapping("/budgets/{area}/{year}")
    @PreAuthorize(BUDGET_SETTERS)
    @Operation(summary = "Set the HI budget allotted to an area for a year")
    FundPosition budget(@PathVariable String area, @PathVariable int year, @Valid @RequestBody Budget budget) {
        fund.setBudget(area, year, budget.amount(), budget.legalReference());
        return fund.ofArea(area, year, YearMonth.of(year, 12));
    }

    @GetMapping("/anomalies")
    @PreAuthorize(READERS)
    @Operation(summary = "Facilities of your area standing out against peers of their level in the period")
    List<AnomalyLead> anomalies(@RequestParam String period) {
        return anomalies.of(SettlementPeriod.parse("period", period));
    }
}
