package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.ansinh.IntegrationTest;
import vn.ansinh.UiLogin;
import vn.ansinh.Workbooks;
import vn.ansinh.collection.Ledger;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class CardLookupApiTests {

    static final String PASSWORD = "card-test-password-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired IssuingCards issuing;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts accounts;

    CardFixtures fixtures;
    CardFixtures.Person holder;
    String card;
    String token;
    String officer;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
        holder = fixtures.person("Nguyễn Thị Đào", LocalDate.of(1985, 4, 12));
        fixtures.participates(holder, "HN", LocalDate.of(2025, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 3, 1));
        card = "HN242" + holder.siCode();
        token = tokens.issue("Trạm y tế thử", ApiClient.Kind.FACILITY, "42001", null);
        officer = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(officer, PASSWORD, "Card officer", Set.of(Role.CARD_OFFICER), fixtures.areas.provinceCode());
    }

    ResultActions lookUp(String id, String name, String dob, String on) throws Exception {
        return mvc.perform(get("/api/v1/cards/lookup").param("id", id).param("name", name).param("dob", dob)
                .param("on", on).header("Authorization", "Bearer " + token));
    }

    @Test
    void aFacilityFindsAValidCardByCccdWithANameWrittenWithoutAccents() throws Exception {
        lookUp(holder.cccd(), "NGUYEN THI DAO", "1985-04-12", "2025-06-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("000"))
                .andExpect(jsonPath("$.card.cardNumber").value(card))
                .andExpect(jsonPath("$.card.groupCode").value("HN"))
                .andExpect(jsonPath("$.card.benefitLevel").value(2))
                .andExpect(jsonPath("$.card.validFrom").value("2025-01-01"))
                .andExpect(jsonPath("$.card.validTo").value("2025-12-31"))
                .andExpect(jsonPath("$.card.coPaymentThisYear").value(0));
        lookUp(card, "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("000"));
    }

    @Test
    void eachWrongPartOfTheCardNumberHasItsOwnCode() throws Exception {
        String si = holder.siCode();
        lookUp("HN2" + "42" + "12345", "Nguyễn Thị Đào", "1985-04-12", "2025-06-01")
                .andExpect(status().isBadRequest());
        lookUp("HN742" + si, "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("051"));
        lookUp("DN242" + si, "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("051"));
        lookUp("HN201" + si, "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("052"));
        lookUp("HN442" + si, "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("053"));
        lookUp("HN2420000000001", "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("050"));
        lookUp("000000000001", "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("050"));
    }

    @Test
    void identityAndTheCardsStateOnTheVisitDateAreChecked() throws Exception {
        lookUp(holder.cccd(), "Nguyễn Thị Hoa", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("060"));
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-13", "2025-06-01").andExpect(jsonPath("$.code").value("070"));
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-12", "2026-01-02").andExpect(jsonPath("$.code").value("010"))
                .andExpect(jsonPath("$.card.validTo").value("2025-12-31"));

        mvc.perform(post("/api/v1/cards/" + card + "/revocation").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"issued twice\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("110"));
        mvc.perform(get("/api/v1/cards/" + card).with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.history[1].event").value("REVOKED"))
                .andExpect(jsonPath("$.history[1].reason").value("issued twice"));
    }

    @Test
    void aLookUpNeedsAFacilityTokenOrStaffAndANameAndDateOfBirth() throws Exception {
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "x").param("dob", "1985-04-12"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("dob", "1985-04-12")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "Nguyễn Thị Đào")
                        .param("dob", "12/04/1985").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dob"));
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "Nguyễn Thị Đào")
                        .param("dob", "1985-04-12").param("on", "2025-06-01").with(httpBasic(officer, PASSWORD)))
                .andExpect(jsonPath("$.code").value("000"));
    }

    @Test
    void otherStaffRolesAndOtherMachineClientsMayNotLookUpAndNoSessionIsOpened() throws Exception {
        String collector = "collect-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(collector, PASSWORD, "Collection officer", Set.of(Role.COLLECTION_OFFICER),
                fixtures.areas.provinceCode());
        String employer = tokens.issue("Công ty thử", ApiClient.Kind.EMPLOYER, "0101234567", null);
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "Nguyễn Thị Đào")
                        .param("dob", "1985-04-12").with(httpBasic(collector, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "Nguyễn Thị Đào")
                        .param("dob", "1985-04-12").header("Authorization", "Bearer " + employer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cards/lookup").param("id", holder.cccd()).param("name", "Nguyễn Thị Đào")
                        .param("dob", "1985-04-12").header("Authorization", "Bearer ans_not-a-real-token-at-all"))
                .andExpect(status().isUnauthorized());
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void theRegisteredFacilityChangesOnlyFromTheFirstDayOfAQuarter() throws Exception {
        String facility = fixtures.facility();
        LocalDate nextQuarter = LocalDate.now().withDayOfMonth(1)
                .withMonth((LocalDate.now().getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
        mvc.perform(put("/api/v1/cards/" + card + "/registered-facility").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilityCode\":\"" + facility + "\",\"effectiveFrom\":\"" + nextQuarter.plusMonths(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        mvc.perform(put("/api/v1/cards/" + card + "/registered-facility").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilityCode\":\"" + facility + "\",\"effectiveFrom\":\"" + nextQuarter + "\"}"))
                .andExpect(status().isNoContent());
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-12", nextQuarter.toString())
                .andExpect(jsonPath("$.card.registeredFacility").value(facility));
    }

    @Test
    void anOfficerOfAnotherProvinceCannotRevokeTheCard() throws Exception {
        var elsewhere = vn.ansinh.TestAreas.create(jdbc);
        String stranger = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, PASSWORD, "Card officer elsewhere", Set.of(Role.CARD_OFFICER), elsewhere.provinceCode());
        mvc.perform(post("/api/v1/cards/" + card + "/revocation").with(httpBasic(stranger, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"not mine\"}"))
                .andExpect(status().isForbidden());
        lookUp(holder.cccd(), "Nguyễn Thị Đào", "1985-04-12", "2025-06-01").andExpect(jsonPath("$.code").value("000"));
    }

    @Test
    void thePersonPagesCardSectionShowsTheCardAsALookUpFindsItTodayAndItsHistoryWithReasons() throws Exception {
        mvc.perform(post("/api/v1/cards/" + card + "/revocation").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Cấp trùng thẻ\"}"))
                .andExpect(status().is2xxSuccessful());
        MockHttpSession session = UiLogin.session(mvc, officer, PASSWORD);

        mvc.perform(get("/cards").param("person", holder.siCode()).header("HX-Request", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(card), containsString("Thẻ đã thu hồi"),
                        containsString("31/12/2025"), containsString("Cấp mới"), containsString("Thu hồi"),
                        containsString("Cấp trùng thẻ"))));
        Workbooks workbook = Workbooks.read(mvc.perform(get("/cards").param("person", holder.siCode())
                .param("format", "xlsx").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(workbook.sheetNames()).containsExactly("Thẻ BHYT", "Lịch sử thẻ");
        assertThat(workbook.containsText(card)).isTrue();
        assertThat(workbook.containsText("Cấp trùng thẻ")).isTrue();

        var elsewhere = vn.ansinh.TestAreas.create(jdbc);
        String stranger = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, PASSWORD, "Card officer elsewhere", Set.of(Role.CARD_OFFICER), elsewhere.provinceCode());
        mvc.perform(get("/cards").param("person", holder.siCode()).session(UiLogin.session(mvc, stranger, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFacilityIsRegisteredOnceWithAFiveDigitCode() throws Exception {
        String code = String.format("%05d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000);
        String body = "{\"code\":\"" + code + "\",\"name\":\"Bệnh viện  Đa khoa Huyện\",\"level\":\"DISTRICT\","
                + "\"communeCode\":\"" + fixtures.areas.communeA1Code() + "\",\"primaryCare\":true,"
                + "\"validFrom\":\"2020-01-01\"}";
        mvc.perform(post("/api/v1/facilities").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Bệnh viện Đa khoa Huyện"));
        mvc.perform(post("/api/v1/facilities").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/facilities").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(code, "4200")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/facilities/" + code).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("DISTRICT"));
    }
}
