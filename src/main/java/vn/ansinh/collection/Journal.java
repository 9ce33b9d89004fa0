package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A balanced set of postings for one business event. Build it with {@link #debit} and {@link #credit}; the ledger
 * refuses one that does not sum to zero. {@code sourceRef} names the event so booking it twice books it once.
 */
public final class Journal {

    public enum Kind {
        ASSESSMENT, ADJUSTMENT, PAYMENT, ALLOCATION, INTEREST, REFUND, WRITE_OFF
    }

    public record Posting(Account account, PayerKind payerKind, String payerCode, YearMonth period, Fund fund,
                          long amount) {
        public Posting {
            if (account.byFund() != (fund != null)) {
                throw new IllegalArgumentException(account + (account.byFund() ? " needs a fund" : " takes no fund"));
            }
        }
    }

    private final Kind kind;
    private final LocalDate bookedOn;
    private final String sourceRef;
    private final String note;
    private final List<Posting> postings = new ArrayList<>();

    public Journal(Kind kind, LocalDate bookedOn, String sourceRef, String note) {
        this.kind = kind;
        this.bookedOn = bookedOn;
        this.sourceRef = sourceRef;
        this.note = note;
    }

    public Journal debit(Account account, PayerKind payerKind, String payerCode, YearMonth period, Fund fund, long amount) {
        postings.add(new Posting(account, payerKind, payerCode, period, fund, amount));
        return this;
    }

    public Journal credit(Account account, PayerKind payerKind, String payerCode, YearMonth period, Fund fund, long amount) {
        postings.add(new Posting(account, payerKind, payerCode, period, fund, -amount));
        return this;
    }

    public boolean balanced() {
        return postings.stream().mapToLong(Posting::amount).sum() == 0;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public String note() {
        return note;
    }

    public List<Posting> postings() {
        return List.copyOf(postings);
    }
}
