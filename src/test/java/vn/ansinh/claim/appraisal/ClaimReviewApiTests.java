package vn.ansinh.claim.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.ClaimStatus;
import vn.ansinh.claim.Claims;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class ClaimReviewApiTests {

    static final String PASSWORD = "appraiser-test-password-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired ReferenceDataCache cache;
    @Autowired AppraisingClaims appraising;
    @Autowired StaffAccounts accounts;

    AppraisalFixtures fixtures;
    String hospital;
    String appraiser;

    @BeforeEach
    void setUp() {
        fixtures = new AppraisalFixtures(jdbc, claims, files, cache);
        hospital = fixtures.facility("DISTRICT");
        appraiser = staff(fixtures.areas.provinceCode());
    }

    private String staff(String areaCode) {
        String name = "appraiser-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, "Giám định viên", Set.of(Role.CLAIMS_APPRAISER), areaCode);
        return name;
    }

    private long eightyPercentVisit() {
        AppraisalFixtures.Insured insured = fixtures.insured("DN", 4, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), hospital);
        long id = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(), insured.fullName(),
                insured.dateOfBirth(), LocalDateTime.of(2025, 3, 4, 8, 0)).service(fixtures.itemCode(), 1, 500_000)
                .build());
        appraising.appraise(id);
        return id;
    }

    @Test
    void anAppraiserLowersADeductionWithAReasonAndTheApprovedAmountAndTheAuditFollow() throws Exception {
        long id = eightyPercentVisit();
        long deduction = appraising.result(id).deductions().get(0).id();

        mvc.perform(put("/api/v1/claims/{id}/appraisal/deductions/{d}", id, deduction)
                        .with(httpBasic(appraiser, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000, \"reason\": \"Hồ sơ chứng minh bệnh nhân ở diện 90 %\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(450000.00))
                .andExpect(jsonPath("$.deductions[0].origin").value("REVIEW"))
                .andExpect(jsonPath("$.deductions[0].decidedBy").value(appraiser));

        assertThat(jdbc.sql("""
                        select count(*) from audit_log where action = 'CHANGE_CLAIM_DEDUCTION' and entity_id = :id
                          and actor = :actor and before->>'approved' = '400000.00' and after->>'approved' = '450000.00'""")
                .param("id", String.valueOf(id)).param("actor", appraiser).query(Integer.class).single())
                .isEqualTo(1);
        // Appraising again by the rules keeps the appraiser's decision.
        assertThat(appraising.appraise(id).approved()).isEqualByComparingTo("450000");
    }

    @Test
    void anAppraiserAddsARemovesAndAcceptsAndTheClaimEndsAccepted() throws Exception {
        long id = eightyPercentVisit();
        long auto = appraising.result(id).deductions().get(0).id();

        mvc.perform(post("/api/v1/claims/{id}/appraisal/deductions", id).with(httpBasic(appraiser, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lineKind\": \"SERVICE\", \"lineNo\": 1, \"amount\": 20000, \"reason\": \"Chỉ định không phù hợp\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(380000.00));
        mvc.perform(delete("/api/v1/claims/{id}/appraisal/deductions/{d}", id, auto).param("reason", "Đúng mức hưởng")
                        .with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(480000.00));
        mvc.perform(post("/api/v1/claims/{id}/appraisal/acceptance", id).with(httpBasic(appraiser, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Đã giám định\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ACCEPTED_WITH_DEDUCTIONS"))
                .andExpect(jsonPath("$.reviewedBy").value(appraiser));

        assertThat(jdbc.sql("select status from claim where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED_WITH_DEDUCTIONS");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'claim' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aDecisionNeedsAReasonAndCannotTakeOffMoreThanTheClaimAsks() throws Exception {
        long id = eightyPercentVisit();

        mvc.perform(post("/api/v1/claims/{id}/appraisal/acceptance", id).with(httpBasic(appraiser, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/claims/{id}/appraisal/deductions", id).with(httpBasic(appraiser, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 400000.01, \"reason\": \"Toàn bộ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void theQueueShowsClaimsInReviewOnlyToAppraisersOfTheirArea() throws Exception {
        AppraisalFixtures.Insured insured = fixtures.insured("DN", 4, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), hospital);
        long first = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 4, 1, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 1, 8, 0), LocalDateTime.of(2025, 4, 6, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 2_000_000).build());
        long second = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 4, 3, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 3, 8, 0), LocalDateTime.of(2025, 4, 7, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 2_000_000).build());
        appraising.appraiseAll(List.of(first, second));
        String elsewhere = staff(TestAreas.create(jdbc).provinceCode());

        mvc.perform(get("/api/v1/claims/review-queue").param("facility", hospital).with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].riskScore").value(25));
        mvc.perform(get("/api/v1/claims/review-queue").param("facility", hospital).with(httpBasic(elsewhere, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/claims/{id}/appraisal", first).with(httpBasic(elsewhere, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/{id}/appraisal", first).with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(ClaimStatus.IN_REVIEW.name()))
                .andExpect(jsonPath("$.claim.lines[0].itemCode").exists())
                .andExpect(jsonPath("$.appraisal.deductions[0].ruleCode").value("A401"))
                .andExpect(jsonPath("$.appraisal.deductions[0].ruleTitleVi").value("Thời gian điều trị nội trú chồng lấn"));
    }

    @Test
    void anImportedPriceListIsUsedByTheNextAppraisal() throws Exception {
        String drug = fixtures.itemCode();
        String csv = PriceLists.HEADER + "\n" + hospital + ",DRUG," + drug + ",120000,2024-01-01,\n";

        mvc.perform(multipart("/api/v1/claims/price-lists")
                        .file(new MockMultipartFile("file", "gia.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("legalReference", "Quyết định phê duyệt giá thử").with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
        AppraisalFixtures.Insured insured = fixtures.insured("DN", 4, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), hospital);
        long id = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(), insured.fullName(),
                insured.dateOfBirth(), LocalDateTime.of(2025, 3, 4, 8, 0)).claimedAt(80).drug(drug, 4, 150_000)
                .build());

        assertThat(appraising.appraise(id).deducted()).isEqualByComparingTo("96000");
    }

    @Test
    void aPriceListWithABadRowIsRefusedNamingTheLineAndField() throws Exception {
        String csv = PriceLists.HEADER + "\n" + hospital + ",DRUG,X1,120000,2024-01-01,\n" + hospital
                + ",PILL,X2,abc,2024-01-01,\n";

        mvc.perform(multipart("/api/v1/claims/price-lists")
                        .file(new MockMultipartFile("file", "gia.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("legalReference", "Quyết định thử").with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString(
                        "line 3: kind must be DRUG, SERVICE or SUPPLY")));
    }
}
