package vn.ansinh.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole Vietnamese dong: the one place a contribution amount is rounded. */
final class Dong {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Dong() {
    }

    /**
     * {@code base x ratePercent / 100} in whole dong. The office's rule: every line is rounded on its own, half up
     * to the whole dong (0.5 dong and more up, less down), and totals are sums of rounded lines, never rounded
     * again. The same in SQL is {@code round(base * rate / 100)} (PostgreSQL rounds numeric halves away from zero,
     * which is half up for these positive amounts).
     */
    static long percentOf(long base, BigDecimal ratePercent) {
        return BigDecimal.valueOf(base).multiply(ratePercent).divide(HUNDRED)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A rate in percent as whole basis points (1.5 % is 150), for whole-number arithmetic in bulk SQL, where
     * {@code (base * bp + 5000) / 10000} rounds exactly as {@link #percentOf} does. Refuses a rate with more than
     * two decimals, which basis points could not carry exactly.
     */
    static long basisPoints(BigDecimal ratePercent) {
        return ratePercent.movePointRight(2).longValueExact();
    }

    /** A percentage without trailing zeros and never in exponent notation: 11.00 becomes 11, 20 stays 20. */
    static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
