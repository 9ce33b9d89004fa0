package vn.ansinh.collection;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One fund and payer of a monthly contribution: {@code amount = base x ratePercent / 100 - lessSupport}, in whole
 * dong. {@code lessSupport} is zero except on the line of a participant whose contribution others support in part:
 * that line shows the full contribution's base and rate, and deducts what the other lines pay, so the lines always
 * add up to the full contribution.
 */
public record ContributionLine(
        Fund fund,
        ContributionPayer payer,
        @Schema(description = "The base in whole VND: the capped salary, the chosen income, the base salary or the rural poverty line", example = "10000000")
        long base,
        @Schema(description = "Percent of the base: 14 means 14 %", example = "14")
        BigDecimal ratePercent,
        @Schema(description = "Whole VND per month", example = "1400000")
        long amount,
        String legalReference,
        @Schema(description = "Whole VND per month other payers' lines cover out of base x rate", example = "0")
        long lessSupport) {

    /** A line paying {@code ratePercent} of {@code base}. */
    static ContributionLine of(Fund fund, ContributionPayer payer, long base, BigDecimal ratePercent, String legalReference) {
        return new ContributionLine(fund, payer, base, Dong.plain(ratePercent),
                Dong.percentOf(base, ratePercent), legalReference, 0);
    }

    /** The rest of {@code ratePercent} of {@code base} once {@code support} is paid by others. */
    static ContributionLine rest(Fund fund, ContributionPayer payer, long base, BigDecimal ratePercent, long support,
                                 String legalReference) {
        long full = Dong.percentOf(base, ratePercent);
        if (support > full) {
            throw new IllegalArgumentException("support " + support + " exceeds the contribution " + full);
        }
        return new ContributionLine(fund, payer, base, Dong.plain(ratePercent), full - support,
                legalReference, support);
    }
}
