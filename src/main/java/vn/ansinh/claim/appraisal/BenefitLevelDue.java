package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.ansinh.claim.ClaimLine;

/**
 * A201: each line's fund share recomputed at the benefit percent due ({@link BenefitPercents}): covered amount x
 * percent, less what other sources paid beyond the patient's parts (RULES.md section 8); a facility that asked the
 * fund for more loses the difference.
 */
final class BenefitLevelDue implements AppraisalRule {

    public String code() {
        return "A201";
    }

    public String titleVi() {
        return "Mức hưởng BHYT không đúng";
    }

    public String titleEn() {
        return "Benefit level applied above the level due";
    }

    public void apply(ClaimUnderAppraisal claim) {
        BigDecimal percent = claim.benefitPercent().orElseThrow();
        for (ClaimLine line : claim.claim.lines()) {
            BigDecimal due = dueFund(line, percent);
            BigDecimal excess = line.fundPays().subtract(due);
            if (excess.signum() > 0) {
                claim.deductLine(this, line, excess, "fund share due " + due.toPlainString() + " at "
                        + claim.benefitBasis() + ", claimed " + line.fundPays().toPlainString());
            }
        }
    }

    /** The fund's share of a line as claimed (its covered amount) at the percent due; other sources go first. */
    static BigDecimal dueFund(ClaimLine line, BigDecimal percent) {
        BigDecimal fund = line.hiAmount().multiply(percent).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal patientParts = line.hospitalAmount().subtract(fund);
        BigDecimal otherBeyondPatient = line.otherSources().subtract(patientParts).max(BigDecimal.ZERO);
        return fund.subtract(otherBeyondPatient).max(BigDecimal.ZERO);
    }
}
