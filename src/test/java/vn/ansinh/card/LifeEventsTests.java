package vn.ansinh.card;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

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
import vn.ansinh.collection.Ledger;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class LifeEventsTests {

    static final String PASSWORD = "card-test-password-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired StaffAccounts accounts;
    @Autowired LookingUpCards lookingUp;
    @Autowired IssuingCards issuing;
    @Autowired Cards cards;

    CardFixtures fixtures;
    String officer;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
        officer = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(officer, PASSWORD, "Card officer", Set.of(Role.CARD_OFFICER), fixtures.areas.provinceCode());
    }

    @Test
    void aRegisteredBirthGivesTheChildAnUnderSixCardUntilTheDayBeforeTheSixthBirthday() throws Exception {
        LocalDate born = LocalDate.now().minusDays(20);
        var child = fixtures.person("Bé Lý Minh An", born);
        String facility = fixtures.facility();
        mvc.perform(post("/api/v1/cards/births").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"siCode\":\"" + child.siCode() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cardNumber").value("TE142" + child.siCode()))
                .andExpect(jsonPath("$.validFrom").value(born.toString()))
                .andExpect(jsonPath("$.validTo").value(born.plusYears(6).minusDays(1).toString()));
        CardLookup lookup = lookingUp.lookUp(child.cccd(), "be ly minh an", born, born.plusYears(6).minusDays(1));
        assertThat(lookup.code()).isEqualTo("000");
        assertThat(lookup.card().benefitLevel()).isEqualTo(1);
        assertThat(lookup.card().registeredFacility()).isEqualTo(facility);
        assertThat(lookingUp.lookUp(child.cccd(), "be ly minh an", born, born.plusYears(6)).code()).isEqualTo("010");
        mvc.perform(post("/api/v1/cards/births").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"siCode\":\"" + child.siCode() + "\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aDeathEndsTheCardFromTheNextDay() throws Exception {
        var person = fixtures.person("Vũ Văn Tử", LocalDate.of(1940, 2, 2));
        fixtures.participates(person, "HT", LocalDate.of(2000, 1, 1), null);
        LocalDate today = LocalDate.now();
        issuing.issue(today);
        LocalDate died = today.minusDays(3);
        mvc.perform(post("/api/v1/cards/deaths").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siCode\":\"" + person.siCode() + "\",\"dateOfDeath\":\"" + died + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), died).code()).isEqualTo("000");
        CardLookup after = lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), died.plusDays(1));
        assertThat(after.code()).isEqualTo("010");
        assertThat(after.card().validTo()).isEqualTo(died);
        HealthInsuranceCard card = cards.ofPerson(person.id()).orElseThrow();
        assertThat(cards.history(card.id())).extracting(CardEvent::event)
                .containsExactly(CardEvent.Kind.ISSUED, CardEvent.Kind.ENDED);
    }

    @Test
    void aDeathRecordedInTheRegistryAloneEndsTheCardAtTheNextRun() {
        var person = fixtures.person("Đinh Văn Mất", LocalDate.of(1950, 2, 2));
        fixtures.participates(person, "HT", LocalDate.of(2000, 1, 1), null);
        issuing.issue(LocalDate.of(2025, 1, 10));
        jdbc.sql("update person set date_of_death = date '2025-03-05' where id = :id").param("id", person.id()).update();
        assertThat(lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), LocalDate.of(2025, 3, 6)).code())
                .isEqualTo("010");
        CardIssueRun run = issuing.issue(LocalDate.of(2025, 4, 1));
        assertThat(run.endedByDeath()).isGreaterThanOrEqualTo(1);
        assertThat(cards.ofPerson(person.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 3, 5));
    }
}
