package vn.ansinh.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ansinh.shared.InvalidInput;

class TaxCodeTests {

    @ParameterizedTest
    @CsvSource({"0100233488, 0100233488", "0314409058, 0314409058", "0314409058-002, 0314409058002",
            "'01.00.112.437', 0100112437", "'0312 68 78 78 - 001', 0312687878001"})
    void acceptsRealTaxCodesWrittenWithOrWithoutSeparators(String written, String stored) {
        assertThat(TaxCode.parse(written).value()).isEqualTo(stored);
    }

    @Test
    void computesTheCheckDigitFromTheWeightedFirstNineDigits() {
        // 0*31 + 1*29 + 0*23 + 0*19 + 2*17 + 3*13 + 3*7 + 4*5 + 8*3 = 167; 167 mod 11 = 2; 10 - 2 = 8
        assertThat(TaxCode.checkDigit("010023348")).isEqualTo(8);
    }

    @Test
    void issuesTheCodeWithItsCheckDigitAndNoneWhereNoValidCodeExists() {
        assertThat(TaxCode.withCheckDigit("010023348")).contains(new TaxCode("0100233488"));
        // 0*31 + 1*29 + 0*23 + 0*19 + 0*17 + 0*13 + 0*7 + 5*5 + 0*3 = 54; 54 mod 11 = 10; 10 - 10 = 0 fits
        assertThat(TaxCode.withCheckDigit("010000050")).contains(new TaxCode("0100000500"));
        // 1*31 + 1*29 = 60; 60 mod 11 = 5 would give 5, but digits 3 to 9 may not all be 0
        assertThat(TaxCode.withCheckDigit("110000000")).isEmpty();
        // 1*19 + 1*3 = 22, a multiple of 11: no check digit
        assertThat(TaxCode.withCheckDigit("000100001")).isEmpty();
    }

    @Test
    void aTaxCodeMadeDirectlyIsValidatedAndKeptWithoutSeparators() {
        assertThatThrownBy(() -> new TaxCode("0100233480")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new TaxCode("0100-233488")).isInstanceOf(InvalidInput.class);
        assertThat(new TaxCode("0100233488").value()).isEqualTo("0100233488");
    }

    @Test
    void refusesAWrongCheckDigitSayingWhichDigitFits() {
        assertThatThrownBy(() -> TaxCode.parse("0100233480"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("taxCode");
                    assertThat(e.reason()).contains("should be 8");
                });
    }

    @Test
    void refusesCodesOfTheWrongLengthOrWithEmptyParts() {
        assertThat(TaxCode.problem("12345")).hasValueSatisfying(r -> assertThat(r).contains("10 digits"));
        assertThat(TaxCode.problem("010023348812")).hasValueSatisfying(r -> assertThat(r).contains("10 digits"));
        assertThat(TaxCode.problem("0100000000")).hasValueSatisfying(r -> assertThat(r).contains("cannot all be 0"));
        assertThat(TaxCode.problem("0314409058000")).hasValueSatisfying(r -> assertThat(r).contains("000"));
    }

    @Test
    void aRemainderOfZeroLeavesNoValidCheckDigit() {
        // The first nine digits whose weighted sum is a multiple of 11: 10 - 0 = 10 is not a digit.
        String nine = null;
        for (int n = 100_000; n < 999_999_999 && nine == null; n++) {
            String candidate = String.format("%09d", n);
            if (TaxCode.checkDigit(candidate) == 10) {
                nine = candidate;
            }
        }
        assertThat(nine).isNotNull();
        for (int d = 0; d <= 9; d++) {
            assertThat(TaxCode.problem(nine + d)).isPresent();
        }
    }
}
