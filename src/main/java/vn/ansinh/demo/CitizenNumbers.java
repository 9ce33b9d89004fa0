package vn.ansinh.demo;

/**
 * Issues CCCD numbers (RULES.md section 2): digits 1-3 the province of birth registration, digit 4 century and sex
 * (1900s: 0 male, 1 female; 2000s: 2 male, 3 female), digits 5-6 the last two digits of the birth year, digits 7-12
 * random. The six random digits are a keyed shuffle of a counter kept per (province of birth, century and sex, year),
 * so numbers never repeat and nothing but the counters is remembered.
 * <p>
 * Several generated provinces can share a database: people born in the generating province use the first 800,000
 * numbers of their block, people born elsewhere a slice of 2,000 per generating province above that, so two loads
 * never issue the same number. The registry module owns CCCD validation; the digit rule is repeated here only to
 * issue numbers ({@link #centurySexDigit}).
 */
final class CitizenNumbers {

    private static final int HOME_NUMBERS = 800_000;
    private static final int SLICE = 2_000;
    private static final CodePermutation SHUFFLE = new CodePermutation(1_000_000, 0x43434344L);

    private final int generatingProvince;
    private final int[] counters = new int[100 * 6 * 100];

    CitizenNumbers(int generatingProvince) {
        this.generatingProvince = generatingProvince;
    }

    /**
     * A new number, or null when the slice for people born in that other province is used up (the caller then
     * registers the person at home).
     */
    String issue(int birthProvince, char sex, int birthYear) {
        int centurySex = centurySexDigit(sex, birthYear);
        int yy = birthYear % 100;
        int bucket = (birthProvince * 6 + centurySex) * 100 + yy;
        int n = counters[bucket];
        long serial;
        if (birthProvince == generatingProvince) {
            if (n >= HOME_NUMBERS) {
                throw new IllegalStateException("more than " + HOME_NUMBERS + " people born in " + birthYear
                        + " of one sex in province " + birthProvince);
            }
            serial = n;
        } else {
            if (n >= SLICE) {
                return null;
            }
            serial = HOME_NUMBERS + (long) generatingProvince * SLICE + n;
        }
        counters[bucket] = n + 1;
        long random = SHUFFLE.apply(serial, bucket);
        char[] digits = new char[12];
        Digits.put(digits, 0, birthProvince, 3);
        digits[3] = (char) ('0' + centurySex);
        Digits.put(digits, 4, yy, 2);
        Digits.put(digits, 6, random, 6);
        return new String(digits);
    }

    static int centurySexDigit(char sex, int birthYear) {
        int century = (birthYear / 100 - 19) * 2;
        if (century < 0 || century > 4) {
            throw new IllegalArgumentException("birth year out of range: " + birthYear);
        }
        return century + (sex == 'F' ? 1 : 0);
    }
}
