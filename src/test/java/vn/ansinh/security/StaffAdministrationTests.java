package vn.ansinh.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

@IntegrationTest
class StaffAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;

    TestAreas areas;
    String districtAdmin;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        districtAdmin = "adm-" + areas.provinceCode().toLowerCase();
        staff.create(districtAdmin, "admin-pass", "Quản Trị Huyện", Set.of(Role.ADMINISTRATOR), areas.districtACode());
    }

    @Test
    void aDistrictAdministratorCreatesAccountsInsideTheDistrictOnly() throws Exception {
        String body = """
                {"username": "%s", "password": "long-enough", "displayName": "Đỗ Thị Xã",
                 "roles": ["COLLECTION_OFFICER"], "areaCode": "%s"}""";
        mvc.perform(post("/api/v1/staff").with(httpBasic(districtAdmin, "admin-pass")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("x1-" + districtAdmin, areas.communeA1Code())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaCode").value(areas.communeA1Code()))
                .andExpect(jsonPath("$.roles[0]").value("COLLECTION_OFFICER"));
        mvc.perform(post("/api/v1/staff").with(httpBasic(districtAdmin, "admin-pass")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("x2-" + districtAdmin, areas.communeB1Code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff").with(httpBasic(districtAdmin, "admin-pass")))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void missingFieldsAreNamedOneByOne() throws Exception {
        mvc.perform(post("/api/v1/staff").with(httpBasic(districtAdmin, "admin-pass")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"someone\", \"password\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].reason").value("must have at least 8 characters"))
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')].reason").value("at least one role is required"));
    }

    @Test
    void anIssuedTokenWorksOnceHandedOverAndNonAdministratorsCannotIssueOne() throws Exception {
        String response = mvc.perform(post("/api/v1/api-clients").with(httpBasic(districtAdmin, "admin-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Trạm y tế xã\", \"kind\": \"FACILITY\", \"subjectCode\": \"42999\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = response.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/api-clients").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"kind\": \"FACILITY\", \"subjectCode\": \"1\"}"))
                .andExpect(status().isForbidden());
    }
}
