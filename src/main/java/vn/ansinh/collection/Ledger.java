package vn.ansinh.collection;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.security.Actors;

/**
 * The double-entry collection ledger. Journals are immutable once booked: a correction is a new journal. Every
 * journal balances (checked here and again by the database at commit).
 */
@Repository
public class Ledger {

    private static final String[] FUND_ORDER = Arrays.stream(Fund.values()).map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Books the journal and returns its id, or returns empty when a journal with the same source reference is already
     * booked: the event was recorded before and is not recorded twice.
     */
    @Transactional
    public Optional<Long> book(Journal journal) {
        if (!journal.balanced()) {
            throw new IllegalArgumentException("journal " + journal.sourceRef() + " does not balance");
        }
        Optional<Long> id = jdbc.sql("""
                        insert into ledger_journal (kind, booked_on, source_ref, note, created_by)
                        values (:kind, :bookedOn, :sourceRef, :note, :by)
                        on conflict (source_ref) do nothing returning id""")
                .param("kind", journal.kind().name()).param("bookedOn", journal.bookedOn())
                .param("sourceRef", journal.sourceRef()).param("note", journal.note())
                .param("by", Actors.current().name())
                .query(Long.class).optional();
        // All postings in one statement: the database checks that each statement leaves its journals balanced.
        id.ifPresent(journalId -> {
            List<Journal.Posting> postings = journal.postings();
            jdbc.sql("""
                            insert into ledger_posting (journal_id, account, payer_kind, payer_code, period, fund, amount)
                            select :journal, p.account, p.payer_kind, p.payer_code, p.period, p.fund, p.amount
                            from unnest(cast(:accounts as text[]), cast(:payerKinds as text[]), cast(:payerCodes as text[]),
                                        cast(:periods as date[]), cast(:funds as text[]), cast(:amounts as bigint[]))
                                 as p (account, payer_kind, payer_code, period, fund, amount)""")
                    .param("journal", journalId)
                    .param("accounts", postings.stream().map(p -> p.account().name()).toArray(String[]::new))
                    .param("payerKinds", postings.stream().map(p -> p.payerKind().name()).toArray(String[]::new))
                    .param("payerCodes", postings.stream().map(Journal.Posting::payerCode).toArray(String[]::new))
                    .param("periods", postings.stream()
                            .map(p -> p.period() == null ? null : Date.valueOf(p.period().atDay(1))).toArray(Date[]::new))
                    .param("funds", postings.stream().map(p -> p.fund() == null ? null : p.fund().name())
                            .toArray(String[]::new))
                    .param("amounts", postings.stream().map(Journal.Posting::amount).toArray(Long[]::new))
                    .update();
        });
        return id;
    }

    public boolean booked(String sourceRef) {
        return jdbc.sql("select exists (select 1 from ledger_journal where source_ref = :ref)")
                .param("ref", sourceRef).query(Boolean.class).single();
    }

    /** The balance of one account of a payer: positive is owed to the funds (or held, for BANK). */
    public long balance(PayerKind payerKind, String payerCode, Account account) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from ledger_posting
                        where payer_kind = :kind and payer_code = :code and account = :account""")
                .param("kind", payerKind.name()).param("code", payerCode).param("account", account.name())
                .query(Long.class).single();
    }

    /** Unpaid dues of a payer, oldest month first, funds in a fixed order, the order payments settle them in. */
    public List<Due> openDues(PayerKind payerKind, String payerCode) {
        return jdbc.sql("""
                        select period, fund, sum(amount) as outstanding from ledger_posting
                        where payer_kind = :kind and payer_code = :code and account = 'RECEIVABLE'
                        group by period, fund having sum(amount) > 0
                        order by period, array_position(cast(:funds as text[]), fund::text)""")
                .param("kind", payerKind.name()).param("code", payerCode).param("funds", FUND_ORDER)
                .query((rs, i) -> new Due(YearMonth.from(rs.getDate("period").toLocalDate()),
                        Fund.valueOf(rs.getString("fund")), rs.getLong("outstanding")))
                .list();
    }

    /** Unpaid late-payment interest of a payer, oldest contribution month first, funds in the same order as dues. */
    public List<Due> openInterest(PayerKind payerKind, String payerCode) {
        return jdbc.sql("""
                        select period, fund, sum(amount) as outstanding from ledger_posting
                        where payer_kind = :kind and payer_code = :code and account = 'INTEREST_RECEIVABLE'
                        group by period, fund having sum(amount) > 0
                        order by period, array_position(cast(:funds as text[]), fund::text)""")
                .param("kind", payerKind.name()).param("code", payerCode).param("funds", FUND_ORDER)
                .query((rs, i) -> new Due(YearMonth.from(rs.getDate("period").toLocalDate()),
                        Fund.valueOf(rs.getString("fund")), rs.getLong("outstanding")))
                .list();
    }
}
