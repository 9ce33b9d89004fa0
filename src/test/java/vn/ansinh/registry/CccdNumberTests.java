package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ansinh.shared.InvalidInput;

class CccdNumberTests {

    @Test
    void readsItsParts() {
        CccdNumber number = CccdNumber.of("079305012345");
        assertThat(number.provinceCode()).isEqualTo("079");
        assertThat(number.centuryAndSexDigit()).isEqualTo(3);
        assertThat(number.century()).contains(2000);
        assertThat(number.sex()).contains(Sex.F);
        assertThat(number.birthYearDigits()).isEqualTo(5);
    }

    @Test
    void composesANumberThePolicyAccepts() {
        CccdNumber number = CccdNumber.compose("040", Sex.F, 1987, 42);
        assertThat(number.value()).isEqualTo("040187000042");
        assertThat(CccdPolicy.check(number.value(), Sex.F, LocalDate.of(1987, 11, 2)).valid()).isTrue();
        assertThat(CccdNumber.compose("001", Sex.M, 2003, 999_999).value()).isEqualTo("001203999999");
        assertThat(CccdNumber.compose("096", Sex.F, 2150, 7).value()).isEqualTo("096550000007");
    }

    @Test
    void codesCenturyAndSexAsRulesSay() {
        assertThat(CccdNumber.centuryAndSexDigit(Sex.M, 1900)).isZero();
        assertThat(CccdNumber.centuryAndSexDigit(Sex.F, 1999)).isEqualTo(1);
        assertThat(CccdNumber.centuryAndSexDigit(Sex.M, 2000)).isEqualTo(2);
        assertThat(CccdNumber.centuryAndSexDigit(Sex.F, 2099)).isEqualTo(3);
        assertThat(CccdNumber.centuryAndSexDigit(Sex.M, 2100)).isEqualTo(4);
        assertThat(CccdNumber.centuryAndSexDigit(Sex.F, 2199)).isEqualTo(5);
        assertThatThrownBy(() -> CccdNumber.centuryAndSexDigit(Sex.M, 1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CccdNumber.centuryAndSexDigit(Sex.F, 2200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToComposeWithAnUnknownProvinceOrALongSerial() {
        assertThatThrownBy(() -> CccdNumber.compose("003", Sex.M, 1990, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CccdNumber.compose("001", Sex.M, 1990, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNeverMadeFromSomethingThatIsNotTwelveDigits() {
        assertThatThrownBy(() -> CccdNumber.of("0010901234"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("cccd"));
    }
}
