package vn.ansinh.employer;

import java.util.Optional;

import vn.ansinh.shared.InvalidInput;

/**
 * A Vietnamese tax code (ma so thue): 10 digits for an enterprise, or 13 for a branch (the parent's 10 and a branch
 * number 001-999). Digits 1-2 are the province of registration, 3-9 a number that is never all zeros, and digit 10 a
 * check digit: 10 - (sum of the first nine digits weighted 31, 29, 23, 19, 17, 13, 7, 5, 3) mod 11. A remainder of 0
 * leaves no valid check digit, so no code is issued with it. (Rule as implemented by python-stdnum, stdnum/vn/mst.py.)
 * Spaces, dots and dashes people type between the groups are dropped.
 * <p>
 * Public so that code issuing tax codes (the demo generator) uses this rule through {@link #withCheckDigit}.
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** Validates too, so that a tax code made anywhere is a valid one, kept without separators. */
    public TaxCode {
        Optional<String> problem = problem(value);
        if (problem.isEmpty() && !value.equals(compact(value))) {
            problem = Optional.of("must be kept without spaces, dots or dashes");
        }
        problem.ifPresent(reason -> {
            throw new InvalidInput("taxCode", reason);
        });
    }

    static TaxCode parse(String raw) {
        return new TaxCode(compact(raw));
    }

    /**
     * The valid ten-digit code made of these nine digits and their check digit, or empty when there is none: no
     * check digit fits, or digits 3 to 9 are all 0. What a tax office issuing codes in sequence skips.
     *
     * @throws IllegalArgumentException unless {@code firstNine} is nine digits
     */
    public static Optional<TaxCode> withCheckDigit(String firstNine) {
        if (firstNine == null || !firstNine.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("nine digits expected, got " + firstNine);
        }
        int check = checkDigit(firstNine);
        if (check == 10) {
            return Optional.empty();
        }
        String code = firstNine + check;
        return problem(code).isEmpty() ? Optional.of(new TaxCode(code)) : Optional.empty();
    }

    /** What is wrong with the text as a tax code, if anything. */
    public static Optional<String> problem(String raw) {
        String digits = compact(raw);
        if (!digits.matches("[0-9]{10}|[0-9]{13}")) {
            return Optional.of("must have 10 digits (13 for a branch)");
        }
        if (digits.substring(2, 9).equals("0000000")) {
            return Optional.of("digits 3 to 9 cannot all be 0");
        }
        if (digits.length() == 13 && digits.endsWith("000")) {
            return Optional.of("the branch number (digits 11 to 13) cannot be 000");
        }
        int expected = checkDigit(digits);
        if (expected != digits.charAt(9) - '0') {
            return Optional.of(expected == 10 ? "is not a valid tax code: no check digit fits digits 1 to 9"
                    : "the check digit (10th digit) should be " + expected);
        }
        return Optional.empty();
    }

    /** 10 - weighted sum mod 11; 10 means no digit can be valid. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }

    public static String compact(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
    }
}
