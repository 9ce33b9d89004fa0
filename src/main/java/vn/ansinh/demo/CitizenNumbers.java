package vn.ansinh.demo;

import vn.ansinh.registry.CccdNumber;
import vn.ansinh.registry.Sex;

/**
 * Issues CCCD numbers (RULES.md section 2) through {@link CccdNumber#compose}, which owns the layout and the
 * century-and-sex digit. What is left here is generation: the six serial digits are a keyed shuffle of a counter kept
 * per (province of birth, century and sex, year), so numbers never repeat and nothing but the counters is remembered.
 * <p>
 * Several generated provinces can share a database: people born in the generating province use the first 800,000
 * numbers of their block, people born elsewhere a slice of 2,000 per generating province above that, so two loads
 * never issue the same number.
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
        Sex recorded = Sex.valueOf(String.valueOf(sex));
        int bucket = (birthProvince * 6 + CccdNumber.centuryAndSexDigit(recorded, birthYear)) * 100 + birthYear % 100;
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
        int shuffled = (int) SHUFFLE.apply(serial, bucket);
        return CccdNumber.compose(Digits.padded(birthProvince, 3), recorded, birthYear, shuffled).value();
    }
}
