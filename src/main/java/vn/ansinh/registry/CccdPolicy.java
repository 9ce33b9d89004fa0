package vn.ansinh.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.InvalidInput;

/**
 * Whether a CCCD can belong to a person of this sex and date of birth (RULES.md section 2). Gives every reason it
 * cannot, so an officer fixes all of them at once. A missing sex or date of birth skips the checks that need it
 * (their own fields report them missing).
 */
public final class CccdPolicy {

    /** The field every reason is about. */
    public static final String FIELD = "cccd";

    private CccdPolicy() {
    }

    public static Decision check(String cccd, Sex sex, LocalDate dateOfBirth) {
        Optional<String> shape = CccdNumber.shapeProblem(cccd);
        if (shape.isPresent()) {
            return new Decision(List.of(shape.get()));
        }
        CccdNumber number = new CccdNumber(cccd);
        List<String> reasons = new ArrayList<>();
        if (!ProvinceCodes.isKnown(number.provinceCode())) {
            reasons.add("digits 1-3 (" + number.provinceCode() + ") are not a province code of birth registration");
        }
        int digit = number.centuryAndSexDigit();
        if (number.century().isEmpty()) {
            reasons.add("digit 4 (" + digit + ") is not a century-and-sex digit: 0/1 for a man/woman born in the "
                    + "1900s, 2/3 in the 2000s, 4/5 in the 2100s");
        } else {
            int century = number.century().get();
            if (dateOfBirth != null && dateOfBirth.getYear() / 100 * 100 != century) {
                reasons.add("digit 4 (" + digit + ") says born in the " + century + "s, but the date of birth "
                        + dateOfBirth + " is in the " + dateOfBirth.getYear() / 100 * 100 + "s");
            }
            Sex coded = number.sex().get();
            if (sex != null && coded != sex) {
                reasons.add("digit 4 (" + digit + ") says " + (coded == Sex.M ? "male" : "female")
                        + ", but the sex is " + sex);
            }
        }
        if (dateOfBirth != null && number.birthYearDigits() != dateOfBirth.getYear() % 100) {
            reasons.add("digits 5-6 (" + cccd.substring(4, 6) + ") must be the last two digits of the birth year "
                    + dateOfBirth.getYear());
        }
        return new Decision(List.copyOf(reasons));
    }

    /** Valid when there is no reason against it. */
    public record Decision(List<String> reasons) {

        public boolean valid() {
            return reasons.isEmpty();
        }

        /** Throws an {@link InvalidInput} on {@code cccd} carrying every reason, joined with "; ". */
        public void orThrow() {
            if (!valid()) {
                throw new InvalidInput(FIELD, String.join("; ", reasons));
            }
        }
    }
}
