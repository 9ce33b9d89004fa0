package vn.ansinh.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.IntegrationTest;
import vn.ansinh.parameter.Parameters;

@IntegrationTest
class SizeClassLimitsTests {

    @Autowired
    Parameters parameters;

    @Test
    void givesTheLargestHeadcountOfEachLimitedClassLowerInTradeAndServices() {
        SizeClassLimits limits = SizeClassLimits.inForce(parameters, LocalDate.of(2025, 12, 31));

        assertThat(limits.largest(SizeClass.MICRO, Sector.TRADE)).isEqualTo(10);
        assertThat(limits.largest(SizeClass.SMALL, Sector.TRANSPORT)).isEqualTo(50);
        assertThat(limits.largest(SizeClass.SMALL, Sector.MANUFACTURING)).isEqualTo(100);
        assertThat(limits.largest(SizeClass.MEDIUM, Sector.CONSTRUCTION)).isEqualTo(200);
        assertThat(limits.classify(limits.largest(SizeClass.SMALL, Sector.SERVICES) + 1, Sector.SERVICES))
                .isEqualTo(SizeClass.MEDIUM);
        assertThatThrownBy(() -> limits.largest(SizeClass.LARGE, Sector.TRADE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
