package vn.ansinh.claim;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One line of a claim as the facility sent it. Amounts in VND with two decimals, unit prices with three
 * (RULES.md section 8). For drugs {@code hospitalUnitPrice} and {@code hiUnitPrice} are the same price and
 * {@code serviceRatio} is null.
 *
 * @param lineNo            position within its table (STT), from 1
 * @param scope             1 in HI scope, 2 outside, 3 outside but paid for the armed forces
 * @param hiPaymentRatio    the share of the price HI pays for this item, percent
 * @param serviceRatio      examination fee ratio (TYLE_TT_DV), percent; null for drugs
 * @param benefitPercent    the benefit level applied to the line (MUC_HUONG), percent
 * @param supplyCeiling     the ceiling of a supply's HI payment, null when none
 * @param paymentMethod     1 fee for service, 2 capitation, 3 DRG
 */
public record ClaimLine(
        LineKind kind,
        int lineNo,
        String itemCode,
        String itemName,
        String unit,
        String groupCode,
        int scope,
        BigDecimal hiPaymentRatio,
        BigDecimal serviceRatio,
        BigDecimal quantity,
        BigDecimal hospitalUnitPrice,
        BigDecimal hiUnitPrice,
        BigDecimal hospitalAmount,
        BigDecimal hiAmount,
        BigDecimal otherSources,
        BigDecimal benefitPercent,
        BigDecimal patientOutOfScope,
        BigDecimal patientCoPayment,
        BigDecimal fundPays,
        BigDecimal supplyCeiling,
        String department,
        String doctor,
        LocalDateTime orderedAt,
        LocalDateTime performedAt,
        int paymentMethod) {
}
