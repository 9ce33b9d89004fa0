package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/** A payer's statement: dues, payments, interest and balance per contribution month ({@link PayerStatement}). */
@Service
@Transactional(readOnly = true)
public class PayerStatements {

    static final int MAX_MONTHS = 120;

    private final Payers payers;
    private final DueHistories histories;
    private final Payments payments;
    private final Ledger ledger;
    private final PaymentDeadlines deadlines;
    private final Clock clock;

    PayerStatements(Payers payers, DueHistories histories, Payments payments, Ledger ledger, PaymentDeadlines deadlines,
                    Clock clock) {
        this.payers = payers;
        this.histories = histories;
        this.payments = payments;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The statement for contribution months from..to; by default the twelve months to this one. */
    public PayerStatement of(PayerKind kind, String code, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        YearMonth last = to == null ? YearMonth.from(today) : to;
        YearMonth first = from == null ? last.minusMonths(11) : from;
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must not be after to (" + last + ")");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInput("to", "a statement covers at most " + MAX_MONTHS + " months");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "is required");
        }
        Payer payer = payers.find(kind, code).orElseThrow(() -> new NotFound("Payer " + kind, code));
        Actors.requireInScope(payer.areaPath(), "payer " + code);

        Map<YearMonth, Map<Fund, long[]>> cells = new TreeMap<>();
        Map<YearMonth, Map<Fund, Long>> daysLate = new HashMap<>();
        long earlier = 0;
        for (DueHistory due : histories.ofPayer(kind, code, today)) {
            long paid = -due.settlements().stream().mapToLong(DueHistory.Settlement::amount).sum();
            if (due.period().isBefore(first)) {
                earlier += due.owed() - paid;
            } else if (!due.period().isAfter(last)) {
                long[] c = cell(cells, due.period(), due.fund());
                c[0] += due.owed();
                c[1] += paid;
                daysLate.computeIfAbsent(due.period(), k -> new HashMap<>()).put(due.fund(), due.daysLate(today));
            }
        }
        for (DueHistories.InterestRow row : histories.interest(kind, code)) {
            if (row.period().isBefore(first)) {
                earlier += row.charged() - row.paid();
            } else if (!row.period().isAfter(last)) {
                long[] c = cell(cells, row.period(), row.fund());
                c[2] += row.charged();
                c[3] += row.paid();
            }
        }

        List<PayerStatement.Month> months = new ArrayList<>();
        PayerStatement.Amounts totals = PayerStatement.Amounts.ZERO;
        for (Map.Entry<YearMonth, Map<Fund, long[]>> month : cells.entrySet()) {
            List<PayerStatement.FundLine> funds = new ArrayList<>();
            PayerStatement.Amounts monthTotal = PayerStatement.Amounts.ZERO;
            long monthLate = 0;
            for (Fund fund : Fund.values()) {
                long[] c = month.getValue().get(fund);
                if (c == null) {
                    continue;
                }
                PayerStatement.Amounts amounts = new PayerStatement.Amounts(c[0], c[1], c[2], c[3], c[0] - c[1] + c[2] - c[3]);
                long late = daysLate.getOrDefault(month.getKey(), Map.of()).getOrDefault(fund, 0L);
                funds.add(new PayerStatement.FundLine(fund, amounts, late));
                monthTotal = monthTotal.plus(amounts);
                monthLate = Math.max(monthLate, late);
            }
            months.add(new PayerStatement.Month(month.getKey(), deadlines.of(month.getKey()), monthTotal, monthLate, funds));
            totals = totals.plus(monthTotal);
        }
        List<PayerStatement.PaymentReceived> received = payments.of(kind, code, first.atDay(1), last.atEndOfMonth())
                .stream().map(p -> new PayerStatement.PaymentReceived(p.on(), p.transactionId(), p.amount())).toList();
        long credit = -ledger.balance(kind, code, Account.PAYER_CREDIT);
        return new PayerStatement(kind, code, payer.name(), first, last, today, months, totals, earlier, credit, received);
    }

    private static long[] cell(Map<YearMonth, Map<Fund, long[]>> cells, YearMonth period, Fund fund) {
        return cells.computeIfAbsent(period, k -> new EnumMap<>(Fund.class))
                .computeIfAbsent(fund, k -> new long[4]);
    }
}
