package vn.ansinh.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

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

@IntegrationTest
class AreaTargetsTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;

    TestAreas areas;
    String manager;
    String districtOfficer;
    String collector;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        manager = "mgr-" + areas.provinceCode().toLowerCase();
        districtOfficer = "dist-" + areas.provinceCode().toLowerCase();
        collector = "coll-" + areas.provinceCode().toLowerCase();
        staff.create(manager, "manager-pass", "Trần Quản Lý", Set.of(Role.MANAGER), areas.provinceCode());
        staff.create(districtOfficer, "district-pass", "Lê Huyện", Set.of(Role.MANAGER), areas.districtACode());
        staff.create(collector, "collector-pass", "Phạm Thu", Set.of(Role.COLLECTION_OFFICER), areas.provinceCode());
    }

    @Test
    void aManagerSetsTheYearsTargetsAndTheChangeIsAudited() throws Exception {
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.provinceCode()).with(httpBasic(manager, "manager-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 26.5, \"hiPopulationShare\": 95}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.siLabourShare").value(26.5))
                .andExpect(jsonPath("$.setBy").value(manager));
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.provinceCode()).with(httpBasic(manager, "manager-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 27.0, \"hiPopulationShare\": 95.5}"))
                .andExpect(status().isOk());

        Map<String, Object> update = jdbc.sql("""
                        select actor, action, before::text as before, after::text as after from audit_log
                        where entity_type = 'coverage_target' and entity_id = :id order by id desc limit 1""")
                .param("id", areas.provinceCode() + "/2025").query().singleRow();
        assertThat(update.get("actor")).isEqualTo(manager);
        assertThat(update.get("action")).isEqualTo("UPDATE");
        assertThat((String) update.get("before")).contains("\"siLabourShare\": 26.5");
        assertThat((String) update.get("after")).contains("\"siLabourShare\": 27.0").contains("\"hiPopulationShare\": 95.5");
    }

    @Test
    void aTargetAboveOneHundredPercentIsRefusedNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.provinceCode()).with(httpBasic(manager, "manager-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 120, \"hiPopulationShare\": 95}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siLabourShare"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be 100 or less"));
    }

    @Test
    void aCollectionOfficerMayNotSetTargets() throws Exception {
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.provinceCode()).with(httpBasic(collector, "collector-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 26, \"hiPopulationShare\": 95}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDistrictManagerSetsTargetsOnlyInsideTheDistrict() throws Exception {
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.districtACode()).with(httpBasic(districtOfficer, "district-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 20, \"hiPopulationShare\": 93}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/areas/{code}/targets/2025", areas.districtBCode()).with(httpBasic(districtOfficer, "district-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siLabourShare\": 20, \"hiPopulationShare\": 93}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Outside your area"));
    }

    @Test
    void aDistrictOfficerListsOnlyTheAreasOfTheDistrict() throws Exception {
        mvc.perform(get("/api/v1/areas").with(httpBasic(districtOfficer, "district-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].code").value(areas.districtACode()))
                .andExpect(jsonPath("$.items[1].code").value(areas.communeA1Code()));
    }

    @Test
    void labourForceLargerThanThePopulationIsRefused() throws Exception {
        mvc.perform(put("/api/v1/areas/{code}/statistics/2024", areas.communeA1Code()).with(httpBasic(manager, "manager-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"population\": 7000, \"labourForce\": 7100}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("labourForce"));
    }
}
