package vn.ansinh.collection;

import java.time.YearMonth;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one assessment of a month booked for voluntary SI participants, households and budget-paid HI: the paid
 * periods due this month that were booked now (earlier runs booked the rest), their ledger journals, and the
 * person-months they cover.
 */
public record ParticipantAssessment(
        @Schema(type = "string", example = "2025-08") YearMonth month,
        @Schema(description = "Voluntary SI periods booked") int voluntaryPeriods,
        @Schema(description = "Household HI periods booked") int householdPeriods,
        @Schema(description = "Budget-paid or supported HI periods booked") int budgetPeriods,
        @Schema(description = "Ledger journals booked, one per payer and period") int journals,
        @Schema(description = "Person-months covered by the periods booked") int personMonths) {
}
