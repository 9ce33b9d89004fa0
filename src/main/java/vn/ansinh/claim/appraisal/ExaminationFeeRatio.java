package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;

import vn.ansinh.claim.ClaimLine;
import vn.ansinh.claim.LineKind;
import vn.ansinh.parameter.ParameterCode;

/**
 * A302: the n-th examination of a person at one facility on one day is paid at EXAMINATION_FEE_RATIO n (100, then
 * 30, 30, 30, 10, then 0; RULES.md section 7), counted across all the person's claims there that day.
 */
final class ExaminationFeeRatio implements AppraisalRule {

    /** Ministry service group of examinations (MA_NHOM 13). */
    static final String EXAMINATION_GROUP = "13";
    private static final int LAST_RATIO = 6;

    public String code() {
        return "A302";
    }

    public String titleVi() {
        return "Tỷ lệ thanh toán công khám không đúng";
    }

    public String titleEn() {
        return "Examination fee ratio above the ratio due";
    }

    public void apply(ClaimUnderAppraisal claim) {
        for (ClaimLine line : claim.claim.lines()) {
            if (line.kind() != LineKind.SERVICE || !EXAMINATION_GROUP.equals(line.groupCode())) {
                continue;
            }
            int ordinal = claim.facts.examinationOrdinal(claim.id, line.lineNo());
            BigDecimal due = claim.reference.requireParameter(ParameterCode.EXAMINATION_FEE_RATIO,
                    String.valueOf(Math.min(ordinal, LAST_RATIO)), claim.lineDate(line));
            BigDecimal claimed = line.serviceRatio() == null ? BenefitPercents.HUNDRED : line.serviceRatio();
            if (claimed.compareTo(due) > 0) {
                BigDecimal amount = claim.fundShare(line.quantity(), claim.payableUnitPrice(line),
                        claimed.subtract(due), line.hiPaymentRatio());
                claim.deductLine(this, line, amount, "examination no. " + ordinal + " that day at the facility: ratio "
                        + BenefitPercents.plain(due) + " %, claimed " + BenefitPercents.plain(claimed) + " %");
            }
        }
    }
}
