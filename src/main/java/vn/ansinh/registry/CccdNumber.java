package vn.ansinh.registry;

import java.util.Optional;

import vn.ansinh.shared.InvalidInput;

/**
 * A citizen identity number (CCCD) of the right shape: 12 digits. Digits 1-3 are the province of birth
 * registration, digit 4 the century of birth and sex, digits 5-6 the last two digits of the birth year, digits 7-12
 * random. Whether it agrees with a person is {@link CccdPolicy}'s question.
 */
public record CccdNumber(String value) {

    /** The first and last year a century-and-sex digit exists for (RULES.md section 2: 1900s, 2000s, 2100s). */
    public static final int FIRST_CENTURY = 1900;
    public static final int LAST_YEAR = 2199;

    public CccdNumber {
        shapeProblem(value).ifPresent(reason -> {
            throw new InvalidInput(CccdPolicy.FIELD, reason);
        });
    }

    public static CccdNumber of(String value) {
        return new CccdNumber(value);
    }

    /**
     * Makes a CCCD from its parts, as the ID office does; {@code serial} is the six trailing digits (0 to 999999).
     * Used by the demo generator; {@link CccdPolicy} accepts every number made here with the same sex and birth year.
     */
    public static CccdNumber compose(String provinceCode, Sex sex, int birthYear, int serial) {
        if (!ProvinceCodes.isKnown(provinceCode)) {
            throw new IllegalArgumentException("not an official province code: " + provinceCode);
        }
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("serial must have at most six digits: " + serial);
        }
        return new CccdNumber("%s%d%02d%06d".formatted(provinceCode, centuryAndSexDigit(sex, birthYear),
                birthYear % 100, serial));
    }

    /** Digit 4: 0/1 a man/woman born in the 1900s, 2/3 in the 2000s, 4/5 in the 2100s. */
    public static int centuryAndSexDigit(Sex sex, int birthYear) {
        if (birthYear < FIRST_CENTURY || birthYear > LAST_YEAR) {
            throw new IllegalArgumentException("no CCCD century digit for a birth in " + birthYear);
        }
        return (birthYear / 100 - FIRST_CENTURY / 100) * 2 + (sex == Sex.F ? 1 : 0);
    }

    /** Why a text is not a CCCD at all, if it is not: missing, not 12 characters, or not all digits. */
    static Optional<String> shapeProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        if (value.length() != 12) {
            return Optional.of("must be exactly 12 digits, has " + value.length() + " characters");
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("must contain only digits 0-9");
        }
        return Optional.empty();
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    public int centuryAndSexDigit() {
        return value.charAt(3) - '0';
    }

    public int birthYearDigits() {
        return Integer.parseInt(value.substring(4, 6));
    }

    /** The first year of the century digit 4 stands for (1900, 2000 or 2100); empty for digits 6 to 9. */
    public Optional<Integer> century() {
        int digit = centuryAndSexDigit();
        return digit > 5 ? Optional.empty() : Optional.of(FIRST_CENTURY + digit / 2 * 100);
    }

    /** The sex digit 4 stands for; empty for digits 6 to 9. */
    public Optional<Sex> sex() {
        int digit = centuryAndSexDigit();
        return digit > 5 ? Optional.empty() : Optional.of(digit % 2 == 0 ? Sex.M : Sex.F);
    }

    @Override
    public String toString() {
        return value;
    }
}
