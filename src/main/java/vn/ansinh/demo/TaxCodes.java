package vn.ansinh.demo;

/**
 * Ten-digit enterprise tax codes: two digits for the tax office's province, seven of sequence, and a check digit
 * (weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over the first nine digits; check = 10 - sum mod 11, numbers where that is
 * not a single digit are never issued).
 * <p>
 * The employer module owns tax-code validation; this copy only lets the generator issue valid codes on its own. The
 * integrator may make one call the other.
 */
final class TaxCodes {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCodes() {
    }

    /** The check digit of nine digits, or -1 when none exists (such numbers are skipped). */
    static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check >= 0 && check <= 9 ? check : -1;
    }
}
