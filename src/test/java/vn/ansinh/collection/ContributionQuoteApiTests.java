package vn.ansinh.collection;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class ContributionQuoteApiTests {

    private static final String PASSWORD = "secret-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApiTokens tokens;

    TestAreas areas;
    String officer;

    @BeforeEach
    void staff() {
        areas = TestAreas.create(jdbc);
        officer = "quote-officer-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(officer, PASSWORD, "Claims appraiser", Set.of(Role.CLAIMS_APPRAISER), areas.districtACode());
    }

    ResultActions quote(String json) throws Exception {
        return mvc.perform(request(json).with(httpBasic(officer, PASSWORD)));
    }

    static MockHttpServletRequestBuilder request(String json) {
        return post("/api/v1/contributions/quote").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void anyStaffMemberGetsOneLinePerFundAndPayerWithTotalsPerPayer() throws Exception {
        quote("""
                {"kind": "COMPULSORY", "month": "2024-08", "salary": 10000000, "wageRegion": 1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("COMPULSORY"))
                .andExpect(jsonPath("$.month").value("2024-08"))
                .andExpect(jsonPath("$.parametersOn").value("2024-08-01"))
                .andExpect(jsonPath("$.lines", hasSize(10)))
                .andExpect(jsonPath("$.lines[0].fund").value("RETIREMENT"))
                .andExpect(jsonPath("$.lines[0].payer").value("EMPLOYER"))
                .andExpect(jsonPath("$.lines[0].base").value(10000000))
                .andExpect(jsonPath("$.lines[0].ratePercent").value(14))
                .andExpect(jsonPath("$.lines[0].amount").value(1400000))
                .andExpect(jsonPath("$.lines[0].legalReference").value(containsString("RULES.md §4")))
                .andExpect(jsonPath("$.lines[4].ratePercent").value(0.5))
                .andExpect(jsonPath("$.totals[0].payer").value("EMPLOYER"))
                .andExpect(jsonPath("$.totals[0].amount").value(2150000))
                .andExpect(jsonPath("$.totals[1].payer").value("EMPLOYEE"))
                .andExpect(jsonPath("$.totals[1].amount").value(1050000))
                .andExpect(jsonPath("$.total").value(3200000));
    }

    @Test
    void quotesVoluntaryHouseholdAndBudgetHi() throws Exception {
        quote("""
                {"kind": "VOLUNTARY", "month": "2025-08", "income": 1500000, "category": "POOR", "months": 3}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].payer").value("STATE_BUDGET"))
                .andExpect(jsonPath("$.lines[1].ratePercent").value(11))
                .andExpect(jsonPath("$.lines[1].amount").value(165000))
                .andExpect(jsonPath("$.totals[1].amount").value(495000))
                .andExpect(jsonPath("$.total").value(990000));
        quote("""
                {"kind": "HOUSEHOLD", "month": "2024-08", "member": 3}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].payer").value("HOUSEHOLD"))
                .andExpect(jsonPath("$.lines[0].amount").value(63180));
        quote("""
                {"kind": "BUDGET_HI", "month": "2024-08", "group": "NEAR_POOR", "provinceSupportPercent": 30}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].payer", containsInAnyOrder("STATE_BUDGET", "PROVINCE_BUDGET")))
                .andExpect(jsonPath("$.total").value(105300));
    }

    @Test
    void anEmployersOwnSystemMayQuoteButAHealthFacilityMayNot() throws Exception {
        String employer = tokens.issue("Payroll system", ApiClient.Kind.EMPLOYER, "TQ" + UUID.randomUUID().toString().substring(0, 6),
                areas.provinceCode());
        String facility = tokens.issue("Hospital", ApiClient.Kind.FACILITY, "FQ" + UUID.randomUUID().toString().substring(0, 6),
                areas.provinceCode());
        String body = """
                {"kind": "HOUSEHOLD", "month": "2024-08", "member": 1}""";

        mvc.perform(request(body).header(HttpHeaders.AUTHORIZATION, "Bearer " + employer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].amount").value(105300));
        mvc.perform(request(body).header(HttpHeaders.AUTHORIZATION, "Bearer " + facility))
                .andExpect(status().isForbidden());
        mvc.perform(request(body)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSalaryBelowTheFloorIsABadRequestNamingTheSalaryAndTheFloor() throws Exception {
        quote("""
                {"kind": "COMPULSORY", "month": "2024-08", "salary": 4000000, "wageRegion": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("salary"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("4,960,000")));
    }

    @Test
    void namesEveryMissingOrMisplacedField() throws Exception {
        quote("""
                {"kind": "COMPULSORY", "month": "2024-13", "wageRegion": 5, "income": 2000000, "workerType": "ALIEN"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("month", "wageRegion", "salary", "income", "workerType")))
                .andExpect(jsonPath("$.errors[?(@.field == 'salary')].reason").value("is required for a COMPULSORY quote"))
                .andExpect(jsonPath("$.errors[?(@.field == 'income')].reason").value("does not apply to a COMPULSORY quote"))
                .andExpect(jsonPath("$.errors[?(@.field == 'workerType')].reason").value("must be one of VIETNAMESE, FOREIGN"));
        quote("""
                {"kind": "VOLUNTARY", "month": "2025-08", "income": 1500000, "category": "RICH", "months": 2}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "months")));
        quote("""
                {"kind": "LOTTERY", "month": "2025-08"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aMonthWithoutParametersIsABadRequestNamingTheMonth() throws Exception {
        quote("""
                {"kind": "COMPULSORY", "month": "2015-01", "salary": 5000000, "wageRegion": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("2015-01-01")));
    }

    @Test
    void theApiDocumentShowsAnExampleOfEachKind() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/contributions/quote'].post.requestBody.content['application/json'].examples.compulsory.value.salary")
                        .value(10000000))
                .andExpect(jsonPath("$.paths['/api/v1/contributions/quote'].post.requestBody.content['application/json'].examples.budgetHi.value.group")
                        .value("NEAR_POOR"))
                .andExpect(jsonPath("$.paths['/api/v1/contributions/quote'].post.responses['200'].content['application/json'].example.totals[0].amount")
                        .value(2150000));
    }
}
