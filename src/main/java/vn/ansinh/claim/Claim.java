package vn.ansinh.claim;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One encounter claimed by a facility, as received (the XML1 summary with its XML2 and XML3 lines).
 * A facility's code and its encounter key identify the encounter; a resend is a new version of the same encounter.
 *
 * @param facilityCode       the treating facility (five digits)
 * @param encounterKey       the facility's key linking all tables of the encounter
 * @param cardNumbers        the HI card numbers used (15 characters each), usually one
 * @param registeredFacility the card's registered primary-care facility
 * @param patientCategory    how the patient came: e.g. "1" registered, "2" emergency, "3.x" self-referred
 * @param fiveYearsFrom      the date the facility says the five-year status was reached, null when none
 * @param sex                1 male, 2 female, 3 unknown
 */
public record Claim(
        String facilityCode,
        String encounterKey,
        ClaimStandard standard,
        String patientCode,
        String fullName,
        String cccd,
        LocalDate dateOfBirth,
        int sex,
        List<String> cardNumbers,
        String registeredFacility,
        LocalDate cardValidFrom,
        LocalDate cardValidTo,
        String mainDiagnosis,
        List<String> otherDiagnoses,
        String patientCategory,
        EncounterType encounterType,
        LocalDateTime admittedAt,
        LocalDateTime dischargedAt,
        int treatmentDays,
        String department,
        String areaCode,
        LocalDate fiveYearsFrom,
        YearMonth settlementMonth,
        ClaimTotals totals,
        List<ClaimLine> lines) {

    public Claim {
        cardNumbers = List.copyOf(cardNumbers);
        otherDiagnoses = List.copyOf(otherDiagnoses);
        lines = List.copyOf(lines);
    }
}
