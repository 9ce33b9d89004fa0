package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;
import static vn.ansinh.collection.CollectionFixtures.due;
import static vn.ansinh.collection.CollectionFixtures.file;
import static vn.ansinh.collection.CollectionFixtures.row;
import static vn.ansinh.collection.CollectionFixtures.transactionId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.PageRequest;

@IntegrationTest
class ArrearsTests {

    @Autowired EvasionCases evasion;
    @Autowired DebtFigures debts;
    @Autowired ImportingPayments importing;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    TestAreas areas;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
    }

    List<String> evadersOn(LocalDate date) {
        return evasion.on(date, areas.provinceCode(), PageRequest.of(0, 50)).items().stream()
                .map(EvasionCase::unitCode).toList();
    }

    @Test
    void aDueUnpaidSixtyDaysAfterItsDeadlineIsEvasionFromJuly2025Only() {
        String old = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Nợ Cũ");
        String recent = CollectionFixtures.employer(jdbc, areas.communeB1(), "Công ty Nợ Mới");
        due(ledger, old, YearMonth.of(2024, 10), Fund.RETIREMENT, 1_000_000);    // deadline 2024-11-30
        due(ledger, recent, YearMonth.of(2025, 6), Fund.RETIREMENT, 3_000_000);  // deadline 2025-07-31
        due(ledger, recent, YearMonth.of(2025, 6), Fund.HEALTH, 2_000_000);

        // 212 days late, but before 2025-07-01 late payment is only late.
        assertThat(evadersOn(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(evadersOn(LocalDate.of(2025, 7, 1))).containsExactly(old);
        // June 2025: 59 days after 2025-07-31 on 09-28, 60 on 09-29.
        assertThat(evadersOn(LocalDate.of(2025, 9, 28))).containsExactly(old);
        var cases = evasion.on(LocalDate.of(2025, 9, 29), areas.provinceCode(), PageRequest.of(0, 50)).items();
        assertThat(cases).extracting(EvasionCase::unitCode).containsExactlyInAnyOrder(old, recent);
        EvasionCase june = cases.stream().filter(c -> c.unitCode().equals(recent)).findFirst().orElseThrow();
        assertThat(june.months()).containsExactly(YearMonth.of(2025, 6));
        assertThat(june.amount()).isEqualTo(5_000_000);
        assertThat(june.daysLate()).isEqualTo(60);
        assertThat(june.oldestDeadline()).isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void aDuePaidBeforeTheSixtiethDayIsNoEvasion() {
        String employer = CollectionFixtures.employer(jdbc, areas.communeA2(), "Công ty Trả Kịp");
        due(ledger, employer, YearMonth.of(2025, 6), Fund.RETIREMENT, 3_000_000);
        importing.importFile("paid.csv", file(row(transactionId(), employer, 3_000_000, LocalDate.of(2025, 9, 28))), false);

        assertThat(evadersOn(LocalDate.of(2025, 9, 29))).doesNotContain(employer);
    }

    @Test
    void debtIsAgedByDaysAfterTheDeadlineAndSetAgainstTheYearsDuesPerArea() {
        String p = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Tuổi Nợ");
        String q = CollectionFixtures.employer(jdbc, areas.communeB1(), "Công ty Ít Nợ");
        LocalDate asOf = LocalDate.of(2025, 12, 20);
        due(ledger, p, YearMonth.of(2025, 10), Fund.RETIREMENT, 1_000_000);  // deadline 11-30: 20 days
        due(ledger, p, YearMonth.of(2025, 9), Fund.RETIREMENT, 2_000_000);   // 10-31: 50 days
        due(ledger, p, YearMonth.of(2025, 8), Fund.RETIREMENT, 3_000_000);   // 09-30: 81 days
        due(ledger, p, YearMonth.of(2025, 6), Fund.RETIREMENT, 4_000_000);   // 07-31: 142 days
        due(ledger, p, YearMonth.of(2025, 3), Fund.RETIREMENT, 5_000_000);   // 04-30: 234 days
        due(ledger, p, YearMonth.of(2025, 11), Fund.RETIREMENT, 6_000_000);  // 12-31: not yet due
        due(ledger, p, YearMonth.of(2024, 12), Fund.HEALTH, 700_000);        // last year's: 323 days
        due(ledger, q, YearMonth.of(2025, 7), Fund.RETIREMENT, 800_000);
        due(ledger, q, YearMonth.of(2025, 9), Fund.RETIREMENT, 1_500_000);   // 50 days
        importing.importFile("q.csv", file(row(transactionId(), q, 800_000, LocalDate.of(2025, 12, 10))), false);
        due(ledger, q, YearMonth.of(2025, 12), Fund.RETIREMENT, 900_000);    // booked 2026-01-01, after asOf

        AreaDebt province = debts.ofArea(areas.provinceCode(), asOf);

        assertThat(province.debtByAge()).containsExactly(
                Map.entry(DebtAge.UP_TO_30_DAYS, 1_000_000L),
                Map.entry(DebtAge.DAYS_31_TO_60, 2_000_000L + 1_500_000),
                Map.entry(DebtAge.DAYS_61_TO_90, 3_000_000L),
                Map.entry(DebtAge.DAYS_91_TO_180, 4_000_000L),
                Map.entry(DebtAge.OVER_180_DAYS, 5_000_000L + 700_000));
        assertThat(province.debt()).isEqualTo(17_200_000);
        // Dues of January to December 2025 booked by 12-20: p 21,000,000, q 2,300,000.
        assertThat(province.duesYearToDate()).isEqualTo(23_300_000);
        assertThat(province.debtRatioPercent()).isEqualByComparingTo(new BigDecimal("73.82"));  // 17.2 / 23.3
        assertThat(province.employersInDebt()).isEqualTo(2);
        assertThat(province.children()).extracting(AreaDebt::areaCode, AreaDebt::debt, AreaDebt::debtRatioPercent)
                .containsExactly(
                        tuple(areas.districtACode(), 15_700_000L, new BigDecimal("74.76")),
                        tuple(areas.districtBCode(), 1_500_000L, new BigDecimal("65.22")));
    }

    @Test
    void theDebtEndpointKeepsToTheOfficersArea() throws Exception {
        String employer = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Khu Vực");
        due(ledger, employer, YearMonth.of(2025, 3), Fund.RETIREMENT, 5_000_000);
        String districtA = CollectionFixtures.staff(accounts, "manager-a", Role.MANAGER, areas.districtACode());

        mvc.perform(get("/api/v1/collection/debt").param("area", areas.districtACode()).param("asOf", "2025-12-20")
                        .with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.debt").value(5_000_000))
                .andExpect(jsonPath("$.debtByAge.OVER_180_DAYS").value(5_000_000))
                .andExpect(jsonPath("$.debtRatioPercent").value(100.0))
                .andExpect(jsonPath("$.children.length()").value(2));
        mvc.perform(get("/api/v1/collection/debt").param("area", areas.provinceCode()).with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/collection/evasion").param("asOf", "2025-12-20").with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].unitCode").value(employer))
                .andExpect(jsonPath("$.items[0].months[0]").value("2025-03"));
    }
}
