package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.UiLogin;
import vn.ansinh.area.AreaFigures;
import vn.ansinh.collection.Ledger;
import vn.ansinh.collection.CollectionPlans;
import vn.ansinh.collection.ImportingPayments;
import vn.ansinh.security.AreaScope;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.Workbooks;

/**
 * The dashboard's figures, read from its Excel download, against SQL of this test over the same rows: coverage from
 * participation and statistics, collection from the ledger's bank postings, debt from the receivable balances past
 * their deadline.
 */
@IntegrationTest
class DashboardFiguresTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AreaFigures figures;
    @Autowired CollectionPlans plans;
    @Autowired Ledger ledger;
    @Autowired ImportingPayments payments;
    @Autowired StaffAccounts staff;

    DashboardSeed seed;
    MockHttpSession manager;

    @BeforeEach
    void setUp() throws Exception {
        seed = new DashboardSeed(jdbc, figures, plans, ledger, payments, staff);
        manager = UiLogin.session(mvc, seed.manager, DashboardSeed.PASSWORD);
    }

    @Test
    void theProvinceAndDistrictFiguresAreWhatSqlCountsOverTheSameData() throws Exception {
        for (String area : new String[] {seed.areas.provinceCode(), seed.areas.districtACode()}) {
            Workbooks sheet = export(area);
            String path = jdbc.sql("select path from area where code = :c").param("c", area).query(String.class).single();
            String scope = new AreaScope(path).likePattern();
            int population = jdbc.sql("select population from area_statistic s join area a on a.id = s.area_id where a.code = :c and s.year = :y")
                    .param("c", area).param("y", seed.year).query(Integer.class).single();
            int labour = jdbc.sql("select labour_force from area_statistic s join area a on a.id = s.area_id where a.code = :c and s.year = :y")
                    .param("c", area).param("y", seed.year).query(Integer.class).single();
            long si = participants(scope, "'SI_COMPULSORY', 'SI_VOLUNTARY'");
            long hi = participants(scope, "'HI'");
            assertThat(sheet.number("SI participants", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(si)));
            assertThat(sheet.number("HI participants", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(hi)));
            assertThat(sheet.number("SI coverage of the labour force", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(percent(si, labour)));
            assertThat(sheet.number("HI coverage of the population", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(percent(hi, population)));

            long collected = jdbc.sql("""
                            select coalesce(sum(p.amount), 0) from ledger_posting p
                            join ledger_journal j on j.id = p.journal_id
                            join employer e on e.unit_code = p.payer_code join area a on a.id = e.commune_id
                            where p.account = 'BANK' and p.payer_kind = 'EMPLOYER' and a.path like :scope
                              and j.booked_on between :first and :asOf""")
                    .param("scope", scope).param("first", LocalDate.of(seed.year, 1, 1)).param("asOf", seed.asOf)
                    .query(Long.class).single();
            long debt = jdbc.sql("""
                            select coalesce(sum(balance), 0) from (
                                select sum(p.amount) as balance from ledger_posting p
                                join ledger_journal j on j.id = p.journal_id
                                join employer e on e.unit_code = p.payer_code join area a on a.id = e.commune_id
                                where p.account = 'RECEIVABLE' and p.payer_kind = 'EMPLOYER' and a.path like :scope
                                  and j.booked_on <= :asOf
                                  and cast(p.period + interval '2 months' - interval '1 day' as date) < :asOf
                                group by p.payer_code, p.period, p.fund having sum(p.amount) > 0) owed""")
                    .param("scope", scope).param("asOf", seed.asOf).query(Long.class).single();
            long dues = jdbc.sql("""
                            select coalesce(sum(p.amount), 0) from ledger_posting p
                            join employer e on e.unit_code = p.payer_code join area a on a.id = e.commune_id
                            where p.account = 'RECEIVABLE' and p.payer_kind = 'EMPLOYER' and p.amount > 0
                              and a.path like :scope and p.period between :first and :asOf""")
                    .param("scope", scope).param("first", LocalDate.of(seed.year, 1, 1)).param("asOf", seed.asOf)
                    .query(Long.class).single();
            assertThat(collected).isPositive();
            assertThat(debt).isPositive();
            assertThat(sheet.number("Collected this year", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(collected)));
            assertThat(sheet.number("Dues to date", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(dues)));
            assertThat(sheet.number("Debt", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(debt)));
            assertThat(sheet.number("Debt ratio (debt / dues)", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(percent(debt, dues)));
        }
    }

    @Test
    void theProvincesCoverageIsFiftyFivePercentForHiAndThirtyPointSevenSevenForSi() throws Exception {
        // HI: 24 of 30 in A1, 16 of 20 in A2, 12 in B1 (the one ended in June not counted), 4 in B2 less one who died.
        // SI: 10 + 5 + 2 employees and 3 voluntary = 20 of a labour force of 65.
        Workbooks sheet = export(seed.areas.provinceCode());
        assertThat(sheet.number("HI participants", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("55")));
        assertThat(sheet.number("HI coverage of the population", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("55.00")));
        assertThat(sheet.number("HI coverage of the population", 2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("90.00")));
        assertThat(sheet.number("SI coverage of the labour force", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("30.77")));
        assertThat(sheet.number("Collection plan of the year", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("500000000")));
        // 150,000,000 from A and 10,000,000 from B in the year; A's January payment of the next year is not counted.
        assertThat(sheet.number("Collected this year", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("160000000")));
        assertThat(sheet.number("Share of plan", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("32.00")));
    }

    @Test
    void thePageShowsTheFiguresAndLinksEachToTheListBehindIt() throws Exception {
        String province = seed.areas.provinceCode();
        mvc.perform(get("/dashboard/{code}", province).param("year", String.valueOf(seed.year)).session(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("55,00 %"), containsString("30,77 %"), containsString("160.000.000 ₫"),
                        containsString("/people/covered?area=" + province + "&amp;on=" + seed.asOf + "&amp;scheme=HI"),
                        containsString("/debtors?area=" + province + "&amp;asOf=" + seed.asOf),
                        containsString("/dashboard/" + seed.areas.districtACode() + "?year=" + seed.year),
                        containsString("Chi KCB BHYT đã duyệt trong năm"))));
        mvc.perform(get("/debtors").param("area", province).param("asOf", seed.asOf.toString()).session(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(seed.employerA), containsString(seed.employerB),
                        containsString(seed.employerC))));
        mvc.perform(get("/people/covered").param("area", seed.areas.communeA1Code()).param("scheme", "HI")
                        .param("on", seed.asOf.toString()).session(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(seed.searchedName), containsString("24"))));
        mvc.perform(get("/employers").param("area", seed.areas.districtBCode()).session(manager))
                .andExpect(content().string(containsString(seed.employerB)));
    }

    @Test
    void theLanguageLinksKeepTheAreaAndTheYear() throws Exception {
        // In the query string, as a browser sends it.
        mvc.perform(get("/dashboard/{code}?year={year}", seed.areas.districtACode(), seed.year).session(manager))
                .andExpect(content().string(allOf(
                        containsString("href=\"/dashboard/" + seed.areas.districtACode() + "?year=" + seed.year + "&amp;lang=en\""),
                        containsString("href=\"/dashboard/" + seed.areas.districtACode() + "?year=" + seed.year + "&amp;lang=vi\""))));
    }

    @Test
    void aDistrictOfficerGetsTheirDistrictAndNothingAboveIt() throws Exception {
        MockHttpSession district = UiLogin.session(mvc, seed.districtOfficer, DashboardSeed.PASSWORD);
        mvc.perform(get("/dashboard").param("year", String.valueOf(seed.year)).session(district))
                .andExpect(redirectedUrl("/dashboard/" + seed.areas.districtACode() + "?year=" + seed.year));
        mvc.perform(get("/dashboard/{code}", seed.areas.provinceCode()).session(district))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/{code}", seed.areas.communeA1Code()).param("year", String.valueOf(seed.year))
                        .session(district))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Đông A1")));
    }

    @Test
    void theListsAndTheDashboardDownloadAsExcelAndTheMonthlyReportAsPdf() throws Exception {
        String province = seed.areas.provinceCode();
        byte[] debtors = mvc.perform(get("/debtors").param("area", province).param("asOf", seed.asOf.toString())
                        .param("format", "xlsx").session(manager))
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Workbooks.read(debtors).containsText(seed.employerC)).isTrue();
        byte[] people = mvc.perform(get("/people").param("q", seed.searchedName).param("format", "xlsx").session(manager))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Workbooks.read(people).containsText(seed.searchedName)).isTrue();
        byte[] employers = mvc.perform(get("/employers").param("area", province).param("format", "xlsx").session(manager))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Workbooks.read(employers).containsText(seed.employerA)).isTrue();
        byte[] pdf = mvc.perform(get("/dashboard/{code}/report", province).param("month", seed.year + "-10").session(manager))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aManagerSetsTargetsAndPlansOfTheAreasBelowAndABadValueNamesItsField() throws Exception {
        String province = seed.areas.provinceCode();
        mvc.perform(post("/targets/{code}", province).session(manager).with(csrf())
                        .param("year", String.valueOf(seed.year)).param("area", seed.areas.districtBCode())
                        .param("siTarget", "40").param("hiTarget", "95,5").param("plannedAmount", "1.200.000.000"))
                .andExpect(redirectedUrl("/targets/" + province + "?year=" + seed.year));
        assertThat(figures.target(seed.areas.districtBCode(), seed.year)).get()
                .satisfies(t -> {
                    assertThat(t.siLabourShare()).isEqualByComparingTo("40");
                    assertThat(t.hiPopulationShare()).isEqualByComparingTo("95.5");
                });
        assertThat(plans.of(seed.areas.districtBCode(), seed.year)).get()
                .satisfies(p -> assertThat(p.plannedAmount()).isEqualTo(1_200_000_000L));
        mvc.perform(post("/targets/{code}", province).session(manager).with(csrf())
                        .param("year", String.valueOf(seed.year)).param("area", seed.areas.districtBCode())
                        .param("siTarget", "140").param("hiTarget", "95"))
                .andExpect(flash().attribute("problem", containsString("siLabourShare: must be a percentage between 0 and 100")));
        mvc.perform(get("/targets/{code}", province).param("year", String.valueOf(seed.year)).session(manager))
                .andExpect(content().string(allOf(containsString("1200000000"), containsString("95.50"))));
    }

    @Test
    void anUploadShowsAsAFinishedJobThatLinksToItsReceipt() throws Exception {
        String receipt = mvc.perform(multipart("/payments/imports").file(new MockMultipartFile("file", "dash-bank.csv",
                        "text/csv", seed.paymentFileWithABadRow().getBytes(StandardCharsets.UTF_8)))
                        .session(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/jobs").session(manager))
                .andExpect(content().string(allOf(containsString("dash-bank.csv"), containsString("REJECTED: 1"),
                        containsString("href=\"" + receipt + "\""), containsString("aria-valuenow=\"100\""))));
    }

    private Workbooks export(String area) throws Exception {
        return Workbooks.read(mvc.perform(get("/dashboard/{code}/export", area).param("year", String.valueOf(seed.year))
                        .param("lang", "en").session(manager))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    private long participants(String scope, String schemes) {
        return jdbc.sql("""
                        select count(distinct pa.person_id) from participation pa
                        join person p on p.id = pa.person_id join area c on c.id = p.commune_id
                        where c.path like :scope and pa.scheme in (%s) and pa.valid_from <= :on
                          and (pa.valid_to is null or pa.valid_to >= :on)
                          and (p.date_of_death is null or p.date_of_death > :on)""".formatted(schemes))
                .param("scope", scope).param("on", seed.asOf).query(Long.class).single();
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
