package vn.ansinh.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.employer.EmployerFixtures.PASSWORD;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/** Hire, leave and salary change declarations of an employer in wage region I. */
@IntegrationTest
class EmploymentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Employments employments;

    @Autowired
    Employers employers;

    TestAreas areas;
    String officer;
    String unitCode;
    EmployerFixtures.Person lan;

    @BeforeEach
    void employerInRegionI() throws Exception {
        areas = TestAreas.create(jdbc);
        officer = EmployerFixtures.staff(accounts, "officer-a", Role.COLLECTION_OFFICER, areas.districtACode());
        String json = mvc.perform(post("/api/v1/employers").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(EmployerRegistrationTests.body(EmployerFixtures.taxCode(), "Công ty May Hòa Bình",
                                areas.communeA1Code(), 1, "MANUFACTURING", "SMALL", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        unitCode = JsonPath.read(json, "$.unitCode");
        lan = EmployerFixtures.person(jdbc, areas.communeB1(), "Trần Thị Lan");
    }

    @Test
    void refusesASalaryBelowTheRegionalMinimumWageNamingTheFloor() throws Exception {
        hire(lan.cccd(), "2024-08-01", 4_900_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("monthlySalary"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("4,960,000 VND")))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("wage region 1 on 2024-08-01")));
        assertThat(employments.ofPerson(lan.id())).isEmpty();

        hire(lan.cccd(), "2024-08-01", 5_000_000)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employment.fullName").value("Trần Thị Lan"))
                .andExpect(jsonPath("$.employment.salaries[0].amount").value(5_000_000))
                .andExpect(jsonPath("$.salary.floor").value(4_960_000))
                .andExpect(jsonPath("$.salary.siCeiling").value(46_800_000))
                .andExpect(jsonPath("$.salary.aboveSiCeiling").value(false));
    }

    @Test
    void acceptsASalaryAboveTheCeilingAndFlagsIt() throws Exception {
        hire(lan.cccd(), "2024-08-01", 50_000_000)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.salary.aboveSiCeiling").value(true))
                .andExpect(jsonPath("$.salary.siCeiling").value(46_800_000))
                .andExpect(jsonPath("$.salary.note").value(containsString("46,800,000 VND")));
    }

    @Test
    void refusesASecondOpenEmploymentOfTheSamePersonAtTheSameEmployer() throws Exception {
        hire(lan.cccd(), "2024-08-01", 5_000_000).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/employers/" + unitCode + "/employments").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siCode": "%s", "startDate": "2025-01-01", "monthlySalary": 6000000}""".formatted(lan.siCode())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("siCode"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("since 2024-08-01")));
    }

    @Test
    void recordsSalaryChangesAndReadsThemBackInOrder() throws Exception {
        long id = employmentId(hire(lan.cccd(), "2024-08-01", 5_000_000));
        changeSalary(id, "2026-01-01", 7_000_000).andExpect(status().isCreated());
        changeSalary(id, "2025-01-01", 6_000_000)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.salary.floor").value(4_960_000));

        mvc.perform(get("/api/v1/employers/" + unitCode + "/employments/" + id).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.salaries[*].validFrom").value(contains("2024-08-01", "2025-01-01", "2026-01-01")))
                .andExpect(jsonPath("$.salaries[*].amount").value(contains(5_000_000, 6_000_000, 7_000_000)))
                .andExpect(jsonPath("$.monthlySalary").value(7_000_000));

        assertThat(employments.salaryHistory(id)).containsExactly(
                new SalaryPeriod(LocalDate.of(2024, 8, 1), 5_000_000), new SalaryPeriod(LocalDate.of(2025, 1, 1), 6_000_000),
                new SalaryPeriod(LocalDate.of(2026, 1, 1), 7_000_000));

        var audit = jdbc.sql("""
                        select jsonb_array_length(before -> 'salaries'), jsonb_array_length(after -> 'salaries')
                        from audit_log where entity_type = 'employment' and entity_id = :id and action = 'CHANGE_SALARY'
                        order by id""")
                .param("id", String.valueOf(id)).query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2))).list();
        assertThat(audit).containsExactly(List.of(1, 2), List.of(2, 3));
    }

    @Test
    void measuresASalaryChangeAgainstTheFloorInForceOnItsOwnDate() throws Exception {
        long id = employmentId(hire(lan.cccd(), "2024-08-01", 5_000_000));
        // 5,000,000 was above region I's 4,960,000 in 2024 but is below the 5,310,000 in force from 2026-01-01.
        changeSalary(id, "2026-02-01", 5_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("monthlySalary"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("5,310,000 VND")));
    }

    @Test
    void aSalaryChangeMustFallAfterTheStartAndWithinTheEmployment() throws Exception {
        long id = employmentId(hire(lan.cccd(), "2024-08-01", 5_000_000));
        changeSalary(id, "2024-08-01", 6_000_000)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        changeSalary(id, "2024-07-01", 6_000_000)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        leave(id, "2025-03-31").andExpect(status().isOk());
        changeSalary(id, "2025-04-01", 6_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("ended on 2025-03-31")));
    }

    @Test
    void endsAnEmploymentOnlyOnOrAfterItsStartAndOnlyOnce() throws Exception {
        long id = employmentId(hire(lan.cccd(), "2024-08-01", 5_000_000));
        leave(id, "2024-07-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        leave(id, "2025-03-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value("2025-03-31"));
        leave(id, "2025-04-30").andExpect(status().isConflict());

        var audit = jdbc.sql("""
                        select before ->> 'startDate', before ->> 'endDate', after ->> 'endDate' from audit_log
                        where entity_type = 'employment' and entity_id = :id and action = 'LEAVE'""")
                .param("id", String.valueOf(id))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(audit).containsExactly("2024-08-01", null, "2025-03-31");

        // Rehired after leaving: a new employment, not an overlap.
        hire(lan.cccd(), "2025-06-01", 5_500_000).andExpect(status().isCreated());
        hire(lan.cccd(), "2025-03-01", 5_500_000).andExpect(status().isConflict());
    }

    @Test
    void listsTheEmployeesInForceOnADateWithTheirSalaryThen() throws Exception {
        EmployerFixtures.Person minh = EmployerFixtures.person(jdbc, areas.communeA1(), "Lê Văn Minh");
        long lanId = employmentId(hire(lan.cccd(), "2024-08-01", 5_000_000));
        changeSalary(lanId, "2025-01-01", 6_000_000).andExpect(status().isCreated());
        long minhId = employmentId(hire(minh.cccd(), "2024-09-01", 8_000_000));
        leave(minhId, "2024-12-31").andExpect(status().isOk());

        mvc.perform(get("/api/v1/employers/" + unitCode + "/employments").param("on", "2024-10-15").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].fullName").value("Lê Văn Minh"))
                .andExpect(jsonPath("$.items[1].monthlySalary").value(5_000_000));
        mvc.perform(get("/api/v1/employers/" + unitCode + "/employments").param("on", "2025-02-01").with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].monthlySalary").value(6_000_000));
        mvc.perform(get("/api/v1/employers/" + unitCode + "/employments").param("includeEnded", "true").with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));

        long employerId = employers.byUnitCode(unitCode).orElseThrow().id();
        assertThat(employments.activeOn(employerId, LocalDate.of(2024, 12, 31)))
                .extracting(ActiveEmployment::fullName, ActiveEmployment::monthlySalary, ActiveEmployment::salaryFrom)
                .containsExactly(tuple("Lê Văn Minh", 8_000_000L, LocalDate.of(2024, 9, 1)),
                        tuple("Trần Thị Lan", 5_000_000L, LocalDate.of(2024, 8, 1)));
        assertThat(employments.activeOn(employerId, LocalDate.of(2025, 1, 1)))
                .extracting(ActiveEmployment::fullName, ActiveEmployment::monthlySalary)
                .containsExactly(tuple("Trần Thị Lan", 6_000_000L));
    }

    @Test
    void listsAPersonsEmploymentsWithinTheOfficersArea() throws Exception {
        hire(lan.cccd(), "2024-08-01", 5_000_000).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/employments").param("siCode", lan.siCode()).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitCode").value(unitCode))
                .andExpect(jsonPath("$[0].salaries[0].amount").value(5_000_000));
        String otherDistrict = EmployerFixtures.staff(accounts, "officer-b", Role.COLLECTION_OFFICER, areas.districtBCode());
        mvc.perform(get("/api/v1/employments").param("cccd", lan.cccd()).with(httpBasic(otherDistrict, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(employments.ofPerson(lan.id())).singleElement()
                .satisfies(e -> assertThat(e.salaries()).containsExactly(new SalaryPeriod(LocalDate.of(2024, 8, 1), 5_000_000)));
    }

    @Test
    void anOfficerOfAnotherDistrictCannotDeclareForThisEmployer() throws Exception {
        String otherDistrict = EmployerFixtures.staff(accounts, "officer-b", Role.COLLECTION_OFFICER, areas.districtBCode());
        mvc.perform(post("/api/v1/employers/" + unitCode + "/employments").with(httpBasic(otherDistrict, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cccd": "%s", "startDate": "2024-08-01", "monthlySalary": 5000000}""".formatted(lan.cccd())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers/" + unitCode + "/employments").with(httpBasic(otherDistrict, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void namesTheFieldsOfAnInvalidHire() throws Exception {
        mvc.perform(post("/api/v1/employers/" + unitCode + "/employments").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cccd": "12345", "workerType": "ALIEN", "monthlySalary": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "cccd", "startDate", "workerType", "monthlySalary")));
        hire("999999999999", "2024-08-01", 5_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cccd"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("no person")));
        hire(lan.cccd(), "2015-06-01", 5_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("REGIONAL_MINIMUM_WAGE")));
    }

    private ResultActions hire(String cccd, String startDate, long salary) throws Exception {
        return mvc.perform(post("/api/v1/employers/" + unitCode + "/employments").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"cccd": "%s", "startDate": "%s", "jobTitle": "Thợ may", "monthlySalary": %d}"""
                        .formatted(cccd, startDate, salary)));
    }

    private ResultActions changeSalary(long id, String validFrom, long salary) throws Exception {
        return mvc.perform(post("/api/v1/employers/" + unitCode + "/employments/" + id + "/salaries")
                .with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"validFrom": "%s", "monthlySalary": %d}""".formatted(validFrom, salary)));
    }

    private ResultActions leave(long id, String endDate) throws Exception {
        return mvc.perform(post("/api/v1/employers/" + unitCode + "/employments/" + id + "/leave")
                .with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"endDate": "%s"}""".formatted(endDate)));
    }

    private static long employmentId(ResultActions result) throws Exception {
        String json = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.employment.id")).longValue();
    }
}
