package vn.ansinh.registry;

import java.util.regex.Pattern;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.VietnameseText;

/** A full name as the registry keeps it: Vietnamese letters, spaces, and a few marks; NFC, single spaces. */
final class PersonNames {

    static final String FIELD = "fullName";
    static final int MAX_LENGTH = 100;
    /** Letters (with any accents) in words separated by spaces, hyphens, apostrophes or dots. */
    static final String PATTERN = "^\\s*[\\p{L}\\p{M}]+([ .'-]+[\\p{L}\\p{M}]+)*[.]?\\s*$";
    static final String PATTERN_MESSAGE = "must be letters separated by spaces, hyphens, apostrophes or dots";
    private static final Pattern NAME = Pattern.compile(PATTERN);

    private PersonNames() {
    }

    static String normalise(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInput(FIELD, "is required");
        }
        String normalised = VietnameseText.normalizeName(fullName);
        if (normalised.length() > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "must have at most " + MAX_LENGTH + " characters");
        }
        if (!NAME.matcher(normalised).matches()) {
            throw new InvalidInput(FIELD, PATTERN_MESSAGE);
        }
        return normalised;
    }
}
