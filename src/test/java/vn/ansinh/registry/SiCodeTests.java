package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.ansinh.shared.InvalidInput;

class SiCodeTests {

    @Test
    void isTheOfficeProvinceFollowedByAnEightDigitSerial() {
        SiCode code = SiCode.compose("40", 123);
        assertThat(code.value()).isEqualTo("4000000123");
        assertThat(code.officeProvinceCode()).isEqualTo("40");
        assertThat(SiCode.compose("01", 99_999_999).value()).isEqualTo("0199999999");
    }

    @Test
    void refusesSerialsBeyondEightDigitsAndUnknownOffices() {
        assertThatThrownBy(() -> SiCode.compose("40", 100_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiCode.compose("40", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiCode.compose("03", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isExactlyTenDigits() {
        assertThat(SiCode.of("7912345678").value()).isEqualTo("7912345678");
        assertThatThrownBy(() -> SiCode.of("791234567"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("siCode"));
        assertThatThrownBy(() -> SiCode.of("79123456A8")).isInstanceOf(InvalidInput.class);
    }
}
