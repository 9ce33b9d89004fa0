package vn.ansinh.collection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.VietnameseText;

/** Employers, dues and payment files with codes unique in the database the integration tests share. */
final class CollectionFixtures {

    static final String PASSWORD = "collection-test-password";
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L));

    private CollectionFixtures() {
    }

    static long next() {
        return SERIAL.incrementAndGet();
    }

    /** A unique transaction id for a payment file. */
    static String transactionId() {
        return "TX" + next();
    }

    /** Inserts an employer in the commune (straight into the table: the employer module is not merged) and returns its unit code. */
    static String employer(JdbcClient jdbc, long communeId, String name) {
        long n = next();
        String unitCode = "T" + String.format("%09d", n % 1_000_000_000L);
        jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, registered_on)
                        values (:unit, :tax, :name, :search, :commune, 1, 'PRIVATE', 'MANUFACTURING', 'SMALL',
                                date '2015-01-01')""")
                .param("unit", unitCode).param("tax", String.format("%010d", n % 10_000_000_000L))
                .param("name", name).param("search", VietnameseText.searchKey(name)).param("commune", communeId)
                .update();
        return unitCode;
    }

    /** Books what an employer owes for a month and fund, as an assessment booked the day after the month ends. */
    static void due(Ledger ledger, String unitCode, YearMonth month, Fund fund, long amount) {
        ledger.book(new Journal(Journal.Kind.ASSESSMENT, month.plusMonths(1).atDay(1),
                "test-assessment:" + unitCode + ":" + month + ":" + fund, null)
                .debit(Account.RECEIVABLE, PayerKind.EMPLOYER, unitCode, month, fund, amount)
                .credit(Account.CONTRIBUTION_REVENUE, PayerKind.EMPLOYER, unitCode, month, fund, amount));
    }

    /** A payment file with a header line and the given data lines. */
    static byte[] file(String... lines) {
        return ("transaction_id,payer_code,amount,date\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String row(String transactionId, String payerCode, long amount, LocalDate date) {
        return transactionId + "," + payerCode + "," + amount + "," + date;
    }

    /** Creates a staff account working for the area and returns its username. */
    static String staff(StaffAccounts accounts, String prefix, Role role, String areaCode) {
        String username = (prefix + "-" + areaCode + "-" + next()).toLowerCase();
        accounts.create(username, PASSWORD, prefix + " of " + areaCode, Set.of(role), areaCode);
        return username;
    }
}
