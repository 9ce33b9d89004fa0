package vn.ansinh.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search keys for Vietnamese names: "Nguyễn Thị Đào" and "nguyen thi dao" must find the same person. Accents are
 * combining marks after NFD decomposition, except đ/Đ, which is a letter of its own and is folded to d by hand.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** Names as people write them: NFC, single spaces, no leading or trailing blanks. */
    public static String normalizeName(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).trim()).replaceAll(" ");
    }
}
