package vn.ansinh.claim.settlement;

import java.math.BigDecimal;

/**
 * A facility whose figure stands out among its peers of the same level over a period, with the figures behind it.
 *
 * @param value       the facility's figure (a share is a fraction, 0.25 = 25 %)
 * @param numerator   what the figure divides (e.g. the traditional-medicine cost)
 * @param denominator by what (e.g. the covered cost of all claims)
 * @param peerMedian  the median of the figure over facilities of the same level
 * @param peers       how many facilities of the level have the figure
 * @param threshold   the ratio to the median above which a figure is a lead
 */
public record AnomalyLead(String facilityCode, String facilityName, String level, String indicator,
                          BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal peerMedian,
                          int peers, BigDecimal threshold) {

    /** How many times the peers' median the figure is. */
    public BigDecimal timesMedian() {
        return value.divide(peerMedian, 2, java.math.RoundingMode.HALF_UP);
    }
}
