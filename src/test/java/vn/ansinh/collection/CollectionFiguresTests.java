package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.InvalidInput;

/**
 * A province with two employers and a voluntary payer, 2024 up to 31 May:
 * E1 (district A) owes 10,000,000 a month for January to April and paid 25,000,000 on 15 April (and 2,000,000 in
 * June, after the day asked about); E2 (district B) owes 5,000,000 a month, paid 1,000,000 ahead in December 2023 and
 * 5,000,000 on 20 February; the voluntary payer (district A) paid 1,500,000 in March.
 */
@IntegrationTest
class CollectionFiguresTests {

    @Autowired CollectionFigures figures;
    @Autowired CollectionPlans plans;
    @Autowired ImportingPayments payments;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    final LocalDate endOfMay = LocalDate.of(2024, 5, 31);
    TestAreas areas;
    String e1;
    String e2;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        e1 = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Một");
        e2 = CollectionFixtures.employer(jdbc, areas.communeB1(), "Công ty Hai");
        long n = CollectionFixtures.next();
        String voluntary = String.format("96%08d", n % 100_000_000L);
        jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, 'Phạm Văn Tự', 'pham van tu', date '1979-01-01', 'M', :commune)""")
                .param("cccd", String.format("0967900%05d", n % 100_000L)).param("si", voluntary)
                .param("commune", areas.communeA2()).update();

        pay(e2, 1_000_000, LocalDate.of(2023, 12, 20));   // before any due: held as credit
        for (int month = 1; month <= 4; month++) {
            due(ledger, e1, YearMonth.of(2024, month), Fund.RETIREMENT, 10_000_000);
            due(ledger, e2, YearMonth.of(2024, month), Fund.RETIREMENT, 5_000_000);
        }
        pay(e1, 25_000_000, LocalDate.of(2024, 4, 15));    // January, February, half of March
        pay(e2, 5_000_000, LocalDate.of(2024, 2, 20));     // with the credit: January, 1,000,000 of February
        pay(voluntary, 1_500_000, LocalDate.of(2024, 3, 5));
        pay(e1, 2_000_000, LocalDate.of(2024, 6, 10));     // after 31 May
        plans.set(areas.provinceCode(), 2024, 100_000_000);
        plans.set(areas.districtACode(), 2024, 80_000_000);
        plans.set(areas.provinceCode(), 2025, 999_000_000);
    }

    void pay(String payer, long amount, LocalDate on) {
        PaymentImportReceipt receipt = payments.importFile("bank.csv", file(row(transactionId(), payer, amount, on)), false);
        assertThat(receipt.booked()).isEqualTo(1);
    }

    @Test
    void collectedAgainstPlanDuesDebtAndDebtRatioOfAnAreaAndItsDistricts() {
        AreaCollection province = figures.ofArea(areas.provinceCode(), 2024, endOfMay);

        // 25,000,000 + 5,000,000 + 1,500,000: not December's payment, not June's.
        assertThat(province.collected()).isEqualTo(31_500_000L);
        assertThat(province.plannedAmount()).isEqualTo(100_000_000L);
        assertThat(province.shareOfPlanPercent()).isEqualByComparingTo(new BigDecimal("31.50"));
        assertThat(province.duesYearToDate()).isEqualTo(60_000_000L);
        // E1: 5,000,000 of March; E2: 4,000,000 of February and 5,000,000 of March. April is not late on 31 May.
        assertThat(province.debt()).isEqualTo(14_000_000L);
        assertThat(province.debtRatioPercent()).isEqualByComparingTo(new BigDecimal("23.33"));
        assertThat(province.debtShareOfPlanPercent()).isEqualByComparingTo(new BigDecimal("14.00"));
        assertThat(province.children()).extracting(AreaCollection::areaCode, AreaCollection::collected,
                        AreaCollection::plannedAmount, AreaCollection::shareOfPlanPercent, AreaCollection::duesYearToDate,
                        AreaCollection::debt, AreaCollection::debtRatioPercent)
                .containsExactly(
                        tuple(areas.districtACode(), 26_500_000L, 80_000_000L, new BigDecimal("33.13"), 40_000_000L,
                                5_000_000L, new BigDecimal("12.50")),
                        tuple(areas.districtBCode(), 5_000_000L, null, null, 20_000_000L, 9_000_000L,
                                new BigDecimal("45.00")));
    }

    @Test
    void theSharesOfSeed004() {
        // Ha Tinh, end of May 2023: 1,085 billion collected = 32.49 % of the plan; debt 108.3 billion = 3.24 %.
        assertThat(AreaCollection.percent(1_085_000_000_000L, 3_339_500_000_000L))
                .isEqualByComparingTo(new BigDecimal("32.49"));
        assertThat(AreaCollection.percent(108_300_000_000L, 3_342_600_000_000L))
                .isEqualByComparingTo(new BigDecimal("3.24"));
        assertThat(AreaCollection.percent(1, null)).isNull();
        assertThat(AreaCollection.percent(1, 0L)).isNull();
    }

    @Test
    void asOfMustLieInTheYear() {
        assertThatThrownBy(() -> figures.ofArea(areas.provinceCode(), 2024, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("asOf");
    }

    @Test
    void theApiGivesAManagerTheFiguresOfTheirAreaAndNoneOutsideIt() throws Exception {
        String provinceManager = CollectionFixtures.staff(accounts, "fig-p", Role.MANAGER, areas.provinceCode());
        String districtB = CollectionFixtures.staff(accounts, "fig-b", Role.COLLECTION_OFFICER, areas.districtBCode());
        String cards = CollectionFixtures.staff(accounts, "fig-c", Role.CARD_OFFICER, areas.provinceCode());

        mvc.perform(get("/api/v1/collection/figures").param("area", areas.provinceCode()).param("year", "2024")
                        .param("asOf", "2024-05-31").with(httpBasic(provinceManager, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collected").value(31_500_000))
                .andExpect(jsonPath("$.plannedAmount").value(100_000_000))
                .andExpect(jsonPath("$.shareOfPlanPercent").value(31.5))
                .andExpect(jsonPath("$.debt").value(14_000_000))
                .andExpect(jsonPath("$.debtRatioPercent").value(23.33))
                .andExpect(jsonPath("$.children[0].areaCode").value(areas.districtACode()))
                .andExpect(jsonPath("$.children[1].debtRatioPercent").value(45.0));
        // Without an area: the officer's own district.
        mvc.perform(get("/api/v1/collection/figures").param("year", "2024").param("asOf", "2024-05-31")
                        .with(httpBasic(districtB, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaCode").value(areas.districtBCode()))
                .andExpect(jsonPath("$.collected").value(5_000_000))
                .andExpect(jsonPath("$.children[0].areaCode").value(areas.communeB1Code()))
                .andExpect(jsonPath("$.children[0].debt").value(9_000_000));
        mvc.perform(get("/api/v1/collection/figures").param("area", areas.provinceCode()).param("asOf", "2024-05-31")
                        .with(httpBasic(districtB, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/collection/figures").param("area", areas.provinceCode()).param("asOf", "2024-05-31")
                        .with(httpBasic(cards, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aManagerSetsThePlanOfAnAreaInTheirScopeAndEveryChangeIsAudited() throws Exception {
        String provinceManager = CollectionFixtures.staff(accounts, "plan-p", Role.MANAGER, areas.provinceCode());
        String districtBManager = CollectionFixtures.staff(accounts, "plan-b", Role.MANAGER, areas.districtBCode());
        String officer = CollectionFixtures.staff(accounts, "plan-o", Role.COLLECTION_OFFICER, areas.provinceCode());
        String url = "/api/v1/areas/" + areas.districtBCode() + "/collection-plans/2026";

        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"plannedAmount\": 40000000000}")
                        .with(httpBasic(provinceManager, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedAmount").value(40_000_000_000L))
                .andExpect(jsonPath("$.setBy").value(provinceManager));
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"plannedAmount\": 42000000000}")
                        .with(httpBasic(districtBManager, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/areas/" + areas.districtBCode() + "/collection-plans").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2026))
                .andExpect(jsonPath("$[0].plannedAmount").value(42_000_000_000L));

        var audit = jdbc.sql("""
                        select action, actor, before ->> 'plannedAmount' as before, after ->> 'plannedAmount' as after
                        from audit_log where entity_type = 'collection_plan' and entity_id = :id order by id""")
                .param("id", areas.districtBCode() + "/2026").query().listOfRows();
        assertThat(audit).extracting(r -> r.get("action"), r -> r.get("actor"), r -> r.get("before"), r -> r.get("after"))
                .containsExactly(tuple("CREATE", provinceManager, null, "40000000000"),
                        tuple("UPDATE", districtBManager, "40000000000", "42000000000"));

        // Outside the scope, not a manager, not an amount: refused, and nothing changes.
        mvc.perform(put("/api/v1/areas/" + areas.districtACode() + "/collection-plans/2026")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedAmount\": 1}")
                        .with(httpBasic(districtBManager, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"plannedAmount\": 1}")
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"plannedAmount\": 0}")
                        .with(httpBasic(provinceManager, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedAmount"));
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic(provinceManager, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value("is required"));
        assertThat(plans.of(areas.districtBCode(), 2026)).get().extracting(CollectionPlan::plannedAmount)
                .isEqualTo(42_000_000_000L);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'collection_plan' and entity_id = :id")
                .param("id", areas.districtBCode() + "/2026").query(Long.class).single()).isEqualTo(2);
    }
}
