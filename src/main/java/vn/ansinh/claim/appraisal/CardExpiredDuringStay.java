package vn.ansinh.claim.appraisal;

import java.time.LocalDate;

import vn.ansinh.claim.ClaimLine;
import vn.ansinh.parameter.ParameterCode;

/**
 * A102: a card that expires during treatment stays payable until discharge, but at most HI_CARD_GRACE_DAYS after
 * expiry (RULES.md section 7); lines dated later are not paid.
 */
final class CardExpiredDuringStay implements AppraisalRule {

    public String code() {
        return "A102";
    }

    public String titleVi() {
        return "Thẻ hết hạn trong khi điều trị, quá số ngày được hưởng tiếp";
    }

    public String titleEn() {
        return "Card expired during treatment, beyond the days still payable";
    }

    public void apply(ClaimUnderAppraisal claim) {
        LocalDate expiry = claim.card.card().validTo();
        if (!claim.claim.dischargedAt().toLocalDate().isAfter(expiry)) {
            return;
        }
        int grace = claim.reference.requireParameter(ParameterCode.HI_CARD_GRACE_DAYS, null, claim.admission).intValue();
        LocalDate lastPayable = expiry.plusDays(grace);
        for (ClaimLine line : claim.claim.lines()) {
            if (claim.lineDate(line).isAfter(lastPayable)) {
                claim.deductLine(this, line, claim.remaining(line), "dated " + claim.lineDate(line)
                        + ", after " + lastPayable + " (card expired " + expiry + " + " + grace + " days)");
            }
        }
    }
}
