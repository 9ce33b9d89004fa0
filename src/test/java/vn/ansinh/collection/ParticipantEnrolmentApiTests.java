package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.IntegrationTest;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/**
 * Enrolling in voluntary SI, household HI and budget-paid HI through the API. Months are counted from today, since
 * enrolments start this month or later.
 */
@IntegrationTest
class ParticipantEnrolmentApiTests {

    static final LocalDate ADULT = LocalDate.of(1985, 6, 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts accounts;
    @Autowired RateBooks rateBooks;
    @Autowired Clock clock;
    @Autowired JsonMapper json;

    ParticipantFixtures fixtures;
    String collector;
    YearMonth now;

    @BeforeEach
    void setUp() {
        fixtures = new ParticipantFixtures(jdbc);
        collector = CollectionFixtures.staff(accounts, "collector", Role.COLLECTION_OFFICER, fixtures.areas.provinceCode());
        now = YearMonth.now(clock);
    }

    ResultActions send(String path, String user, Object body) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic(user, CollectionFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    record Voluntary(String siCode, Long income, String schedule, String category, String startMonth, String endMonth) {
    }

    ResultActions enrol(ParticipantFixtures.Person person, long income, String schedule, YearMonth start) throws Exception {
        return send("/api/v1/voluntary-enrolments", collector,
                new Voluntary(person.siCode(), income, schedule, "OTHER", start.toString(), null));
    }

    long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    // Voluntary SI

    @Test
    void enrolsAPersonInVoluntarySiAndAuditsIt() throws Exception {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth start = now.plusMonths(1);

        ResultActions result = enrol(person, 3_000_000, "QUARTERLY", start)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.siCode").value(person.siCode()))
                .andExpect(jsonPath("$.startMonth").value(start.toString()))
                .andExpect(jsonPath("$.terms", hasSize(1)))
                .andExpect(jsonPath("$.terms[0].income").value(3_000_000))
                .andExpect(jsonPath("$.terms[0].schedule").value("QUARTERLY"));
        long id = id(result);
        result.andExpect(header().string("Location", "/api/v1/voluntary-enrolments/" + id));

        assertThat(jdbc.sql("select actor || ':' || action from audit_log where entity_type = 'voluntary_enrolment' and entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly(collector + ":ENROL");
        mvc.perform(get("/api/v1/voluntary-enrolments").param("siCode", person.siCode())
                        .with(httpBasic(collector, CollectionFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void refusesAStartMonthGoneByAndAnIncomeOutsideTheRangeOfTheStartMonth() throws Exception {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        enrol(person, 3_000_000, "MONTHLY", now.minusMonths(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startMonth"));

        YearMonth start = now.plusMonths(2);
        long floor = rateBooks.forMonth(start).ruralPovertyLine();
        enrol(person, floor - 1, "MONTHLY", start)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("income"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("rural poverty line")));
        enrol(person, 3_000_000, "WEEKLY", start).andExpect(status().isBadRequest());
        enrol(person, floor, "MONTHLY", start).andExpect(status().isCreated());
    }

    @Test
    void refusesASecondOverlappingEnrolmentAndAnEnrolmentWhileInCompulsoryEmployment() throws Exception {
        ParticipantFixtures.Person enrolled = fixtures.person(ADULT);
        enrol(enrolled, 3_000_000, "MONTHLY", now.plusMonths(1)).andExpect(status().isCreated());
        enrol(enrolled, 3_000_000, "MONTHLY", now.plusMonths(6))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("siCode"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("already has a voluntary SI enrolment")));

        ParticipantFixtures.Person employed = fixtures.person(ADULT);
        // A job starting later makes those months compulsory ones: an open-ended enrolment would cover them.
        fixtures.employ(employed, now.plusMonths(4).atDay(20), null);
        enrol(employed, 3_000_000, "MONTHLY", now.plusMonths(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason", containsString("compulsory employment")));
        send("/api/v1/voluntary-enrolments", collector, new Voluntary(employed.siCode(), 3_000_000L, "MONTHLY", "OTHER",
                now.plusMonths(1).toString(), now.plusMonths(3).toString()))
                .andExpect(status().isCreated());

        ParticipantFixtures.Person leftLastMonth = fixtures.person(ADULT);
        fixtures.employ(leftLastMonth, LocalDate.of(2020, 1, 1), now.minusMonths(1).atEndOfMonth());
        enrol(leftLastMonth, 3_000_000, "MONTHLY", now).andExpect(status().isCreated());
    }

    record Change(String fromMonth, Long income, String schedule, String category) {
    }

    record Stop(String lastMonth) {
    }

    @Test
    void changesTheTermsOnlyFromTheFirstMonthOfAFuturePaidPeriod() throws Exception {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth start = now.plusMonths(1);
        long id = id(enrol(person, 3_000_000, "QUARTERLY", start).andExpect(status().isCreated()));

        send("/api/v1/voluntary-enrolments/" + id + "/changes", collector, new Change(start.plusMonths(1).toString(),
                4_000_000L, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromMonth"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("the next begins " + start.plusMonths(3))));
        send("/api/v1/voluntary-enrolments/" + id + "/changes", collector, new Change(now.toString(), 4_000_000L, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("future paid period")));

        send("/api/v1/voluntary-enrolments/" + id + "/changes", collector, new Change(start.plusMonths(3).toString(),
                4_000_000L, "MONTHLY", "NEAR_POOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms", hasSize(2)))
                .andExpect(jsonPath("$.terms[0].income").value(3_000_000))
                .andExpect(jsonPath("$.terms[1].fromMonth").value(start.plusMonths(3).toString()))
                .andExpect(jsonPath("$.terms[1].income").value(4_000_000))
                .andExpect(jsonPath("$.terms[1].schedule").value("MONTHLY"))
                .andExpect(jsonPath("$.terms[1].category").value("NEAR_POOR"));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'voluntary_enrolment' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("ENROL", "CHANGE_TERMS");
    }

    @Test
    void aStopCannotGiveBackThePaidPeriodUnderWay() throws Exception {
        ParticipantFixtures.Person person = fixtures.person(ADULT);
        YearMonth start = now.minusMonths(1);
        long id = fixtures.voluntary(person, start, null, 3_000_000, PaymentSchedule.QUARTERLY,
                VoluntarySupportCategory.OTHER);

        send("/api/v1/voluntary-enrolments/" + id + "/stop", collector, new Stop(now.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastMonth"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("must be " + start.plusMonths(2) + " or later")));
        send("/api/v1/voluntary-enrolments/" + id + "/stop", collector, new Stop(start.plusMonths(2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endMonth").value(start.plusMonths(2).toString()));
    }

    @Test
    void anOfficerOfAnotherDistrictCannotEnrolThePerson() throws Exception {
        String districtB = CollectionFixtures.staff(accounts, "collector-b", Role.COLLECTION_OFFICER,
                fixtures.areas.districtBCode());
        ParticipantFixtures.Person inDistrictA = fixtures.person(ADULT);

        send("/api/v1/voluntary-enrolments", districtB, new Voluntary(inDistrictA.siCode(), 3_000_000L, "MONTHLY",
                "OTHER", now.plusMonths(1).toString(), null))
                .andExpect(status().isForbidden());
    }

    // Household HI

    record Household(String householdCode, List<String> memberSiCodes, String schedule, String startMonth, String endMonth) {
    }

    @Test
    void enrolsAHouseholdsMembersInPayingOrder() throws Exception {
        ParticipantFixtures.Household household = fixtures.household(ADULT, ADULT, LocalDate.of(2010, 1, 1));
        List<String> members = household.members().stream().map(ParticipantFixtures.Person::siCode).toList();

        send("/api/v1/household-hi-enrolments", collector, new Household(household.code(),
                List.of(members.get(2), members.get(0), members.get(1)), "HALF_YEARLY", now.plusMonths(1).toString(), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.householdCode").value(household.code()))
                .andExpect(jsonPath("$.schedule").value("HALF_YEARLY"))
                .andExpect(jsonPath("$.members[0].position").value(1))
                .andExpect(jsonPath("$.members[0].siCode").value(members.get(2)))
                .andExpect(jsonPath("$.members[2].siCode").value(members.get(1)));

        send("/api/v1/household-hi-enrolments", collector, new Household(household.code(), List.of(members.get(0)),
                "YEARLY", now.plusMonths(3).toString(), null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("startMonth"));
    }

    @Test
    void refusesOutsidersMembersTheBudgetCoversAndAMonthlySchedule() throws Exception {
        ParticipantFixtures.Household household = fixtures.household(ADULT, ADULT);
        ParticipantFixtures.Person outsider = fixtures.person(ADULT);
        ParticipantFixtures.Person first = household.members().get(0);
        ParticipantFixtures.Person second = household.members().get(1);
        YearMonth start = now.plusMonths(1);

        send("/api/v1/household-hi-enrolments", collector, new Household(household.code(),
                List.of(first.siCode(), outsider.siCode()), "YEARLY", start.toString(), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberSiCodes[1]"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("not a member of household")));

        fixtures.budget(second, HiSupportGroup.NEAR_POOR, now, null, PaymentSchedule.YEARLY);
        send("/api/v1/household-hi-enrolments", collector, new Household(household.code(),
                List.of(first.siCode(), second.siCode()), "YEARLY", start.toString(), null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("memberSiCodes[1]"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("budget pays or supports")));

        send("/api/v1/household-hi-enrolments", collector, new Household(household.code(), List.of(first.siCode()),
                "MONTHLY", start.toString(), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("schedule"));
    }

    // Budget-paid HI and province support

    record Budget(String siCode, String group, String schedule, String startMonth, String endMonth) {
    }

    @Test
    void aChildsEnrolmentEndsWithTheLastMonthBeforeTheSixthBirthday() throws Exception {
        LocalDate sixthBirthday = now.plusMonths(14).atDay(17);
        ParticipantFixtures.Person child = fixtures.person(sixthBirthday.minusYears(6));

        send("/api/v1/budget-hi-enrolments", collector, new Budget(child.siCode(), "CHILD_UNDER_6", "YEARLY",
                now.plusMonths(1).toString(), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.group").value("CHILD_UNDER_6"))
                .andExpect(jsonPath("$.endMonth").value(now.plusMonths(14).toString()));

        send("/api/v1/budget-hi-enrolments", collector, new Budget(child.siCode(), "POOR", "YEARLY",
                now.plusMonths(2).toString(), null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason", containsString("HI the budget pays or supports")));
    }

    @Test
    void theAgedGroupStartsAtSeventy() throws Exception {
        YearMonth start = now.plusMonths(1);
        ParticipantFixtures.Person sixtyNine = fixtures.person(start.atDay(2).minusYears(70));

        send("/api/v1/budget-hi-enrolments", collector, new Budget(sixtyNine.siCode(), "AGED_70_TO_80", "YEARLY",
                start.toString(), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startMonth"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("starts at age 70")));
        send("/api/v1/budget-hi-enrolments", collector, new Budget(sixtyNine.siCode(), "AGED_70_TO_80", "YEARLY",
                start.plusMonths(1).toString(), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endMonth").value(start.plusMonths(120).toString()));
    }

    record Support(String provinceCode, String group, String validFrom, String validTo, String percent,
                   String legalReference) {
    }

    @Test
    void anAdministratorRecordsWhatTheProvinceAddsOncePerPeriod() throws Exception {
        String admin = CollectionFixtures.staff(accounts, "admin", Role.ADMINISTRATOR, fixtures.areas.provinceCode());
        String province = fixtures.areas.provinceCode();
        Support nearPoor = new Support(province, "NEAR_POOR", "2026-01-01", "2026-12-31", "30",
                "Resolution of the provincial People's Council on HI support");

        send("/api/v1/hi-province-supports", collector, nearPoor).andExpect(status().isForbidden());
        send("/api/v1/hi-province-supports", admin, nearPoor)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provinceCode").value(province))
                .andExpect(jsonPath("$.percent").value(30));
        send("/api/v1/hi-province-supports", admin, new Support(province, "NEAR_POOR", "2026-06-01", null, "20", "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        // The state pays 70 % of the near-poor's HI: the province can add 30 % at most.
        send("/api/v1/hi-province-supports", admin, new Support(province, "NEAR_POOR", "2027-01-01", null, "30.5", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        send("/api/v1/hi-province-supports", admin, new Support(fixtures.areas.districtACode(), "FARM_AVERAGE",
                "2026-01-01", null, "20", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provinceCode"));

        mvc.perform(get("/api/v1/hi-province-supports").param("provinceCode", province)
                        .with(httpBasic(collector, CollectionFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].group").value("NEAR_POOR"));
    }
}
