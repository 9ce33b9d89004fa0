package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

@IntegrationTest
class LedgerTests {

    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    final String employer = "T" + UUID.randomUUID().toString().substring(0, 8);
    final YearMonth august = YearMonth.of(2024, 8);

    Journal assessment(String ref, YearMonth month, long retirement, long health) {
        return new Journal(Journal.Kind.ASSESSMENT, month.plusMonths(1).atDay(1), ref, null)
                .debit(Account.RECEIVABLE, PayerKind.EMPLOYER, employer, month, Fund.RETIREMENT, retirement)
                .credit(Account.CONTRIBUTION_REVENUE, PayerKind.EMPLOYER, employer, month, Fund.RETIREMENT, retirement)
                .debit(Account.RECEIVABLE, PayerKind.EMPLOYER, employer, month, Fund.HEALTH, health)
                .credit(Account.CONTRIBUTION_REVENUE, PayerKind.EMPLOYER, employer, month, Fund.HEALTH, health);
    }

    @Test
    void aJournalBookedTwiceUnderTheSameSourceIsBookedOnce() {
        String ref = "test:" + employer + ":aug";
        assertThat(ledger.book(assessment(ref, august, 2_200_000, 450_000))).isPresent();
        assertThat(ledger.book(assessment(ref, august, 2_200_000, 450_000))).isEmpty();
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.RECEIVABLE)).isEqualTo(2_650_000);
    }

    @Test
    void anUnbalancedJournalIsRefusedInJavaAndByTheDatabase() {
        Journal unbalanced = new Journal(Journal.Kind.ADJUSTMENT, LocalDate.of(2024, 9, 1), "test:" + employer + ":bad", null)
                .debit(Account.RECEIVABLE, PayerKind.EMPLOYER, employer, august, Fund.HEALTH, 100);
        assertThatThrownBy(() -> ledger.book(unbalanced)).hasMessageContaining("does not balance");

        assertThatThrownBy(() -> jdbc.sql("""
                with j as (insert into ledger_journal (kind, booked_on, source_ref, created_by)
                           values ('ADJUSTMENT', date '2024-09-01', :ref, 'test') returning id)
                insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                select id, 'RECEIVABLE', 'EMPLOYER', :code, date '2024-08-01', 'HEALTH', 100 from j""")
                .param("ref", "sql:" + employer).param("code", employer).update())
                .hasMessageContaining("does not balance");
    }

    @Test
    void openDuesListTheOldestMonthFirstAndLeaveOutWhatIsPaid() {
        ledger.book(assessment("test:" + employer + ":jul", august.minusMonths(1), 1_000, 200));
        ledger.book(assessment("test:" + employer + ":aug2", august, 3_000, 400));
        ledger.book(new Journal(Journal.Kind.ALLOCATION, LocalDate.of(2024, 9, 10), "test:" + employer + ":pay", null)
                .debit(Account.PAYER_CREDIT, PayerKind.EMPLOYER, employer, null, null, 1_000)
                .credit(Account.RECEIVABLE, PayerKind.EMPLOYER, employer, august.minusMonths(1), Fund.RETIREMENT, 1_000));

        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).containsExactly(
                new Due(august.minusMonths(1), Fund.HEALTH, 200),
                new Due(august, Fund.RETIREMENT, 3_000),
                new Due(august, Fund.HEALTH, 400));
    }

    @Test
    void bookedPostingsCannotBeChangedOrDeleted() {
        String ref = "test:" + employer + ":immutable";
        ledger.book(assessment(ref, august, 500, 100));
        assertThatThrownBy(() -> jdbc.sql("update ledger_posting set amount = 0 where payer_code = :code")
                .param("code", employer).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_posting where payer_code = :code")
                .param("code", employer).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_journal where source_ref = :ref").param("ref", ref).update())
                .hasMessageContaining("ledger_journal rows cannot be changed");
    }

    @Test
    void aPostingToAJournalThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                values (-1, 'RECEIVABLE', 'EMPLOYER', :code, date '2024-08-01', 'HEALTH', 0)""")
                .param("code", employer).update())
                .hasMessageContaining("does not exist");
    }
}
