package vn.ansinh.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.ansinh.IntegrationTest;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.collection.EmployerPaymentStandings;
import vn.ansinh.collection.Ledger;
import vn.ansinh.collection.ParticipantHiPayments;

/** The issuing run works in chunks of people and resumes after the last finished chunk. */
@IntegrationTest
class IssuingRunResumeTests {

    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired EmployerPaymentStandings standings;
    @Autowired ParticipantHiPayments participantPayments;
    @Autowired ContinuousCover continuousCover;
    @Autowired AuditLog audit;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Cards cards;
    @Autowired vn.ansinh.progress.Progress progress;

    CardFixtures fixtures;
    IssuingCards issuingInSmallChunks;

    @BeforeEach
    void setUp() {
        fixtures = new CardFixtures(jdbc, ledger);
        issuingInSmallChunks = new IssuingCards(jdbc, standings, participantPayments, continuousCover, audit,
                transactions, "42", 50, progress);
    }

    @Test
    void aRunStoppedHalfWayResumesAfterTheLastFinishedChunkAndARepeatedRunStartsAfresh() {
        LocalDate on = LocalDate.of(2025, 8, 19);
        var first = fixtures.person("Châu Văn Một", LocalDate.of(1961, 1, 1));
        var second = fixtures.person("Châu Văn Hai", LocalDate.of(1962, 2, 2));
        var third = fixtures.person("Châu Văn Ba", LocalDate.of(1963, 3, 3));
        for (var person : java.util.List.of(first, second, third)) {
            fixtures.participates(person, "HT", LocalDate.of(2024, 1, 1), null);
        }
        // As if a run of that date had stopped after the chunk ending with the first person.
        jdbc.sql("delete from hi_card_issue_run where run_on = :on").param("on", on).update();
        jdbc.sql("insert into hi_card_issue_run (run_on, last_person_id, issued, started_by) values (:on, :last, 7, 'test')")
                .param("on", on).param("last", first.id()).update();

        CardIssueRun resumed = issuingInSmallChunks.issue(on);

        assertThat(cards.ofPerson(first.id())).isEmpty();
        assertThat(cards.ofPerson(second.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(cards.ofPerson(third.id())).isPresent();
        // The counts of the chunks done before the stop are kept.
        assertThat(resumed.issued()).isGreaterThanOrEqualTo(7 + 2);

        CardIssueRun again = issuingInSmallChunks.issue(on);
        assertThat(cards.ofPerson(first.id()).orElseThrow().validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(again.issued()).isGreaterThanOrEqualTo(1);
        assertThat(cards.history(cards.ofPerson(second.id()).orElseThrow().id())).hasSize(1);
    }
}
