package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

@IntegrationTest
class SiCodesTests {

    @Autowired
    SiCodes siCodes;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void allocatesDistinctCodesWithThisOfficesProvince() {
        List<SiCode> codes = siCodes.allocate(5);
        assertThat(siCodes.officeProvinceCode()).isEqualTo("40");
        assertThat(codes).hasSize(5).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code.value()).matches("40[0-9]{8}"));
        long first = Long.parseLong(codes.get(0).value().substring(2));
        assertThat(codes).extracting(SiCode::value)
                .containsExactly(SiCode.compose("40", first).value(), SiCode.compose("40", first + 1).value(),
                        SiCode.compose("40", first + 2).value(), SiCode.compose("40", first + 3).value(),
                        SiCode.compose("40", first + 4).value());
    }

    @Test
    void skipsACodeAlreadyRecordedForSomeone() {
        long last = Long.parseLong(siCodes.allocate().value().substring(2));
        String imported = SiCode.compose("40", last + 1).value();
        long commune = TestAreas.create(jdbc).communeA1();
        people.insert(RegistryFixtures.cccd(Sex.F, 1970), imported, "Người Nhập Khẩu", LocalDate.of(1970, 1, 1),
                Sex.F, commune, false).orElseThrow();

        assertThat(siCodes.allocate().value()).isEqualTo(SiCode.compose("40", last + 2).value());
    }

    @Test
    void allocatesForAnotherOfficeOnlyWithAnOfficialProvinceCode() {
        assertThat(siCodes.allocate("79", 2)).allSatisfy(code -> assertThat(code.officeProvinceCode()).isEqualTo("79"));
        assertThatThrownBy(() -> siCodes.allocate("03", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUniqueConstraintDecidesBetweenTwoRegistrationsOfOneCccd() {
        long commune = TestAreas.create(jdbc).communeA1();
        String cccd = RegistryFixtures.cccd(Sex.M, 1990);
        LocalDate born = LocalDate.of(1990, 2, 2);
        assertThat(people.insert(cccd, siCodes.allocate().value(), "Người Thứ Nhất", born, Sex.M, commune, false))
                .isPresent();
        assertThat(people.insert(cccd, siCodes.allocate().value(), "Người Thứ Hai", born, Sex.M, commune, false))
                .isEmpty();
        assertThat(jdbc.sql("select full_name from person where cccd = :cccd").param("cccd", cccd)
                .query(String.class).list()).containsExactly("Người Thứ Nhất");
    }
}
