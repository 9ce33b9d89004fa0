package vn.ansinh.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a visit is paid at 100 % under the yearly co-payment cap, and why: the day the holder reached five
 * consecutive years (null if not reached), what they co-paid this year up to the visit, and the cap it must exceed
 * (null when the five years are not reached and the decision was made on a bulk look-up, which does not need it).
 */
public record FullBenefitDecision(boolean fullBenefit, String reason, LocalDate fiveYearsFrom,
                                  BigDecimal coPaidThisYear, BigDecimal cap) {
}
