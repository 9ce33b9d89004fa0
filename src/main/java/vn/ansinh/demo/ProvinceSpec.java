package vn.ansinh.demo;

import java.util.Map;

import vn.ansinh.registry.ProvinceCodes;

/**
 * What to generate: the seed and the size decide everything else, so the same spec always gives the same rows.
 *
 * @param seed         any number; a different seed gives a different province of the same size
 * @param provinceCode the two-digit official province code ({@code 42} Ha Tinh, {@code 40} Nghe An); it prefixes the
 *                     SI codes, household codes and the CCCDs of people registered at birth in the province
 * @param provinceName the name shown for the province area
 * @param people       how many people to generate (alive and a few who died since 2020)
 */
public record ProvinceSpec(long seed, String provinceCode, String provinceName, int people) {

    /** People per district and per commune, the averages of pre-2025 Vietnam. */
    static final int PEOPLE_PER_DISTRICT = 150_000;
    static final int PEOPLE_PER_COMMUNE = 7_000;

    private static final Map<String, String> KNOWN_NAMES = Map.of("40", "Nghệ An", "42", "Hà Tĩnh");

    public ProvinceSpec {
        if (!ProvinceCodes.isKnownTwoDigit(provinceCode)) {
            // It starts the CCCDs of people born in the province, and a CCCD only starts with an official code.
            throw new IllegalArgumentException("provinceCode must be a two-digit official province code, got "
                    + provinceCode);
        }
        if (provinceName == null || provinceName.isBlank()) {
            throw new IllegalArgumentException("provinceName is required");
        }
        if (people < 1_000 || people > 20_000_000) {
            throw new IllegalArgumentException("people must be between 1,000 and 20,000,000, got " + people);
        }
    }

    /** The demo province loaded on first start: 200,000 people under Ha Tinh's code. */
    public static ProvinceSpec demo() {
        return new ProvinceSpec(42, "42", "Hà Tĩnh (demo)", 200_000);
    }

    /** A spec named after the real province when the code is one the generator knows. */
    public static ProvinceSpec of(long seed, String provinceCode, int people) {
        return new ProvinceSpec(seed, provinceCode, KNOWN_NAMES.getOrDefault(provinceCode, "Tỉnh " + provinceCode),
                people);
    }

    public int districts() {
        return Math.max(3, people / PEOPLE_PER_DISTRICT);
    }

    public int communes() {
        return Math.max(districts(), (int) Math.round(people / (double) PEOPLE_PER_COMMUNE));
    }

    int provinceNumber() {
        return Integer.parseInt(provinceCode);
    }
}
