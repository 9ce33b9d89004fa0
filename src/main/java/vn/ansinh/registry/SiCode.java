package vn.ansinh.registry;

import vn.ansinh.shared.InvalidInput;

/**
 * A social insurance code (ma so BHXH): 10 digits, one per person for life, the last 10 characters of the HI card
 * number. Codes this platform issues are the two-digit province code of the issuing office followed by an
 * eight-digit serial from the PostgreSQL sequence {@code si_code_serial} (see {@link SiCodes}); codes issued
 * elsewhere are kept as they are.
 */
public record SiCode(String value) {

    public static final String FIELD = "siCode";
    public static final long MAX_SERIAL = 99_999_999L;

    public SiCode {
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new InvalidInput(FIELD, "must be exactly 10 digits");
        }
    }

    public static SiCode of(String value) {
        return new SiCode(value);
    }

    /** {@code compose("40", 123)} gives {@code 4000000123}. */
    public static SiCode compose(String officeProvinceCode, long serial) {
        if (!ProvinceCodes.isKnownTwoDigit(officeProvinceCode)) {
            throw new IllegalArgumentException("not a two-digit official province code: " + officeProvinceCode);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("an SI code serial runs from 1 to " + MAX_SERIAL + ": " + serial);
        }
        return new SiCode("%s%08d".formatted(officeProvinceCode, serial));
    }

    /** The first two digits: the province of the office that issued the code. */
    public String officeProvinceCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
