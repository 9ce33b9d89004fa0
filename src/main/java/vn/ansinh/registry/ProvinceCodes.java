package vn.ansinh.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 63 official province codes (GSO codes, as before the 2025 merger), the one list the platform keeps. A CCCD
 * starts with the three-digit form of the province where the birth was registered ({@code 001} Ha Noi); an SI code
 * starts with the two-digit form of the province of the office that issued it ({@code 01}). Every three-digit code
 * is {@code 0} followed by the two-digit one. Provinces merged in 2025 kept one of these codes, so old and new data
 * both fit.
 */
public final class ProvinceCodes {

    private static final Map<String, String> NAMES;

    static {
        String[][] rows = {
                {"001", "Ha Noi"}, {"002", "Ha Giang"}, {"004", "Cao Bang"}, {"006", "Bac Kan"},
                {"008", "Tuyen Quang"}, {"010", "Lao Cai"}, {"011", "Dien Bien"}, {"012", "Lai Chau"},
                {"014", "Son La"}, {"015", "Yen Bai"}, {"017", "Hoa Binh"}, {"019", "Thai Nguyen"},
                {"020", "Lang Son"}, {"022", "Quang Ninh"}, {"024", "Bac Giang"}, {"025", "Phu Tho"},
                {"026", "Vinh Phuc"}, {"027", "Bac Ninh"}, {"030", "Hai Duong"}, {"031", "Hai Phong"},
                {"033", "Hung Yen"}, {"034", "Thai Binh"}, {"035", "Ha Nam"}, {"036", "Nam Dinh"},
                {"037", "Ninh Binh"}, {"038", "Thanh Hoa"}, {"040", "Nghe An"}, {"042", "Ha Tinh"},
                {"044", "Quang Binh"}, {"045", "Quang Tri"}, {"046", "Thua Thien Hue"}, {"048", "Da Nang"},
                {"049", "Quang Nam"}, {"051", "Quang Ngai"}, {"052", "Binh Dinh"}, {"054", "Phu Yen"},
                {"056", "Khanh Hoa"}, {"058", "Ninh Thuan"}, {"060", "Binh Thuan"}, {"062", "Kon Tum"},
                {"064", "Gia Lai"}, {"066", "Dak Lak"}, {"067", "Dak Nong"}, {"068", "Lam Dong"},
                {"070", "Binh Phuoc"}, {"072", "Tay Ninh"}, {"074", "Binh Duong"}, {"075", "Dong Nai"},
                {"077", "Ba Ria-Vung Tau"}, {"079", "Ho Chi Minh City"}, {"080", "Long An"}, {"082", "Tien Giang"},
                {"083", "Ben Tre"}, {"084", "Tra Vinh"}, {"086", "Vinh Long"}, {"087", "Dong Thap"},
                {"089", "An Giang"}, {"091", "Kien Giang"}, {"092", "Can Tho"}, {"093", "Hau Giang"},
                {"094", "Soc Trang"}, {"095", "Bac Lieu"}, {"096", "Ca Mau"}};
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : rows) {
            names.put(row[0], row[1]);
        }
        NAMES = Collections.unmodifiableMap(names);
    }

    private ProvinceCodes() {
    }

    /** Three-digit code to English name, in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }

    /** The three-digit codes in order, for generators that pick one. */
    public static List<String> codes() {
        return List.copyOf(NAMES.keySet());
    }

    /** Whether a three-digit code (the first three digits of a CCCD) is an official province code. */
    public static boolean isKnown(String threeDigitCode) {
        return threeDigitCode != null && NAMES.containsKey(threeDigitCode);
    }

    /** Whether a two-digit code (the first two digits of an SI code) is an official province code. */
    public static boolean isKnownTwoDigit(String twoDigitCode) {
        return twoDigitCode != null && twoDigitCode.length() == 2 && NAMES.containsKey("0" + twoDigitCode);
    }

    public static Optional<String> name(String threeDigitCode) {
        return Optional.ofNullable(threeDigitCode == null ? null : NAMES.get(threeDigitCode));
    }

    /** {@code "079"} gives {@code "79"}: the form an SI code and an HI card number use. */
    public static String twoDigit(String threeDigitCode) {
        if (!isKnown(threeDigitCode)) {
            throw new IllegalArgumentException("not an official province code: " + threeDigitCode);
        }
        return threeDigitCode.substring(1);
    }
}
