package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;

import vn.ansinh.claim.ClaimLine;

/**
 * A301: a unit price above the facility's approved price list on the line's date; the fund does not pay
 * (claimed - approved) x quantity x ratios x benefit percent.
 */
final class PriceAboveApprovedList implements AppraisalRule {

    public String code() {
        return "A301";
    }

    public String titleVi() {
        return "Đơn giá cao hơn giá được phê duyệt";
    }

    public String titleEn() {
        return "Unit price above the approved price list";
    }

    public void apply(ClaimUnderAppraisal claim) {
        for (ClaimLine line : claim.claim.lines()) {
            BigDecimal payable = claim.payableUnitPrice(line);
            if (payable.compareTo(line.hiUnitPrice()) < 0) {
                BigDecimal amount = claim.fundShare(line.quantity(), line.hiUnitPrice().subtract(payable),
                        line.serviceRatio(), line.hiPaymentRatio());
                claim.deductLine(this, line, amount, "unit price " + line.hiUnitPrice().stripTrailingZeros()
                        .toPlainString() + " above the approved " + payable.stripTrailingZeros().toPlainString());
            }
        }
    }
}
