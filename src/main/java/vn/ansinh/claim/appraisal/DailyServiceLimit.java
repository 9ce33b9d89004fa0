package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import vn.ansinh.claim.ClaimLine;

/**
 * A402: a service claimed more often in a day than its limit (table claim_service_daily_limit) for one person, at
 * any facility; the quantity beyond the limit, in the order performed, is not paid.
 */
final class DailyServiceLimit implements AppraisalRule {

    public String code() {
        return "A402";
    }

    public String titleVi() {
        return "Dịch vụ vượt số lần tối đa trong ngày";
    }

    public String titleEn() {
        return "Service beyond its daily limit";
    }

    public void apply(ClaimUnderAppraisal claim) {
        Map<CrossClaimFacts.LineKey, CrossClaimFacts.Excess> excess = claim.facts.dailyExcess.getOrDefault(claim.id,
                Map.of());
        if (excess.isEmpty()) {
            return;
        }
        for (ClaimLine line : claim.claim.lines()) {
            CrossClaimFacts.Excess over = excess.get(new CrossClaimFacts.LineKey(line.kind(), line.lineNo()));
            if (over != null && line.quantity().signum() > 0) {
                BigDecimal amount = claim.remaining(line).multiply(over.quantity())
                        .divide(line.quantity(), 2, RoundingMode.HALF_UP);
                claim.deductLine(this, line, amount, over.quantity().stripTrailingZeros().toPlainString()
                        + " beyond the limit of " + over.maxPerDay().stripTrailingZeros().toPlainString() + " a day");
            }
        }
    }
}
