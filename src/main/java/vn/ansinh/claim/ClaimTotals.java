package vn.ansinh.claim;

import java.math.BigDecimal;

/**
 * The summary amounts of an encounter as claimed (the XML1 totals), each the sum of its lines (RULES.md section 8).
 *
 * @param hospitalTotal   what the facility charged in all
 * @param hiTotal         the part in HI scope
 * @param patientOutOfScope costs outside HI scope, paid by the patient
 * @param patientCoPayment the patient's co-payment on covered costs
 * @param fundPays        what the HI fund is asked to pay
 * @param otherSources    paid by other sources
 */
public record ClaimTotals(
        BigDecimal drugs,
        BigDecimal supplies,
        BigDecimal hospitalTotal,
        BigDecimal hiTotal,
        BigDecimal patientOutOfScope,
        BigDecimal patientCoPayment,
        BigDecimal fundPays,
        BigDecimal otherSources) {
}
