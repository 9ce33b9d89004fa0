package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvinceCodesTests {

    @Test
    void holdsTheSixtyThreeProvincesInCodeOrder() {
        assertThat(ProvinceCodes.codes()).hasSize(63).isSorted().startsWith("001", "002", "004").endsWith("095", "096");
        assertThat(ProvinceCodes.all()).containsEntry("001", "Ha Noi").containsEntry("079", "Ho Chi Minh City")
                .containsEntry("042", "Ha Tinh").containsEntry("046", "Thua Thien Hue");
    }

    @Test
    void knowsOnlyOfficialCodes() {
        assertThat(ProvinceCodes.isKnown("040")).isTrue();
        assertThat(ProvinceCodes.isKnown("003")).isFalse();
        assertThat(ProvinceCodes.isKnown("40")).isFalse();
        assertThat(ProvinceCodes.isKnown(null)).isFalse();
        assertThat(ProvinceCodes.name("092")).contains("Can Tho");
        assertThat(ProvinceCodes.name("099")).isEmpty();
    }

    @Test
    void convertsToTheTwoDigitFormOfSiCodes() {
        assertThat(ProvinceCodes.twoDigit("079")).isEqualTo("79");
        assertThat(ProvinceCodes.isKnownTwoDigit("01")).isTrue();
        assertThat(ProvinceCodes.isKnownTwoDigit("03")).isFalse();
        assertThat(ProvinceCodes.isKnownTwoDigit("001")).isFalse();
        assertThatThrownBy(() -> ProvinceCodes.twoDigit("003")).isInstanceOf(IllegalArgumentException.class);
    }
}
