package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.registry.RegistryFixtures.PASSWORD;
import static vn.ansinh.registry.RegistryFixtures.cccd;
import static vn.ansinh.registry.RegistryFixtures.register;
import static vn.ansinh.registry.RegistryFixtures.staff;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class HouseholdsApiTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    TestAreas areas;
    String officer;
    String household;

    @BeforeEach
    void setUp() throws Exception {
        areas = TestAreas.create(jdbc);
        officer = staff(accounts, "benefits", Role.BENEFIT_OFFICER, areas.provinceCode());
        household = "HH-" + areas.provinceCode() + "-" + SEQ.incrementAndGet();
        createHousehold(household, areas.communeA1Code()).andExpect(status().isCreated());
    }

    @Test
    void createsAHouseholdAndRefusesItsCodeTwice() throws Exception {
        mvc.perform(get("/api/v1/households/" + household).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communeCode").value(areas.communeA1Code()))
                .andExpect(jsonPath("$.address").value("Xóm 3, thôn Đông"))
                .andExpect(jsonPath("$.livingStandard").value("ORDINARY"))
                .andExpect(jsonPath("$.members", hasSize(0)));
        createHousehold(household, areas.communeB1Code())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].reason").value("household " + household + " already exists"));
        mvc.perform(post("/api/v1/households").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"bad code!\", \"livingStandard\": \"RICH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("code", "communeCode", "livingStandard")));
    }

    @Test
    void listsMembersWithTheHeadFirst() throws Exception {
        String child = person("Trương Văn Cường", Sex.M, 2010);
        String head = person("Trương Văn An", Sex.M, 1975);
        String spouse = person("Phan Thị Bích", Sex.F, 1978);
        addMember(child, "CHILD").andExpect(status().isOk());
        addMember(head, "HEAD").andExpect(status().isOk()).andExpect(jsonPath("$.headSiCode").value(head));
        addMember(spouse, "SPOUSE").andExpect(status().isOk());

        mvc.perform(get("/api/v1/households/" + household + "/members").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].siCode").value(contains(head, spouse, child)))
                .andExpect(jsonPath("$[*].householdRelation").value(contains("HEAD", "SPOUSE", "CHILD")));
        mvc.perform(get("/api/v1/people/" + spouse).with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.householdCode").value(household))
                .andExpect(jsonPath("$.householdRelation").value("SPOUSE"));
    }

    @Test
    void refusesASecondHead() throws Exception {
        String head = person("Mai Văn Đức", Sex.M, 1970);
        String other = person("Mai Văn Tú", Sex.M, 1972);
        addMember(head, "HEAD").andExpect(status().isOk());
        addMember(other, "HEAD")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("householdRelation"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "household " + household + " already has a head (SI code " + head + "); change the head instead"));
        assertThat(heads()).isEqualTo(1);
    }

    @Test
    void makesOnlyAMemberTheHead() throws Exception {
        String outsider = person("Cao Văn Hải", Sex.M, 1980);
        mvc.perform(put("/api/v1/households/" + household + "/head").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"siCode\": \"" + outsider + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("siCode"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        outsider + " is not a member of household " + household + "; add them as a member first"));
        assertThat(heads()).isZero();
    }

    @Test
    void handsTheHeadOverAndKeepsTheFormerHeadAsAMember() throws Exception {
        String father = person("Lâm Văn Sơn", Sex.M, 1950);
        String son = person("Lâm Văn Hà", Sex.M, 1980);
        addMember(father, "HEAD").andExpect(status().isOk());
        addMember(son, "CHILD").andExpect(status().isOk());

        mvc.perform(put("/api/v1/households/" + household + "/head").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siCode\": \"" + son + "\", \"formerHeadRelation\": \"PARENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headSiCode").value(son))
                .andExpect(jsonPath("$.members[*].householdRelation").value(contains("HEAD", "PARENT")));

        assertThat(jdbc.sql("""
                        select p.si_code from household h join person p on p.id = h.head_person_id where h.code = :code""")
                .param("code", household).query(String.class).single()).isEqualTo(son);
        assertThat(heads()).isEqualTo(1);
        Map<String, Object> audit = jdbc.sql("""
                        select actor, before ->> 'headSiCode' as before_head, after ->> 'headSiCode' as after_head
                        from audit_log where entity_type = 'household' and entity_id = :code and action = 'SET_HEAD'""")
                .param("code", household).query().singleRow();
        assertThat(audit).containsEntry("actor", officer).containsEntry("before_head", father)
                .containsEntry("after_head", son);
    }

    @Test
    void keepsTheHeadWhileOthersRemain() throws Exception {
        String head = person("Hà Văn Lộc", Sex.M, 1960);
        String daughter = person("Hà Thị Lan", Sex.F, 1990);
        addMember(head, "HEAD").andExpect(status().isOk());
        addMember(daughter, "CHILD").andExpect(status().isOk());

        mvc.perform(delete("/api/v1/households/" + household + "/members/" + head).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("siCode"));
        String elsewhere = "HH-" + areas.provinceCode() + "-" + SEQ.incrementAndGet();
        createHousehold(elsewhere, areas.communeA1Code()).andExpect(status().isCreated());
        mvc.perform(patch("/api/v1/people/" + head).with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdCode\": \"" + elsewhere + "\", \"householdRelation\": \"OTHER\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("householdCode"));
        addMember(head, "OTHER")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("householdRelation"));

        mvc.perform(delete("/api/v1/households/" + household + "/members/" + daughter).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].siCode").value(contains(head)));
        mvc.perform(delete("/api/v1/households/" + household + "/members/" + head).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(0)));
        assertThat(jdbc.sql("select head_person_id is null from household where code = :code")
                .param("code", household).query(Boolean.class).single()).isTrue();
    }

    @Test
    void registersAPersonStraightIntoAHousehold() throws Exception {
        String body = mvc.perform(post("/api/v1/people").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cccd": "%s", "fullName": "Đinh Văn Quang", "dateOfBirth": "1966-02-03", "sex": "M",
                                 "communeCode": "%s", "householdCode": "%s", "householdRelation": "HEAD",
                                 "ethnicMinority": true}""".formatted(cccd(Sex.M, 1966), areas.communeA1Code(), household)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.householdCode").value(household))
                .andExpect(jsonPath("$.householdRelation").value("HEAD"))
                .andExpect(jsonPath("$.ethnicMinority").value(true))
                .andReturn().getResponse().getContentAsString();
        String siCode = com.jayway.jsonpath.JsonPath.read(body, "$.siCode");
        mvc.perform(get("/api/v1/households/" + household).with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.headSiCode").value(siCode));
    }

    @Test
    void changesTheLivingStandardAndAuditsIt() throws Exception {
        mvc.perform(put("/api/v1/households/" + household + "/living-standard").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"livingStandard\": \"NEAR_POOR\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.livingStandard").value("NEAR_POOR"));
        Map<String, Object> audit = jdbc.sql("""
                        select actor, before ->> 'livingStandard' as before_standard,
                               after ->> 'livingStandard' as after_standard
                        from audit_log where entity_type = 'household' and entity_id = :code
                          and action = 'CHANGE_LIVING_STANDARD'""")
                .param("code", household).query().singleRow();
        assertThat(audit).containsEntry("actor", officer).containsEntry("before_standard", "ORDINARY")
                .containsEntry("after_standard", "NEAR_POOR");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'household' and entity_id = :code "
                + "and action = 'CREATE' and actor = :actor").param("code", household).param("actor", officer)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void keepsHouseholdsOfAnotherDistrictOutOfADistrictOfficersReach() throws Exception {
        String districtB = staff(accounts, "collector-b", Role.COLLECTION_OFFICER, areas.districtBCode());
        mvc.perform(get("/api/v1/households/" + household).with(httpBasic(districtB, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/households/" + household + "/living-standard").with(httpBasic(districtB, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"livingStandard\": \"POOR\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households").param("communeCode", areas.provinceCode())
                        .with(httpBasic(districtB, PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/households").param("communeCode", areas.provinceCode())
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(household));
    }

    @Test
    void theDatabaseRefusesAHeadWhoIsNotAMember() throws Exception {
        String outsider = person("Tạ Văn Khoa", Sex.M, 1985);
        assertThatThrownBy(() -> jdbc.sql("""
                        update household set head_person_id = (select id from person where si_code = :siCode)
                        where code = :code""")
                .param("siCode", outsider).param("code", household).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("household_head_is_member");
    }

    private ResultActions createHousehold(String code, String communeCode) throws Exception {
        return mvc.perform(post("/api/v1/households").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code": "%s", "communeCode": "%s", "address": "Xóm 3, thôn Đông"}""".formatted(code, communeCode)));
    }

    private ResultActions addMember(String siCode, String relation) throws Exception {
        return mvc.perform(post("/api/v1/households/" + household + "/members").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siCode\": \"" + siCode + "\", \"householdRelation\": \"" + relation + "\"}"));
    }

    private String person(String name, Sex sex, int year) throws Exception {
        return register(mvc, officer, name, LocalDate.of(year, 6, 1), sex, areas.communeA1Code());
    }

    private long heads() {
        return jdbc.sql("""
                        select count(*) from person p join household h on h.id = p.household_id
                        where h.code = :code and p.household_relation = 'HEAD'""")
                .param("code", household).query(Long.class).single();
    }
}
