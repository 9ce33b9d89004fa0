package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.collection.Ledger;

/** Five consecutive years of HI with gaps of up to three months (RULES.md section 7), computed by the issuing run. */
@IntegrationTest
class ContinuousCoverTests {

    static final LocalDate RUN = LocalDate.of(2025, 6, 2);

    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired IssuingCards issuing;
    @Autowired LookingUpCards lookingUp;
    @Autowired Cards cards;

    CardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
    }

    LocalDate[] continuity(CardFixtures.Person person) {
        return jdbc.sql("select continuous_since, five_years_from from hi_card where person_id = :p")
                .param("p", person.id())
                .query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
    }

    @Test
    void unbrokenCoverReachesFiveYearsFiveYearsAfterItBeganAndTheLookUpShowsTheDate() {
        var pensioner = fixtures.person("Bùi Văn Năm", LocalDate.of(1958, 2, 2));
        fixtures.participates(pensioner, "HT", LocalDate.of(2020, 1, 1), null);
        issuing.issue(RUN);
        assertThat(continuity(pensioner)).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        CardLookup lookup = lookingUp.lookUp(pensioner.cccd(), pensioner.fullName(), pensioner.dateOfBirth(), RUN);
        assertThat(lookup.code()).isEqualTo("000");
        assertThat(lookup.card().fiveYearsFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aGapOfTwoMonthsKeepsTheYearsConsecutiveButIsNotCountedAsCover() {
        var person = fixtures.person("Ngô Thị Gián", LocalDate.of(1960, 3, 3));
        fixtures.participates(person, "HS", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30));
        fixtures.participates(person, "HT", LocalDate.of(2020, 9, 1), null);
        issuing.issue(RUN);
        // July and August 2020 (62 days) push 2024-01-01 back to 2024-03-03.
        assertThat(continuity(person)).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 3, 3));
    }

    @Test
    void aGapOfExactlyThreeMonthsIsToleratedAndOneDayMoreStartsAgain() {
        var tolerated = fixtures.person("Lý Văn Ba", LocalDate.of(1950, 4, 4));
        fixtures.participates(tolerated, "HS", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));
        fixtures.participates(tolerated, "HT", LocalDate.of(2020, 4, 1), null);
        var broken = fixtures.person("Lý Văn Bốn", LocalDate.of(1950, 4, 4));
        fixtures.participates(broken, "HS", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));
        fixtures.participates(broken, "HT", LocalDate.of(2020, 4, 2), null);

        issuing.issue(RUN);

        // 2020-01-01 plus the 91 days of January to March 2020.
        assertThat(continuity(tolerated)).containsExactly(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 4, 1));
        assertThat(continuity(broken)).containsExactly(LocalDate.of(2020, 4, 2), LocalDate.of(2025, 4, 2));
    }

    @Test
    void twoGroupsAtOnceCountOnceAndCoverNotYetFiveYearsOldHasNoDate() {
        var pupil = fixtures.person("Đinh Thị Hai Nhóm", LocalDate.of(2004, 5, 5));
        fixtures.participates(pupil, "HS", LocalDate.of(2022, 2, 1), LocalDate.of(2024, 12, 31));
        fixtures.participates(pupil, "HN", LocalDate.of(2023, 6, 1), null);
        issuing.issue(RUN);
        // Cover runs only to the end of the card (2025-12-31), so 2027-02-01 is not reached yet.
        assertThat(continuity(pupil)).containsExactly(LocalDate.of(2022, 2, 1), null);
        assertThat(lookingUp.lookUp(pupil.cccd(), pupil.fullName(), pupil.dateOfBirth(), RUN).card().fiveYearsFrom())
                .isNull();
    }

    @Test
    void coverIsCountedOnlyAsFarAsTheCardRuns() {
        // Employed since 2020 but the employer never paid: no card, so no continuity either.
        String employer = fixtures.employer();
        var worker = fixtures.employee(employer, "Tạ Văn Nợ", LocalDate.of(2020, 1, 1));
        var before = fixtures.person("Tạ Thị Cũ", LocalDate.of(1970, 1, 1));
        fixtures.participates(before, "HN", LocalDate.of(2018, 1, 1), null);
        issuing.issue(RUN);
        assertThat(cards.ofPerson(worker.id())).isEmpty();
        assertThat(continuity(before)).containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1));
    }
}
