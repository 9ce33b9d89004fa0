package vn.ansinh.claim;

import java.math.BigDecimal;
import java.util.List;

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

    /** The totals as the sums of the lines (RULES.md section 8: the XML1 totals are the sums of the lines). */
    public static ClaimTotals sumOf(List<ClaimLine> lines) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal drugs = zero, supplies = zero, hospital = zero, hi = zero, outOfScope = zero, coPayment = zero,
                fund = zero, other = zero;
        for (ClaimLine line : lines) {
            if (line.kind() == LineKind.DRUG) {
                drugs = drugs.add(line.hospitalAmount());
            } else if (line.kind() == LineKind.SUPPLY) {
                supplies = supplies.add(line.hospitalAmount());
            }
            hospital = hospital.add(line.hospitalAmount());
            hi = hi.add(line.hiAmount());
            outOfScope = outOfScope.add(line.patientOutOfScope());
            coPayment = coPayment.add(line.patientCoPayment());
            fund = fund.add(line.fundPays());
            other = other.add(line.otherSources());
        }
        return new ClaimTotals(drugs, supplies, hospital, hi, outOfScope, coPayment, fund, other);
    }
}
