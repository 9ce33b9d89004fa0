package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.InvalidInput;

/**
 * The monthly interest run: charges each employer the late-payment interest its dues bore during a month
 * ({@link LatePaymentInterest}), one INTEREST journal per employer and month (INTEREST_RECEIVABLE against
 * INTEREST_REVENUE, per contribution month and fund), then lets credit the employer holds pay it. Running a month
 * again charges nobody twice ({@code interest:EMPLOYER:<unit code>:<yyyy-mm>}); a payment imported after the run
 * does not change what was charged for the month, so run a month once its payment files are in.
 * <p>
 * Interest is charged on dues as the ledger held them at the month's end; dues declared for old months after the
 * run (back-collection) are not charged interest here.
 */
@Service
public class ChargingInterest {

    /** What one run did. */
    public record InterestRun(YearMonth month, int employersCharged, long amountCharged, int alreadyCharged) {
    }

    private final CollectionAreas areas;
    private final Payers payers;
    private final DueHistories histories;
    private final LatePaymentInterest interest;
    private final Ledger ledger;
    private final AllocatingCredit allocating;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChargingInterest(CollectionAreas areas, Payers payers, DueHistories histories, LatePaymentInterest interest, Ledger ledger, AllocatingCredit allocating,
                     AuditLog audit, PlatformTransactionManager transactionManager, Clock clock) {
        this.areas = areas;
        this.payers = payers;
        this.histories = histories;
        this.interest = interest;
        this.ledger = ledger;
        this.allocating = allocating;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Charges the interest of the month ending on the date to every employer in the actor's area. */
    public InterestRun charge(LocalDate asOfMonthEnd) {
        return charge(asOfMonthEnd, null);
    }

    /**
     * Charges the interest of the month ending on the date to the employers of an area (the actor's whole area when
     * null), each employer in its own transaction.
     */
    public InterestRun charge(LocalDate asOfMonthEnd, String areaCode) {
        if (asOfMonthEnd == null || !asOfMonthEnd.equals(YearMonth.from(asOfMonthEnd).atEndOfMonth())) {
            throw new InvalidInput("asOfMonthEnd", "must be the last day of a month, was " + asOfMonthEnd);
        }
        LocalDate today = LocalDate.now(clock);
        if (!asOfMonthEnd.isBefore(today)) {
            throw new InvalidInput("asOfMonthEnd", "the month must be over (today is " + today + ")");
        }
        YearMonth month = YearMonth.from(asOfMonthEnd);
        LatePaymentInterest.MonthRule rule = interest.ruleFor(month);
        AreaScope scope = areas.scope(areaCode);
        Map<String, List<DueHistory>> byEmployer = histories.employerDuesOpenIn(month,
                        payers.employersIn(scope.likePattern()).keySet()).stream()
                .collect(Collectors.groupingBy(DueHistory::payerCode, LinkedHashMap::new, Collectors.toList()));
        int charged = 0;
        int already = 0;
        long total = 0;
        for (Map.Entry<String, List<DueHistory>> employer : byEmployer.entrySet()) {
            String ref = sourceRef(PayerKind.EMPLOYER, employer.getKey(), month);
            if (ledger.booked(ref)) {
                already++;
                continue;
            }
            List<LatePaymentInterest.InterestCharge> charges = employer.getValue().stream().map(rule::apply)
                    .filter(c -> c.amount() > 0).toList();
            if (charges.isEmpty()) {
                continue;
            }
            Journal journal = new Journal(Journal.Kind.INTEREST, asOfMonthEnd, ref, "late-payment interest " + month
                    + ": " + charges.stream().map(c -> c.period() + " " + c.fund() + " " + c.amount() + " (" + c.basis() + ")")
                    .collect(Collectors.joining("; ")));
            for (LatePaymentInterest.InterestCharge c : charges) {
                journal.debit(Account.INTEREST_RECEIVABLE, PayerKind.EMPLOYER, employer.getKey(), c.period(), c.fund(), c.amount())
                        .credit(Account.INTEREST_REVENUE, PayerKind.EMPLOYER, employer.getKey(), c.period(), c.fund(), c.amount());
            }
            boolean booked = Boolean.TRUE.equals(transactions.execute(tx -> {
                if (ledger.book(journal).isEmpty()) {
                    return false;
                }
                allocating.allocate(PayerKind.EMPLOYER, employer.getKey(), asOfMonthEnd);
                return true;
            }));
            if (booked) {
                charged++;
                total += charges.stream().mapToLong(LatePaymentInterest.InterestCharge::amount).sum();
            } else {
                already++;
            }
        }
        InterestRun run = new InterestRun(month, charged, total, already);
        String area = scope.path();
        transactions.executeWithoutResult(tx -> audit.record("CHARGE_INTEREST", "interest_run", month.toString(), null,
                Map.of("month", month.toString(), "area", area, "employersCharged", run.employersCharged(),
                        "amountCharged", run.amountCharged(), "alreadyCharged", run.alreadyCharged())));
        return run;
    }

    /** The source reference of a payer's interest journal for a month. */
    static String sourceRef(PayerKind kind, String code, YearMonth month) {
        return "interest:" + kind.name() + ":" + code + ":" + month;
    }
}
