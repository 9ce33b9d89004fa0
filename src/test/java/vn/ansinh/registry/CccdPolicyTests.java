package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ansinh.shared.InvalidInput;

class CccdPolicyTests {

    private static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 17);

    @Test
    void acceptsAHanoiManBornIn1990() {
        assertThat(CccdPolicy.check("001090123456", Sex.M, BORN_1990).valid()).isTrue();
    }

    @Test
    void acceptsAHoChiMinhCityWomanBornIn1990() {
        assertThat(CccdPolicy.check("079190123456", Sex.F, BORN_1990).reasons()).isEmpty();
    }

    @ParameterizedTest(name = "{0} for {1} born {2}")
    @CsvSource({
            "001200000001, M, 2000-01-01",
            "001300000001, F, 2000-12-31",
            "042205654321, M, 2005-07-01",
            "096399999999, F, 2099-06-15",
            "040400123456, M, 2100-02-02",
            "040501123456, F, 2101-02-02",
            "002000000000, M, 1900-01-01",
            "002199999999, F, 1999-12-31"
    })
    void acceptsEveryCenturyAndSexDigitInRules(String cccd, Sex sex, LocalDate born) {
        assertThat(CccdPolicy.check(cccd, sex, born).reasons()).isEmpty();
    }

    @Test
    void refusesAMissingNumber() {
        assertThat(CccdPolicy.check(null, Sex.M, BORN_1990).reasons()).containsExactly("is required");
        assertThat(CccdPolicy.check("  ", Sex.M, BORN_1990).reasons()).containsExactly("is required");
    }

    @ParameterizedTest
    @CsvSource({"00109012345, 11", "0010901234567, 13", "1, 1"})
    void refusesAWrongLength(String cccd, int length) {
        assertThat(CccdPolicy.check(cccd, Sex.M, BORN_1990).reasons())
                .containsExactly("must be exactly 12 digits, has " + length + " characters");
    }

    @ParameterizedTest
    @CsvSource({"00109012345A", "A01090123456", "001 90123456", "00109O123456", "0010901234٥6"})
    void refusesLettersAndOtherCharacters(String cccd) {
        assertThat(CccdPolicy.check(cccd, Sex.M, BORN_1990).reasons()).containsExactly("must contain only digits 0-9");
    }

    @ParameterizedTest
    @CsvSource({"000", "003", "005", "063", "097", "100", "999"})
    void refusesAProvinceCodeThatIsNotOneOfTheSixtyThree(String province) {
        assertThat(CccdPolicy.check(province + "090123456", Sex.M, BORN_1990).reasons())
                .containsExactly("digits 1-3 (" + province + ") are not a province code of birth registration");
    }

    @Test
    void refusesAWomansCodeForAMan() {
        assertThat(CccdPolicy.check("001190123456", Sex.M, BORN_1990).reasons())
                .containsExactly("digit 4 (1) says female, but the sex is M");
    }

    @Test
    void refusesAMansCodeForAWoman() {
        assertThat(CccdPolicy.check("001090123456", Sex.F, BORN_1990).reasons())
                .containsExactly("digit 4 (0) says male, but the sex is F");
    }

    @Test
    void refusesA2000sCodeForSomeoneBornIn1990() {
        assertThat(CccdPolicy.check("001290123456", Sex.M, BORN_1990).reasons())
                .containsExactly("digit 4 (2) says born in the 2000s, but the date of birth 1990-05-17 is in the 1900s");
    }

    @Test
    void refusesA1900sCodeForAManBornIn2000() {
        assertThat(CccdPolicy.check("001000123456", Sex.M, LocalDate.of(2000, 3, 1)).reasons())
                .containsExactly("digit 4 (0) says born in the 1900s, but the date of birth 2000-03-01 is in the 2000s");
    }

    @Test
    void tellsAManBornIn2000FromAWomanBornIn2000() {
        LocalDate born = LocalDate.of(2000, 3, 1);
        assertThat(CccdPolicy.check("001200123456", Sex.M, born).valid()).isTrue();
        assertThat(CccdPolicy.check("001300123456", Sex.F, born).valid()).isTrue();
        assertThat(CccdPolicy.check("001300123456", Sex.M, born).reasons())
                .containsExactly("digit 4 (3) says female, but the sex is M");
        assertThat(CccdPolicy.check("001200123456", Sex.F, born).reasons())
                .containsExactly("digit 4 (2) says male, but the sex is F");
    }

    @ParameterizedTest
    @CsvSource({"6", "7", "8", "9"})
    void refusesCenturyDigitsRulesDoNotDefine(int digit) {
        assertThat(CccdPolicy.check("001" + digit + "90123456", Sex.M, BORN_1990).reasons()).containsExactly(
                "digit 4 (" + digit + ") is not a century-and-sex digit: 0/1 for a man/woman born in the 1900s, "
                        + "2/3 in the 2000s, 4/5 in the 2100s");
    }

    @Test
    void refusesABirthYearThatDiffersFromDigitsFiveAndSix() {
        assertThat(CccdPolicy.check("001091123456", Sex.M, BORN_1990).reasons())
                .containsExactly("digits 5-6 (91) must be the last two digits of the birth year 1990");
    }

    @Test
    void givesEveryReasonAtOnce() {
        assertThat(CccdPolicy.check("099112345678", Sex.M, LocalDate.of(2001, 3, 4)).reasons()).containsExactly(
                "digits 1-3 (099) are not a province code of birth registration",
                "digit 4 (1) says born in the 1900s, but the date of birth 2001-03-04 is in the 2000s",
                "digit 4 (1) says female, but the sex is M",
                "digits 5-6 (12) must be the last two digits of the birth year 2001");
    }

    @Test
    void checksOnlyWhatItCanWithoutSexOrDateOfBirth() {
        assertThat(CccdPolicy.check("001190123456", null, null).valid()).isTrue();
        assertThat(CccdPolicy.check("003190123456", null, null).reasons()).hasSize(1);
    }

    @Test
    void throwsEveryReasonOnTheCccdField() {
        assertThatThrownBy(() -> CccdPolicy.check("001191123456", Sex.M, BORN_1990).orThrow())
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("cccd");
                    assertThat(e.reason()).isEqualTo("digit 4 (1) says female, but the sex is M; "
                            + "digits 5-6 (91) must be the last two digits of the birth year 1990");
                });
    }
}
