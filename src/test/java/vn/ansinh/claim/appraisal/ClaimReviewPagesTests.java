package vn.ansinh.claim.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.UiLogin;
import vn.ansinh.Workbooks;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.Claims;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.web.Spreadsheets;

/** The appraisers' screens over MockMvc: the queue, the claim page, its decision forms, roles and area scope. */
@IntegrationTest
class ClaimReviewPagesTests {

    static final String PASSWORD = "review-pages-password-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired ReferenceDataCache cache;
    @Autowired AppraisingClaims appraising;
    @Autowired StaffAccounts accounts;

    AppraisalFixtures fixtures;
    String hospital;
    MockHttpSession appraiser;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new AppraisalFixtures(jdbc, claims, files, cache);
        hospital = fixtures.facility("DISTRICT");
        appraiser = session(Role.CLAIMS_APPRAISER, fixtures.areas.provinceCode());
    }

    private MockHttpSession session(Role role, String areaCode) throws Exception {
        String name = "review-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, "Nhân viên thử", Set.of(role), areaCode);
        return UiLogin.session(mvc, name, PASSWORD);
    }

    /** Two inpatient stays of one person that overlap: rule A401 sends both to an appraiser (risk 25). */
    private List<Long> overlappingStays(AppraisalFixtures.Insured insured) {
        long first = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 4, 1, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 1, 8, 0), LocalDateTime.of(2025, 4, 6, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 2_000_000).build());
        long second = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 4, 3, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 3, 8, 0), LocalDateTime.of(2025, 4, 7, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 2_000_000).build());
        appraising.appraiseAll(List.of(first, second));
        return List.of(first, second);
    }

    private AppraisalFixtures.Insured insured() {
        return fixtures.insured("DN", 4, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), hospital);
    }

    /** A visit of 500,000 claimed at 100 % for a card of level 4 (80 %): rule A201 takes 100,000 off. */
    private long eightyPercentVisit(AppraisalFixtures.Insured insured) {
        long id = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(), insured.fullName(),
                insured.dateOfBirth(), LocalDateTime.of(2025, 3, 4, 8, 0)).service(fixtures.itemCode(), 1, 500_000)
                .build());
        appraising.appraise(id);
        return id;
    }

    private String key(long claimId) {
        return jdbc.sql("select encounter_key from claim where id = :id").param("id", claimId).query(String.class)
                .single();
    }

    private long reviewDeductions(long claimId) {
        return jdbc.sql("select count(*) from claim_deduction where claim_id = :id and origin = 'REVIEW'")
                .param("id", claimId).query(Long.class).single();
    }

    @Test
    void theQueueListsTheClaimsTheRulesSentToReviewWithLinksAndDownloadsAsExcel() throws Exception {
        List<Long> stays = overlappingStays(insured());

        mvc.perform(get("/claims/review").param("facility", hospital).session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hồ sơ chờ giám định"),
                        containsString("href=\"/claims/" + stays.get(0) + "\""),
                        containsString("href=\"/claims/" + stays.get(1) + "\""), containsString(key(stays.get(0))),
                        containsString("Tổng số: 2"), containsString("id=\"list-filters\""))));
        // A minimum risk above the claims' 25 empties the list.
        mvc.perform(get("/claims/review").param("facility", hospital).param("minRisk", "26").session(appraiser))
                .andExpect(content().string(allOf(containsString("Tổng số: 0"), not(containsString(key(stays.get(0)))))));

        byte[] xlsx = mvc.perform(get("/claims/review").param("facility", hospital).param("format", "xlsx")
                        .session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Spreadsheets.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Workbooks workbook = Workbooks.read(xlsx);
        // The dashboard's "in review" figure opens this queue.
        mvc.perform(get("/dashboard/{area}", fixtures.areas.provinceCode()).session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/claims/review\" class=\"text-decoration-none figure-value\"")));
        assertThat(workbook.containsText(key(stays.get(0)))).isTrue();
        assertThat(workbook.containsText(key(stays.get(1)))).isTrue();
        assertThat(workbook.number(key(stays.get(0)), 4)).hasValueSatisfying(
                claimed -> assertThat(claimed).isEqualByComparingTo("1600000"));
    }

    @Test
    void theClaimPageShowsTheLinesTheRuleResultsAndTheVersion() throws Exception {
        long id = overlappingStays(insured()).get(0);

        mvc.perform(get("/claims/{id}", id).session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(key(id)), containsString("Chờ giám định viên"),
                        containsString("A401"), containsString("Thời gian điều trị nội trú chồng lấn"),
                        containsString("Lần 1 / 1"), containsString("2.000.000 ₫"), containsString("1.600.000 ₫"),
                        containsString("id=\"add-deduction\""), containsString("Điều trị nội trú"))));
        mvc.perform(get("/claims/{id}", id).param("lang", "en").session(appraiser))
                .andExpect(content().string(allOf(containsString("Waiting for an appraiser"),
                        containsString("Rule results and deductions"), containsString("Inpatient"),
                        containsString("Version 1 of 1"), containsString("2,000,000 ₫"))));
    }

    @Test
    void aResentClaimShowsWhichVersionItIsOfHowManySent() throws Exception {
        AppraisalFixtures.Insured insured = insured();
        String key = fixtures.key();
        ClaimBuilder visit = ClaimBuilder.visit(hospital, key, insured.cardNumber(), insured.fullName(),
                insured.dateOfBirth(), LocalDateTime.of(2025, 3, 4, 8, 0)).service(fixtures.itemCode(), 1, 500_000);
        fixtures.store(visit.build());
        long resent = fixtures.store(visit.build());
        appraising.appraise(resent);

        mvc.perform(get("/claims/{id}", resent).session(appraiser))
                .andExpect(content().string(allOf(containsString("Lần 2 / 2"), containsString("Bệnh viện thử"))));
    }

    @Test
    void anAppraiserAddsADeductionWithAReasonThenAcceptsAndThePageShowsTheDecisions() throws Exception {
        long id = eightyPercentVisit(insured());

        mvc.perform(post("/claims/{id}/deductions", id).session(appraiser).with(csrf())
                        .param("line", "SERVICE:1").param("amount", "20000").param("reason", "Chỉ định không phù hợp"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/claims/" + id));
        mvc.perform(post("/claims/{id}/acceptance", id).session(appraiser).with(csrf())
                        .param("reason", "Đã giám định"))
                .andExpect(redirectedUrl("/claims/" + id));

        mvc.perform(get("/claims/{id}", id).session(appraiser))
                .andExpect(content().string(allOf(containsString("Chỉ định không phù hợp"),
                        containsString("Chấp nhận có giảm trừ"), containsString("380.000 ₫"),
                        containsString("Thêm giảm trừ"), containsString("Chấp nhận hồ sơ"),
                        containsString("Đã giám định"))));
        assertThat(jdbc.sql("select status from claim where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED_WITH_DEDUCTIONS");
    }

    @Test
    void aDeductionWithoutAReasonComesBackWithTheErrorAtTheReasonFieldAndChangesNothing() throws Exception {
        long id = eightyPercentVisit(insured());

        mvc.perform(post("/claims/{id}/deductions", id).session(appraiser).with(csrf()).header("HX-Request", "true")
                        .param("line", "SERVICE:1").param("amount", "20000").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phải ghi lý do"),
                        containsString("id=\"add-reason\" name=\"reason\" class=\"form-control form-control-sm is-invalid\""),
                        // What was typed stays in the form.
                        containsString("value=\"20000\""))));
        assertThat(reviewDeductions(id)).isZero();
    }

    @Test
    void anAmountAboveWhatTheLineAsksIsRefusedNamingTheLinesFigures() throws Exception {
        long id = eightyPercentVisit(insured());

        mvc.perform(post("/claims/{id}/deductions", id).session(appraiser).with(csrf())
                        .param("line", "SERVICE:1").param("amount", "450000").param("reason", "Toàn bộ dịch vụ"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Số tiền không hợp lệ."),
                        containsString("the line asks the fund for 500000.00 and 100000.00 is already taken off"))));
        assertThat(reviewDeductions(id)).isZero();
    }

    @Test
    void aManagerReadsTheClaimPageWithoutTheFormsAndCannotPostADecision() throws Exception {
        long id = eightyPercentVisit(insured());
        MockHttpSession manager = session(Role.MANAGER, fixtures.areas.provinceCode());

        mvc.perform(get("/claims/{id}", id).session(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(key(id)), not(containsString("id=\"add-deduction\"")))));
        mvc.perform(post("/claims/{id}/acceptance", id).session(manager).with(csrf()).param("reason", "Quản lý duyệt"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select reviewed_by from claim_appraisal where claim_id = :id").param("id", id)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void anAppraiserOfAnotherProvinceIsRefusedTheClaimAndItsDecisions() throws Exception {
        long id = eightyPercentVisit(insured());
        MockHttpSession elsewhere = session(Role.CLAIMS_APPRAISER, TestAreas.create(jdbc).provinceCode());

        mvc.perform(get("/claims/{id}", id).session(elsewhere)).andExpect(status().isForbidden());
        mvc.perform(post("/claims/{id}/deductions", id).session(elsewhere).with(csrf())
                        .param("amount", "1000").param("reason", "Ngoài địa bàn"))
                .andExpect(status().isForbidden());
        assertThat(reviewDeductions(id)).isZero();
    }

    @Test
    void thePersonPageLoadsThePersonsClaimsLinkingEachToItsClaimPage() throws Exception {
        AppraisalFixtures.Insured insured = insured();
        long id = eightyPercentVisit(insured);

        mvc.perform(get("/people/{si}", insured.siCode()).session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/claims?person=" + insured.siCode() + "\"")));
        mvc.perform(get("/claims").param("person", insured.siCode()).header("HX-Request", "true").session(appraiser))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/claims/" + id + "\""), containsString(key(id)),
                        containsString("Chấp nhận có giảm trừ"), containsString("400.000 ₫"),
                        not(containsString("<html")))));
    }
}
