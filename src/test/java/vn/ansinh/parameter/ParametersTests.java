package vn.ansinh.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

@IntegrationTest
class ParametersTests {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @Autowired
    Parameters parameters;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1} on {2} is {3}")
    @CsvFileSource(resources = "/parameter/change-dates.csv", numLinesToSkip = 1)
    void givesTheValueInForceEitherSideOfEveryChangeDate(String code, String qualifier, LocalDate on, String expected) {
        if (expected.equals("-")) {
            assertThatThrownBy(() -> parameters.valueOf(code, qualifier, on))
                    .isInstanceOf(NotInForce.class)
                    .hasMessageContaining(code).hasMessageContaining(on.toString());
        } else {
            assertThat(parameters.valueOf(code, qualifier, on)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void theBaseSalaryAndTheRegionIMinimumWageChangeOnFirstJuly2024() {
        assertThat(parameters.amountOf("BASE_SALARY", LocalDate.of(2024, 6, 30))).isEqualTo(1_800_000L);
        assertThat(parameters.amountOf("BASE_SALARY", JULY_2024)).isEqualTo(2_340_000L);
        assertThat(parameters.amountOf("REGIONAL_MINIMUM_WAGE", "I", LocalDate.of(2024, 6, 30))).isEqualTo(4_680_000L);
        assertThat(parameters.regionalMinimumWage(1, JULY_2024)).isEqualTo(4_960_000L);
        assertThat(parameters.regionalMinimumWage(4, LocalDate.of(2026, 1, 1))).isEqualTo(3_700_000L);
    }

    @Test
    void derivesTheSalaryCeilingsOfRulesSectionFour() {
        assertThat(parameters.siSalaryCeiling(JULY_2024)).isEqualTo(46_800_000L);
        assertThat(parameters.siSalaryCeiling(LocalDate.of(2024, 6, 30))).isEqualTo(36_000_000L);
        assertThat(parameters.uiSalaryCeiling(1, JULY_2024)).isEqualTo(99_200_000L);
    }

    @Test
    void reproducesTheVoluntarySupportAmountsOfRulesSectionFive() {
        long base = percentOf(parameters.valueOf(ParameterCode.VOLUNTARY_SI_RATE, JULY_2025),
                parameters.amountOf(ParameterCode.RURAL_POVERTY_LINE, JULY_2025));
        assertThat(base).isEqualTo(330_000L);
        Map<String, Long> support = new TreeMap<>();
        for (String group : ParameterCode.VOLUNTARY_SI_SUPPORT_SHARE.qualifiers()) {
            support.put(group, percentOf(parameters.valueOf(ParameterCode.VOLUNTARY_SI_SUPPORT_SHARE, group, JULY_2025), base));
        }
        assertThat(support).containsExactlyInAnyOrderEntriesOf(
                Map.of("POOR", 165_000L, "NEAR_POOR", 132_000L, "ETHNIC_MINORITY", 99_000L, "OTHER", 66_000L));
    }

    @Test
    void reproducesTheHouseholdHealthInsuranceAmountsOfRulesSectionFive() {
        long first = percentOf(parameters.valueOf(ParameterCode.HI_RATE, JULY_2024),
                parameters.amountOf(ParameterCode.BASE_SALARY, JULY_2024));
        long[] members = new long[5];
        for (int n = 1; n <= 5; n++) {
            members[n - 1] = percentOf(parameters.valueOf(ParameterCode.HOUSEHOLD_HI_MEMBER_RATIO, String.valueOf(n), JULY_2024), first);
        }
        assertThat(members).containsExactly(105_300L, 73_710L, 63_180L, 52_650L, 42_120L);
    }

    @Test
    void reproducesTheSmallVisitThresholdOfRulesSectionSeven() {
        assertThat(percentOf(parameters.valueOf(ParameterCode.HI_SMALL_VISIT_THRESHOLD_SHARE, JULY_2024),
                parameters.amountOf(ParameterCode.BASE_SALARY, JULY_2024))).isEqualTo(351_000L);
    }

    @Test
    void theTableHoldsExactlyTheCodesAndQualifiersTheEnumDeclares() {
        Map<String, Set<String>> recorded = jdbc.sql("select distinct code, qualifier from reference_parameter where recorded_by = 'migration'")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
        Map<String, Set<String>> declared = Arrays.stream(ParameterCode.values())
                .collect(Collectors.toMap(Enum::name,
                        c -> c.qualifiers().isEmpty() ? Set.of("") : new TreeSet<>(c.qualifiers()), (a, b) -> a, TreeMap::new));
        assertThat(recorded).isEqualTo(declared);
    }

    @Test
    void everyRowIsInTheUnitItsCodeDeclares() {
        var mismatches = jdbc.sql("select code, unit from reference_parameter").query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().filter(e -> !ParameterCode.valueOf(e.getKey()).unit().name().equals(e.getValue())).toList();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void historyListsThePeriodsOldestFirstAndWithoutGapsForTheBaseSalary() {
        var history = parameters.history("BASE_SALARY", null);
        assertThat(history).extracting(ParameterValue::validFrom).containsExactly(
                LocalDate.of(2016, 5, 1), LocalDate.of(2017, 7, 1), LocalDate.of(2018, 7, 1), LocalDate.of(2019, 7, 1),
                LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2026, 7, 1));
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).validTo()).isEqualTo(history.get(i).validFrom().minusDays(1));
        }
        assertThat(history.get(1).confidence()).isEqualTo(Confidence.C);
        assertThat(history.get(6).confidence()).isEqualTo(Confidence.B);
        assertThat(history).allSatisfy(p -> assertThat(p.legalReference()).contains("RULES.md §3"));
    }

    @Test
    void refusesToGiveAPercentageAsAnAmount() {
        assertThatThrownBy(() -> parameters.amountOf("HI_RATE", JULY_2024))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("PERCENT");
    }

    @Test
    void refusesUnknownCodesAndQualifiers() {
        assertThatThrownBy(() -> parameters.valueOf("NO_SUCH_CODE", JULY_2024)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> parameters.valueOf("REGIONAL_MINIMUM_WAGE", "V", JULY_2024))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("qualifier"));
        assertThatThrownBy(() -> parameters.valueOf("REGIONAL_MINIMUM_WAGE", JULY_2024))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).contains("required"));
        assertThatThrownBy(() -> parameters.valueOf("BASE_SALARY", "I", JULY_2024))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("qualifier"));
    }

    @Test
    void theDatabaseRefusesOverlappingPeriodsOfTheSameCodeAndQualifier() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into reference_parameter (code, qualifier, valid_from, valid_to, value, unit, legal_reference, confidence)
                        values ('BASE_SALARY', '', '2024-12-01', '2024-12-31', 1, 'VND', 'test', 'C')""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("reference_parameter_no_overlap");
    }

    private static long percentOf(BigDecimal percent, long amount) {
        return percent.multiply(BigDecimal.valueOf(amount)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
