package vn.ansinh.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.employer.EmployerFixtures.PASSWORD;

import java.time.LocalDate;

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

@IntegrationTest
class EmployerRegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Employers employers;

    @Autowired
    SizeClassPolicy sizes;

    TestAreas areas;
    String provinceOfficer;
    String officerA;
    String officerB;

    @BeforeEach
    void province() {
        areas = TestAreas.create(jdbc);
        provinceOfficer = EmployerFixtures.staff(accounts, "province-officer", Role.COLLECTION_OFFICER, areas.provinceCode());
        officerA = EmployerFixtures.staff(accounts, "officer-a", Role.COLLECTION_OFFICER, areas.districtACode());
        officerB = EmployerFixtures.staff(accounts, "officer-b", Role.COLLECTION_OFFICER, areas.districtBCode());
    }

    @Test
    void registersAnEmployerWithAUnitCodeOfItsProvinceAndTheWageRegionOfItsCommune() throws Exception {
        String taxCode = EmployerFixtures.taxCode();
        register(officerA, body(taxCode, "Công ty TNHH Đông Á", areas.communeA1Code(), null, "MANUFACTURING", null, 60))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/employers/" + areas.provinceCode())))
                .andExpect(jsonPath("$.unitCode", matchesPattern(areas.provinceCode() + "[0-9]+")))
                .andExpect(jsonPath("$.unitCode", hasLength(10)))
                .andExpect(jsonPath("$.taxCode").value(taxCode))
                .andExpect(jsonPath("$.wageRegion").value(3))
                .andExpect(jsonPath("$.sizeClass").value("SMALL"))
                .andExpect(jsonPath("$.suggestedSizeClass").value("SMALL"))
                .andExpect(jsonPath("$.registeredOn").value(LocalDate.now().toString()));

        EmployerSummary summary = employers.byTaxCode(taxCode).orElseThrow();
        assertThat(summary.name()).isEqualTo("Công ty TNHH Đông Á");
        assertThat(summary.communeCode()).isEqualTo(areas.communeA1Code());
        assertThat(summary.areaPath()).endsWith("/" + areas.communeA1Code() + "/");
        assertThat(employers.byUnitCode(summary.unitCode())).contains(summary);

        String after = jdbc.sql("select after::text from audit_log where entity_type = 'employer' and entity_id = :id and action = 'REGISTER'")
                .param("id", summary.unitCode()).query(String.class).single();
        assertThat(after).contains(taxCode).contains("Công ty TNHH Đông Á");
    }

    @Test
    void givesConsecutiveUnitCodesWithinAProvince() throws Exception {
        String first = unitCodeOf(register(officerA, body(EmployerFixtures.taxCode(), "Một", areas.communeA1Code(), 2, "TRADE", "SMALL", null)));
        String second = unitCodeOf(register(officerB, body(EmployerFixtures.taxCode(), "Hai", areas.communeB1Code(), null, "TRADE", "SMALL", null)));
        assertThat(Long.parseLong(second.substring(areas.provinceCode().length())))
                .isEqualTo(Long.parseLong(first.substring(areas.provinceCode().length())) + 1);
    }

    @Test
    void anExplicitWageRegionOverridesTheCommunes() throws Exception {
        register(officerA, body(EmployerFixtures.taxCode(), "Công ty Vùng Một", areas.communeA1Code(), 1, "SERVICES", "MICRO", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wageRegion").value(1));
    }

    @Test
    void refusesASecondRegistrationOfTheSameTaxCode() throws Exception {
        String taxCode = EmployerFixtures.taxCode();
        String unitCode = unitCodeOf(register(officerA, body(taxCode, "Công ty Một", areas.communeA1Code(), null, "TRADE", "SMALL", null)));
        register(provinceOfficer, body(taxCode, "Công ty Hai", areas.communeB1Code(), null, "TRADE", "SMALL", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString(unitCode)));
    }

    @Test
    void namesEachInvalidField() throws Exception {
        register(officerA, """
                {"taxCode": "0100233480", "name": " ", "communeCode": "", "wageRegion": 5, "ownership": "OWNED",
                 "headcount": -1, "sizeClass": "HUGE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(
                        "taxCode", "name", "communeCode", "wageRegion", "ownership", "sector", "headcount", "sizeClass")))
                .andExpect(jsonPath("$.errors[?(@.field == 'taxCode')].reason", hasItem(containsString("should be 8"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'ownership')].reason", hasItem(containsString("FOREIGN_INVESTED"))));
        register(officerA, """
                {"name": "Công ty", "communeCode": "%s", "ownership": "PRIVATE", "sector": "TRADE", "sizeClass": "SMALL"}"""
                .formatted(areas.communeA1Code()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"));
    }

    @Test
    void needsTheSizeClassOrAHeadcountAndAKnownCommune() throws Exception {
        register(officerA, body(EmployerFixtures.taxCode(), "Công ty", areas.communeA1Code(), null, "TRADE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sizeClass"));
        register(officerA, body(EmployerFixtures.taxCode(), "Công ty", "NOWHERE", null, "TRADE", "SMALL", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"));
        register(officerA, body(EmployerFixtures.taxCode(), "Công ty", areas.districtACode(), null, "TRADE", "SMALL", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"));
    }

    @Test
    void suggestsTheSizeClassByHeadcountWithLowerLimitsInTradeAndServices() {
        LocalDate today = LocalDate.now();
        assertThat(sizes.suggest(10, Sector.MANUFACTURING, today)).isEqualTo(SizeClass.MICRO);
        assertThat(sizes.suggest(11, Sector.MANUFACTURING, today)).isEqualTo(SizeClass.SMALL);
        assertThat(sizes.suggest(100, Sector.MANUFACTURING, today)).isEqualTo(SizeClass.SMALL);
        assertThat(sizes.suggest(200, Sector.CONSTRUCTION, today)).isEqualTo(SizeClass.MEDIUM);
        assertThat(sizes.suggest(201, Sector.AGRICULTURE, today)).isEqualTo(SizeClass.LARGE);
        assertThat(sizes.suggest(50, Sector.TRADE, today)).isEqualTo(SizeClass.SMALL);
        assertThat(sizes.suggest(51, Sector.SERVICES, today)).isEqualTo(SizeClass.MEDIUM);
        assertThat(sizes.suggest(100, Sector.HEALTH, today)).isEqualTo(SizeClass.MEDIUM);
        assertThat(sizes.suggest(101, Sector.TRADE, today)).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void keepsAnExplicitSizeClassAndShowsTheSuggestionBeside() throws Exception {
        register(officerA, body(EmployerFixtures.taxCode(), "Siêu thị Nam", areas.communeA1Code(), null, "TRADE", "SMALL", 80))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sizeClass").value("SMALL"))
                .andExpect(jsonPath("$.suggestedSizeClass").value("MEDIUM"));
    }

    @Test
    void aDistrictOfficerNeitherRegistersNorSeesAnotherDistrictsEmployers() throws Exception {
        register(officerA, body(EmployerFixtures.taxCode(), "Công ty Bên Kia", areas.communeB1Code(), null, "TRADE", "SMALL", null))
                .andExpect(status().isForbidden());

        String taxCode = EmployerFixtures.taxCode();
        String unitCode = unitCodeOf(register(officerB, body(taxCode, "Hợp tác xã Bắc Sơn", areas.communeB1Code(), null, "AGRICULTURE", "MICRO", null)));

        mvc.perform(get("/api/v1/employers/" + unitCode).with(httpBasic(officerA, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers/" + unitCode).with(httpBasic(officerB, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Hợp tác xã Bắc Sơn"));
        mvc.perform(get("/api/v1/employers").param("taxCode", taxCode).with(httpBasic(officerA, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/employers").param("taxCode", taxCode).with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].unitCode").value(unitCode));
        mvc.perform(put("/api/v1/employers/" + unitCode).with(httpBasic(officerA, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "Đổi tên", areas.communeB1Code(), null, "AGRICULTURE", "MICRO", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsEmployersByPartOfTheNameWithoutAccentsWithinTheArea() throws Exception {
        String unitCode = unitCodeOf(register(officerA, body(EmployerFixtures.taxCode(), "Công ty Cổ phần Thủy sản Đồng Tháp",
                areas.communeA1Code(), null, "AGRICULTURE", "MEDIUM", null)));
        mvc.perform(get("/api/v1/employers").param("name", "thuy san dong").with(httpBasic(officerA, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitCode", hasItem(unitCode)));
        mvc.perform(get("/api/v1/employers").param("name", "Thủy Sản").param("communeCode", areas.communeA1Code())
                        .with(httpBasic(officerA, PASSWORD)))
                .andExpect(jsonPath("$.items[*].unitCode", hasItem(unitCode)));
        mvc.perform(get("/api/v1/employers").param("name", "thuy san dong").with(httpBasic(officerB, PASSWORD)))
                .andExpect(jsonPath("$.items[*].unitCode", not(hasItem(unitCode))));
    }

    @Test
    void anUpdateIsAuditedWithBeforeAndAfterAndKeepsTheTaxCode() throws Exception {
        String taxCode = EmployerFixtures.taxCode();
        String unitCode = unitCodeOf(register(officerA, body(taxCode, "Công ty Cũ", areas.communeA1Code(), null, "TRADE", "SMALL", null)));
        mvc.perform(put("/api/v1/employers/" + unitCode).with(httpBasic(officerA, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "Công ty Mới", areas.communeA1Code(), 2, "TRADE", "MEDIUM", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Công ty Mới"))
                .andExpect(jsonPath("$.wageRegion").value(2))
                .andExpect(jsonPath("$.taxCode").value(taxCode));
        var audit = jdbc.sql("""
                        select before ->> 'name', after ->> 'name', before ->> 'wageRegion', after ->> 'wageRegion', actor
                        from audit_log where entity_type = 'employer' and entity_id = :id and action = 'UPDATE'""")
                .param("id", unitCode)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .single();
        assertThat(audit).containsExactly("Công ty Cũ", "Công ty Mới", "3", "2", officerA);

        mvc.perform(put("/api/v1/employers/" + unitCode).with(httpBasic(officerA, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(EmployerFixtures.taxCode(), "Công ty Mới", areas.communeA1Code(), 2, "TRADE", "MEDIUM", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"));
    }

    @Test
    void onlyAdministratorsAndCollectionOfficersRegister() throws Exception {
        String cardOfficer = EmployerFixtures.staff(accounts, "card-officer", Role.CARD_OFFICER, areas.provinceCode());
        register(cardOfficer, body(EmployerFixtures.taxCode(), "Công ty", areas.communeA1Code(), null, "TRADE", "SMALL", null))
                .andExpect(status().isForbidden());
        String admin = EmployerFixtures.staff(accounts, "admin", Role.ADMINISTRATOR, areas.provinceCode());
        register(admin, body(EmployerFixtures.taxCode(), "Công ty", areas.communeA1Code(), null, "TRADE", "SMALL", null))
                .andExpect(status().isCreated());
    }

    private ResultActions register(String username, String json) throws Exception {
        return mvc.perform(post("/api/v1/employers").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String unitCodeOf(ResultActions result) throws Exception {
        String json = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.unitCode");
    }

    static String body(String taxCode, String name, String communeCode, Integer wageRegion, String sector,
                       String sizeClass, Integer headcount) {
        return """
                {"taxCode": %s, "name": "%s", "communeCode": "%s", "wageRegion": %s, "ownership": "PRIVATE",
                 "sector": "%s", "sizeClass": %s, "headcount": %s}"""
                .formatted(quoted(taxCode), name, communeCode, wageRegion, sector, quoted(sizeClass), headcount);
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
