package vn.ansinh.card;

import java.util.regex.Pattern;

/**
 * A 15-character HI card number (RULES.md section 2): participant group, printed benefit level, province of the
 * issuing office, SI code.
 */
public record CardNumber(String group, int benefitLevel, String province, String siCode) {

    static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$");

    public CardNumber {
        if (!SHAPE.matcher(group + benefitLevel + province + siCode).matches()) {
            throw new IllegalArgumentException("not a card number: " + group + benefitLevel + province + siCode);
        }
    }

    public static boolean wellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public static CardNumber parse(String value) {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a card number: " + value);
        }
        return new CardNumber(value.substring(0, 2), value.charAt(2) - '0', value.substring(3, 5), value.substring(5));
    }

    public String value() {
        return group + benefitLevel + province + siCode;
    }

    @Override
    public String toString() {
        return value();
    }
}
