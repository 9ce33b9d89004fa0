package vn.ansinh.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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

/**
 * The admin API. Periods added here start in the 2090s, so the values other tests read are never disturbed.
 */
@IntegrationTest
class ParameterApiTests {

    private static final String PASSWORD = "secret-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Parameters parameters;

    String admin;
    String officer;

    @BeforeEach
    void staff() {
        TestAreas areas = TestAreas.create(jdbc);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "param-admin-" + suffix;
        officer = "param-officer-" + suffix;
        staff.create(admin, PASSWORD, "Administrator", Set.of(Role.ADMINISTRATOR), areas.provinceCode());
        staff.create(officer, PASSWORD, "Collection officer", Set.of(Role.COLLECTION_OFFICER), areas.districtACode());
    }

    @Test
    void anyStaffMemberReadsTheValueInForceWithItsLegalReference() throws Exception {
        mvc.perform(get("/api/v1/parameters/REGIONAL_MINIMUM_WAGE/value").param("on", "2024-07-01").param("qualifier", "I")
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(4960000))
                .andExpect(jsonPath("$.validFrom").value("2024-07-01"))
                .andExpect(jsonPath("$.validTo").value("2025-12-31"))
                .andExpect(jsonPath("$.unit").value("VND"))
                .andExpect(jsonPath("$.legalReference").value(containsString("RULES.md §3")))
                .andExpect(jsonPath("$.confidence").value("A"));
    }

    @Test
    void aDateBeforeTheRecordedHistoryIsABadRequestNamingTheDate() throws Exception {
        mvc.perform(get("/api/v1/parameters/BASE_SALARY/value").param("on", "2010-01-01").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("BASE_SALARY")));
    }

    @Test
    void listsThePeriodsOfOneCodeInOrder() throws Exception {
        mvc.perform(get("/api/v1/parameters").param("code", "BASE_SALARY").param("size", "3").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].value").value(1210000))
                .andExpect(jsonPath("$.items[2].value").value(1390000));
        mvc.perform(get("/api/v1/parameters").param("code", "CONTRIBUTION_RATE").param("on", "2021-10-01")
                        .param("qualifier", "UNEMPLOYMENT:EMPLOYER").with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].value").value(0));
        mvc.perform(get("/api/v1/parameters/codes").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("BASE_SALARY", "CONTRIBUTION_RATE", "SME_HEADCOUNT_LIMIT")));
    }

    @Test
    void anAdministratorAddsAPeriodAndTheOpenOneClosesTheDayBefore() throws Exception {
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "FUNERAL_ALLOWANCE_MULTIPLE", "validFrom": "2091-01-01", "value": 12,
                                 "legalReference": "Decree 1/2090 (test)", "confidence": "A"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(12))
                .andExpect(jsonPath("$.unit").value("MULTIPLE"));

        assertThat(parameters.valueOf("FUNERAL_ALLOWANCE_MULTIPLE", LocalDate.of(2090, 12, 31))).isEqualByComparingTo("10");
        assertThat(parameters.valueOf("FUNERAL_ALLOWANCE_MULTIPLE", LocalDate.of(2091, 1, 1))).isEqualByComparingTo("12");

        var audit = jdbc.sql("""
                        select action, before ->> 'validTo', after ->> 'validTo', after ->> 'value', actor
                        from audit_log where entity_type = 'reference_parameter' and actor = :actor order by id""")
                .param("actor", admin)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsExactly("CLOSE_PERIOD", null, "2090-12-31", "10");
        assertThat(audit.get(1)).containsExactly("ADD_PERIOD", null, null, "12");
    }

    @Test
    void refusesAPeriodOverlappingAClosedOneAndChangesNothing() throws Exception {
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "BASE_SALARY", "validFrom": "2020-01-01", "value": 1600000,
                                 "legalReference": "test", "confidence": "C"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("2019-07-01 to 2023-06-30")));
        assertThat(parameters.history("BASE_SALARY", null)).hasSize(7);
        assertThat(parameters.amountOf("BASE_SALARY", LocalDate.of(2020, 1, 1))).isEqualTo(1_490_000L);
    }

    @Test
    void refusesAnOpenPeriodStartingBeforeALaterOne() throws Exception {
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "REGIONAL_MINIMUM_WAGE", "qualifier": "II", "validFrom": "2025-06-01",
                                 "value": 4500000, "legalReference": "test", "confidence": "C"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("REGIONAL_MINIMUM_WAGE (II)")));
    }

    @Test
    void onlyAnAdministratorMayAddAPeriod() throws Exception {
        mvc.perform(post("/api/v1/parameters").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "DEMAND_NOTICE_BY_DAY", "validFrom": "2092-01-01", "value": 15,
                                 "legalReference": "test", "confidence": "C"}"""))
                .andExpect(status().isForbidden());
        assertThat(parameters.valueOf("DEMAND_NOTICE_BY_DAY", LocalDate.of(2092, 1, 1))).isEqualByComparingTo("10");
    }

    @Test
    void namesEachInvalidFieldOfANewPeriod() throws Exception {
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "BASE_SALARY", "value": -1, "legalReference": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("validFrom", "value", "legalReference", "confidence")));
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "CONTRIBUTION_RATE", "qualifier": "PENSION:EMPLOYER", "validFrom": "2093-01-01",
                                 "value": 15, "legalReference": "test", "confidence": "C"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("qualifier"));
        mvc.perform(post("/api/v1/parameters").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "BASE_SALARY", "validFrom": "2093-01-01", "value": 3000000, "unit": "PERCENT",
                                 "legalReference": "test", "confidence": "C"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }
}
