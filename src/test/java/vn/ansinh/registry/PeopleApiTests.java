package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.registry.RegistryFixtures.PASSWORD;
import static vn.ansinh.registry.RegistryFixtures.cccd;
import static vn.ansinh.registry.RegistryFixtures.registrationJson;
import static vn.ansinh.registry.RegistryFixtures.staff;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class PeopleApiTests {

    private static final LocalDate BORN = LocalDate.of(1988, 4, 12);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    TestAreas areas;
    String provinceOfficer;
    String districtAOfficer;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        provinceOfficer = staff(accounts, "collector", Role.COLLECTION_OFFICER, areas.provinceCode());
        districtAOfficer = staff(accounts, "carder", Role.CARD_OFFICER, areas.districtACode());
    }

    @Test
    void registersAPersonAndIssuesAnSiCodeOfThisOffice() throws Exception {
        String cccd = cccd(Sex.F, 1988);
        mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd, "  Nguyễn   Thị Đào ", BORN, Sex.F, areas.communeA1Code())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/people/40[0-9]{8}")))
                .andExpect(jsonPath("$.siCode").value(matchesPattern("40[0-9]{8}")))
                .andExpect(jsonPath("$.cccd").value(cccd))
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Đào"))
                .andExpect(jsonPath("$.dateOfBirth").value("1988-04-12"))
                .andExpect(jsonPath("$.sex").value("F"))
                .andExpect(jsonPath("$.communeCode").value(areas.communeA1Code()))
                .andExpect(jsonPath("$.ethnicMinority").value(false));

        Map<String, Object> row = jdbc.sql("select full_name, name_search from person where cccd = :cccd")
                .param("cccd", cccd).query().singleRow();
        assertThat(row).containsEntry("full_name", "Nguyễn Thị Đào").containsEntry("name_search", "nguyen thi dao");
    }

    @Test
    void refusesASecondRegistrationOfTheSameCccd() throws Exception {
        String cccd = cccd(Sex.M, 1988);
        String first = registerWith(cccd, "Trần Văn Hùng");
        mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd, "Trần Văn Hùng", BORN, Sex.M, areas.communeB1Code())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cccd"))
                .andExpect(jsonPath("$.errors[0].reason").value("already registered with SI code " + first));
        assertThat(jdbc.sql("select count(*) from person where cccd = :cccd").param("cccd", cccd)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() throws Exception {
        String future = LocalDate.now().plusYears(1).toString();
        mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cccd": "0010901234", "fullName": "R2-D2", "dateOfBirth": "%s", "sex": "X",
                                 "householdCode": "HH-1"}""".formatted(future)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "cccd", "fullName", "dateOfBirth", "sex", "communeCode", "householdRelation")))
                .andExpect(jsonPath("$.errors[?(@.field == 'cccd')].reason")
                        .value(hasItem("must be exactly 12 digits, has 10 characters")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sex')].reason").value(hasItem("must be M or F")));
    }

    @Test
    void givesEveryReasonTheCccdDisagreesWithSexAndDateOfBirth() throws Exception {
        mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson("099112345678", "Lê Văn Nam", LocalDate.of(2001, 3, 4), Sex.M,
                                areas.communeA1Code())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("cccd", "cccd", "cccd", "cccd")))
                .andExpect(jsonPath("$.errors[*].reason").value(containsInAnyOrder(
                        "digits 1-3 (099) are not a province code of birth registration",
                        "digit 4 (1) says born in the 1900s, but the date of birth 2001-03-04 is in the 2000s",
                        "digit 4 (1) says female, but the sex is M",
                        "digits 5-6 (12) must be the last two digits of the birth year 2001")));
    }

    @Test
    void refusesADistrictOrUnknownCodeAsCommune() throws Exception {
        for (String code : new String[] {areas.districtACode(), "NO-SUCH"}) {
            mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                            .content(registrationJson(cccd(Sex.M, 1988), "Lê Văn Nam", BORN, Sex.M, code)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("communeCode"))
                    .andExpect(jsonPath("$.errors[0].reason").value("no current commune has code " + code));
        }
    }

    @Test
    void aDistrictOfficerSeesOnlyPeopleOfTheirDistrict() throws Exception {
        String marker = "Khuê" + areas.provinceCode().substring(1).chars().mapToObj(c -> "abcdefghij".charAt(c - '0'))
                .map(String::valueOf).reduce("", String::concat);
        String inA = registerWith(cccd(Sex.F, 1988), "Phạm Thị " + marker, areas.communeA1Code());
        String inB = registerWith(cccd(Sex.F, 1988), "Đỗ Thị " + marker, areas.communeB1Code());

        mvc.perform(get("/api/v1/people/" + inA).with(httpBasic(districtAOfficer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.siCode").value(inA));
        mvc.perform(get("/api/v1/people/" + inB).with(httpBasic(districtAOfficer, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").param("name", marker).with(httpBasic(districtAOfficer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].siCode").value(containsInAnyOrder(inA)));
        mvc.perform(get("/api/v1/people").param("name", marker).with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void aDistrictOfficerCannotRegisterOrMovePeopleOutsideTheirDistrict() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(districtAOfficer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd(Sex.M, 1988), "Vũ Văn Long", BORN, Sex.M, areas.communeB1Code())))
                .andExpect(status().isForbidden());
        String inA = registerWith(cccd(Sex.M, 1988), "Vũ Văn Long", areas.communeA1Code());
        mvc.perform(patch("/api/v1/people/" + inA).with(httpBasic(districtAOfficer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\": \"" + areas.communeB1Code() + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClaimsAppraiserReadsButDoesNotRegister() throws Exception {
        String appraiser = staff(accounts, "appraiser", Role.CLAIMS_APPRAISER, areas.provinceCode());
        String siCode = registerWith(cccd(Sex.M, 1988), "Hoàng Văn Minh", areas.communeA1Code());
        mvc.perform(get("/api/v1/people/" + siCode).with(httpBasic(appraiser, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/people").with(httpBasic(appraiser, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd(Sex.M, 1988), "Hoàng Văn Minh", BORN, Sex.M,
                                areas.communeA1Code())))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsPeopleWithoutAccentsOrCaseByAnyPartOfTheName() throws Exception {
        String siCode = registerWith(cccd(Sex.F, 1988), "Nguyễn Thị Đào", communeA2());
        registerWith(cccd(Sex.F, 1988), "Nguyễn Thị Hoa", communeA2());
        for (String name : new String[] {"nguyen thi dao", "NGUYỄN THỊ ĐÀO", "Đào", "dao nguyen", "thi da"}) {
            mvc.perform(get("/api/v1/people").param("name", name).param("communeCode", communeA2())
                            .with(httpBasic(provinceOfficer, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].siCode").value(siCode))
                    .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Thị Đào"));
        }
        mvc.perform(get("/api/v1/people").param("name", "nguyen thi").param("communeCode", communeA2())
                        .with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void findsByCccdAndSiCodeAndRefusesMalformedOnes() throws Exception {
        String cccd = cccd(Sex.M, 1988);
        String siCode = registerWith(cccd, "Bùi Văn Tài", areas.communeA1Code());
        mvc.perform(get("/api/v1/people").param("cccd", cccd).with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(jsonPath("$.items[0].siCode").value(siCode));
        mvc.perform(get("/api/v1/people").param("siCode", siCode).with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(jsonPath("$.items[0].cccd").value(cccd));
        mvc.perform(get("/api/v1/people").param("cccd", "12345").with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cccd"));
        mvc.perform(get("/api/v1/people/0000000000").with(httpBasic(provinceOfficer, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditsRegistrationAndCorrectionsWithBeforeAndAfter() throws Exception {
        String siCode = registerWith(cccd(Sex.M, 1988), "Đặng Văn Bình", areas.communeA1Code());
        mvc.perform(patch("/api/v1/people/" + siCode).with(httpBasic(districtAOfficer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName": "Đặng Văn Bính", "communeCode": "%s", "ethnicMinority": true}"""
                                .formatted(communeA2())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Đặng Văn Bính"))
                .andExpect(jsonPath("$.communeCode").value(communeA2()))
                .andExpect(jsonPath("$.ethnicMinority").value(true));

        var rows = jdbc.sql("""
                        select actor, action, before ->> 'fullName' as before_name, after ->> 'fullName' as after_name,
                               before ->> 'communeCode' as before_commune, after ->> 'communeCode' as after_commune
                        from audit_log where entity_type = 'person' and entity_id = :id order by id""")
                .param("id", siCode).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("actor", provinceOfficer).containsEntry("action", "REGISTER")
                .containsEntry("before_name", null).containsEntry("after_name", "Đặng Văn Bình")
                .containsEntry("after_commune", areas.communeA1Code());
        assertThat(rows.get(1)).containsEntry("actor", districtAOfficer).containsEntry("action", "UPDATE")
                .containsEntry("before_name", "Đặng Văn Bình").containsEntry("after_name", "Đặng Văn Bính")
                .containsEntry("before_commune", areas.communeA1Code())
                .containsEntry("after_commune", communeA2());
        assertThat(jdbc.sql("select name_search from person where si_code = :id").param("id", siCode)
                .query(String.class).single()).isEqualTo("dang van binh");
    }

    @Test
    void recordsADeathOnceAndAuditsIt() throws Exception {
        String siCode = registerWith(cccd(Sex.M, 1988), "Ngô Văn Phúc", areas.communeA1Code());
        mvc.perform(death(siCode, "1987-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfDeath"))
                .andExpect(jsonPath("$.errors[0].reason").value("must not be before the date of birth 1988-04-12"));
        mvc.perform(death(siCode, "2024-11-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$.dateOfDeath").value("2024-11-30"));
        mvc.perform(death(siCode, "2024-12-01")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value("already recorded as 2024-11-30"));

        Map<String, Object> audit = jdbc.sql("""
                        select actor, before ->> 'dateOfDeath' as before_death, after ->> 'dateOfDeath' as after_death
                        from audit_log where entity_type = 'person' and entity_id = :id and action = 'RECORD_DEATH'""")
                .param("id", siCode).query().singleRow();
        assertThat(audit).containsEntry("actor", provinceOfficer).containsEntry("before_death", null)
                .containsEntry("after_death", "2024-11-30");
    }

    @Test
    void showsTheSchemesAPersonTakesPartIn() throws Exception {
        String siCode = registerWith(cccd(Sex.F, 1988), "Lý Thị Mai", areas.communeA1Code());
        long id = jdbc.sql("select id from person where si_code = :code").param("code", siCode).query(Long.class).single();
        jdbc.sql("""
                        insert into participation (person_id, scheme, group_code, valid_from, valid_to) values
                        (:id, 'SI_COMPULSORY', 'DN', date '2015-03-01', date '2019-12-31'),
                        (:id, 'HI', 'GD', date '2020-01-01', null)""")
                .param("id", id).update();
        mvc.perform(get("/api/v1/people/" + siCode).with(httpBasic(districtAOfficer, PASSWORD)))
                .andExpect(jsonPath("$.participation", hasSize(2)))
                .andExpect(jsonPath("$.participation[0].scheme").value("HI"))
                .andExpect(jsonPath("$.participation[0].groupCode").value("GD"))
                .andExpect(jsonPath("$.participation[0].validFrom").value("2020-01-01"))
                .andExpect(jsonPath("$.participation[1].scheme").value("SI_COMPULSORY"))
                .andExpect(jsonPath("$.participation[1].validTo").value("2019-12-31"));
    }

    /** TestAreas names the second commune of district A by convention. */
    private String communeA2() {
        return areas.provinceCode() + "A2";
    }

    private MockHttpServletRequestBuilder death(String siCode, String date) {
        return asProvinceOfficer(post("/api/v1/people/" + siCode + "/death")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dateOfDeath\": \"" + date + "\"}");
    }

    private MockHttpServletRequestBuilder asProvinceOfficer(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(provinceOfficer, PASSWORD));
    }

    private String registerWith(String cccd, String fullName) throws Exception {
        return registerWith(cccd, fullName, areas.communeA1Code());
    }

    private String registerWith(String cccd, String fullName, String communeCode) throws Exception {
        Sex sex = CccdNumber.of(cccd).sex().orElseThrow();
        String body = mvc.perform(asProvinceOfficer(post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd, fullName, BORN, sex, communeCode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.siCode");
    }
}
