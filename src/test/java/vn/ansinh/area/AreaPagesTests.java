package vn.ansinh.area;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.UiLogin;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class AreaPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;
    @Autowired AreaFigures figures;

    TestAreas areas;
    MockHttpSession districtOfficer;

    @BeforeEach
    void setUp() throws Exception {
        areas = TestAreas.create(jdbc);
        String user = "page-" + areas.provinceCode().toLowerCase();
        staff.create(user, "district-pass", "Hồ Văn Huyện", Set.of(Role.CARD_OFFICER), areas.districtACode());
        figures.setStatistic(areas.communeA1Code(), 2024, 7_215, 4_102, "test");
        districtOfficer = UiLogin.session(mvc, user, "district-pass");
    }

    @Test
    void aDistrictOfficerLandsOnTheDistrictAndSeesItsCommunesWithTheirPopulation() throws Exception {
        mvc.perform(get("/areas").session(districtOfficer)).andExpect(redirectedUrl("/areas/" + areas.districtACode()));
        mvc.perform(get("/areas/{code}", areas.districtACode()).session(districtOfficer).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Đông A1")))
                .andExpect(content().string(containsString("7.215")))
                .andExpect(content().string(not(containsString("Phường Bắc B1"))));
    }

    @Test
    void anotherDistrictIsForbidden() throws Exception {
        mvc.perform(get("/areas/{code}", areas.districtBCode()).session(districtOfficer))
                .andExpect(status().isForbidden());
    }
}
