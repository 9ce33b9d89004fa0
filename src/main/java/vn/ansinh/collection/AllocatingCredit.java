package vn.ansinh.collection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;

/**
 * Puts a payer's unallocated money (PAYER_CREDIT) on what the payer owes, as far as it goes; the rest stays as credit.
 * <p>
 * The settling order, the usual practice: contribution dues first, oldest contribution month first and the funds of a
 * month in the ledger's fixed order ({@link Ledger#openDues}); late-payment interest last, once every contribution due
 * is paid, again oldest month first. Money thus stops interest from growing before it pays interest off.
 * <p>
 * Called after a payment is booked, and by whoever books new dues or interest so that credit already held pays them.
 * Calling it again with nothing to allocate books nothing; calls for one payer are serialised.
 */
@Service
public class AllocatingCredit {

    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    AllocatingCredit(Ledger ledger, JdbcClient jdbc, AuditLog audit) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Allocates the payer's credit as of the date (the ALLOCATION journal's date); returns the amount allocated. */
    @Transactional
    public long allocate(PayerKind payerKind, String payerCode, LocalDate on) {
        String payer = payerKind.name() + ":" + payerCode;
        // One allocation per payer at a time, so two callers never spend the same credit.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "allocation:" + payer)
                .query().listOfRows();
        long credit = -ledger.balance(payerKind, payerCode, Account.PAYER_CREDIT);
        if (credit <= 0) {
            return 0;
        }
        long left = credit;
        Map<String, Long> settled = new LinkedHashMap<>();
        // The sequence makes the source reference unique per allocation while the lock keeps it from racing.
        long sequence = jdbc.sql("select count(*) from ledger_journal where starts_with(source_ref, :prefix)")
                .param("prefix", "allocation:" + payer + ":").query(Long.class).single() + 1;
        Journal journal = new Journal(Journal.Kind.ALLOCATION, on, "allocation:" + payer + ":" + sequence,
                "credit allocated to contribution dues first, interest last");
        left = settle(journal, Account.RECEIVABLE, ledger.openDues(payerKind, payerCode), payerKind, payerCode, left, settled);
        left = settle(journal, Account.INTEREST_RECEIVABLE, ledger.openInterest(payerKind, payerCode), payerKind, payerCode,
                left, settled);
        long allocated = credit - left;
        if (allocated == 0) {
            return 0;
        }
        journal.debit(Account.PAYER_CREDIT, payerKind, payerCode, null, null, allocated);
        ledger.book(journal).ifPresent(id -> audit.record("ALLOCATE", "ledger_journal", id, null,
                Map.of("payer", payer, "on", on.toString(), "allocated", allocated, "creditLeft", credit - allocated,
                        "settled", settled)));
        return allocated;
    }

    private static long settle(Journal journal, Account account, List<Due> dues, PayerKind payerKind, String payerCode,
                               long left, Map<String, Long> settled) {
        for (Due due : dues) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, due.outstanding());
            journal.credit(account, payerKind, payerCode, due.period(), due.fund(), take);
            settled.put(account + ":" + due.period() + ":" + due.fund(), take);
            left -= take;
        }
        return left;
    }
}
