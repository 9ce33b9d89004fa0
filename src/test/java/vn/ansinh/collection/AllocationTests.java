package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.collection.CollectionFixtures.due;
import static vn.ansinh.collection.CollectionFixtures.file;
import static vn.ansinh.collection.CollectionFixtures.row;
import static vn.ansinh.collection.CollectionFixtures.transactionId;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

@IntegrationTest
class AllocationTests {

    @Autowired ImportingPayments importing;
    @Autowired AllocatingCredit allocating;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    final YearMonth march = YearMonth.of(2025, 3);
    final YearMonth april = YearMonth.of(2025, 4);
    final YearMonth may = YearMonth.of(2025, 5);
    String employer;

    @BeforeEach
    void setUp() {
        TestAreas areas = TestAreas.create(jdbc);
        employer = CollectionFixtures.employer(jdbc, areas.communeB1(), "Hợp tác xã Phân Bổ");
    }

    void pay(long amount, LocalDate on) {
        PaymentImportReceipt receipt = importing.importFile("pay.csv", file(row(transactionId(), employer, amount, on)), false);
        assertThat(receipt.booked()).isEqualTo(1);
    }

    long credit() {
        return -ledger.balance(PayerKind.EMPLOYER, employer, Account.PAYER_CREDIT);
    }

    @Test
    void paymentsSettleTheOldestDuesFirstAndAnOverpaymentStaysAsCredit() {
        due(ledger, employer, april, Fund.RETIREMENT, 1_000_000);
        due(ledger, employer, april, Fund.HEALTH, 200_000);
        due(ledger, employer, march, Fund.RETIREMENT, 1_000_000);
        due(ledger, employer, march, Fund.HEALTH, 200_000);

        pay(1_500_000, LocalDate.of(2025, 5, 10));
        // March in full (1,200,000), then April's retirement, the first fund of the month, with the 300,000 left.
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).containsExactly(
                new Due(april, Fund.RETIREMENT, 700_000), new Due(april, Fund.HEALTH, 200_000));
        assertThat(credit()).isZero();

        pay(1_000_000, LocalDate.of(2025, 5, 20));
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).isEmpty();
        assertThat(credit()).isEqualTo(100_000);
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.BANK)).isEqualTo(2_500_000);
    }

    @Test
    void interestIsSettledOnlyAfterEveryContributionDue() {
        due(ledger, employer, march, Fund.RETIREMENT, 1_000_000);
        due(ledger, employer, april, Fund.RETIREMENT, 1_000_000);
        ledger.book(new Journal(Journal.Kind.INTEREST, LocalDate.of(2025, 5, 31), "test-interest:" + employer, null)
                .debit(Account.INTEREST_RECEIVABLE, PayerKind.EMPLOYER, employer, march, Fund.RETIREMENT, 50_000)
                .credit(Account.INTEREST_REVENUE, PayerKind.EMPLOYER, employer, march, Fund.RETIREMENT, 50_000));

        pay(2_000_000, LocalDate.of(2025, 6, 5));
        // Both months' contributions, although March's interest is older than April's contribution.
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).isEmpty();
        assertThat(ledger.openInterest(PayerKind.EMPLOYER, employer)).containsExactly(new Due(march, Fund.RETIREMENT, 50_000));

        pay(60_000, LocalDate.of(2025, 6, 6));
        assertThat(ledger.openInterest(PayerKind.EMPLOYER, employer)).isEmpty();
        assertThat(credit()).isEqualTo(10_000);
    }

    @Test
    void creditHeldPaysDuesAssessedLaterAndAllocatingAgainBooksNothing() {
        pay(500_000, LocalDate.of(2025, 5, 2));
        assertThat(credit()).isEqualTo(500_000);

        due(ledger, employer, may, Fund.RETIREMENT, 400_000);
        assertThat(allocating.allocate(PayerKind.EMPLOYER, employer, LocalDate.of(2025, 6, 1))).isEqualTo(400_000);
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).isEmpty();
        assertThat(credit()).isEqualTo(100_000);
        long allocations = allocationJournals();

        assertThat(allocating.allocate(PayerKind.EMPLOYER, employer, LocalDate.of(2025, 6, 1))).isZero();
        assertThat(allocationJournals()).isEqualTo(allocations);
        assertThat(jdbc.sql("select booked_on from ledger_journal where source_ref = :ref")
                .param("ref", "allocation:EMPLOYER:" + employer + ":1").query(LocalDate.class).optional())
                .as("nothing was due when the payment came, so the first allocation is the later one")
                .contains(LocalDate.of(2025, 6, 1));
    }

    long allocationJournals() {
        return jdbc.sql("select count(*) from ledger_journal where kind = 'ALLOCATION' and source_ref like :ref")
                .param("ref", "allocation:EMPLOYER:" + employer + ":%").query(Long.class).single();
    }
}
