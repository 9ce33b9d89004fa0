package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.IntegrationTest;
import vn.ansinh.parameter.Parameters;

@IntegrationTest
class PayScalesTests {

    @Autowired
    Parameters parameters;

    @Test
    void takesMinimumWagesAndBaseSalariesFromTheReferenceParameters() {
        PayScales scales = PayScales.from(parameters);

        assertThat(scales.minimumWage(1, Days.of(2016, 6, 1))).isEqualTo(3_500_000);
        assertThat(scales.minimumWage(4, Days.of(2024, 6, 30))).isEqualTo(3_250_000);
        assertThat(scales.minimumWage(4, Days.of(2024, 7, 1))).isEqualTo(3_450_000);
        assertThat(scales.baseSalary(Days.of(2024, 7, 1))).isEqualTo(2_340_000);
        assertThat(scales.minimumWageChanges(2)).contains(Days.of(2022, 7, 1), Days.of(2026, 1, 1));
        assertThat(scales.baseSalaryChanges()).contains(Days.of(2023, 7, 1)).doesNotContain(Days.of(2023, 1, 1));
    }

    @Test
    void aDayBeforeTheFirstRecordedBaseSalaryTakesTheEarliestRecordedOne() {
        PayScales scales = PayScales.from(parameters);

        assertThat(scales.baseSalary(Timeline.HISTORY_START)).isEqualTo(1_210_000);
        assertThat(scales.baseSalary(Days.of(2016, 4, 30))).isEqualTo(scales.baseSalary(Days.of(2016, 5, 1)));
    }
}
