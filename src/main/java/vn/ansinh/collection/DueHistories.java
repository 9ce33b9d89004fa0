package vn.ansinh.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what payers owe from the ledger, as it stood at the close of a day (journals booked on or before it): the
 * history of each due for interest and days late, and the open amounts for notices and debt figures.
 */
@Repository
class DueHistories {

    /** Journals that say what is owed; every other kind settles (or reopens) a due on the day it is booked. */
    static final String OWED_KINDS = "('ASSESSMENT', 'ADJUSTMENT')";

    private static final String HISTORY_COLUMNS = """
            select p.payer_kind, p.payer_code, p.period, p.fund, j.kind in %s as owed, j.booked_on, sum(p.amount) as amount
            from ledger_posting p join ledger_journal j on j.id = p.journal_id
            """.formatted(OWED_KINDS);
    private static final String HISTORY_ORDER = " group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 6";

    private final JdbcClient jdbc;
    private final PaymentDeadlines deadlines;

    DueHistories(JdbcClient jdbc, PaymentDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** Every contribution due of one payer, oldest month first. */
    List<DueHistory> ofPayer(PayerKind kind, String code, LocalDate asOf) {
        return histories(jdbc.sql(HISTORY_COLUMNS + """
                        where p.account = 'RECEIVABLE' and p.payer_kind = :kind and p.payer_code = :code
                          and j.booked_on <= :asOf""" + HISTORY_ORDER)
                .param("kind", kind.name()).param("code", code).param("asOf", asOf)
                .query(DueHistories::row).list());
    }

    /**
     * Employers' dues of months before this one that were unpaid at some time in the month: still open at its end,
     * or paid during it. The dues late-payment interest may be charged on for the month.
     */
    List<DueHistory> employerDuesOpenIn(YearMonth month, Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return histories(jdbc.sql("""
                        with due as (
                            select p.payer_code, p.period, p.fund
                            from ledger_posting p join ledger_journal j on j.id = p.journal_id
                            where p.account = 'RECEIVABLE' and p.payer_kind = 'EMPLOYER' and p.period < :first
                              and p.payer_code = any(cast(:codes as text[])) and j.booked_on <= :last
                            group by 1, 2, 3
                            having sum(p.amount) > 0 or bool_or(j.booked_on >= :first and j.kind not in %s)
                        )
                        """.formatted(OWED_KINDS) + HISTORY_COLUMNS + """
                        join due d on d.payer_code = p.payer_code and d.period = p.period and d.fund = p.fund
                        where p.account = 'RECEIVABLE' and p.payer_kind = 'EMPLOYER' and j.booked_on <= :last"""
                        + HISTORY_ORDER)
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .param("codes", unitCodes.toArray(String[]::new))
                .query(DueHistories::row).list());
    }

    /** What is unpaid of each due of these payers at the close of the day, oldest month first. */
    List<OpenDue> open(PayerKind kind, Collection<String> codes, LocalDate asOf) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Function<YearMonth, LocalDate> deadline = deadlines.memo();
        return jdbc.sql("""
                        select p.payer_code, p.period, p.fund, sum(p.amount) as outstanding
                        from ledger_posting p join ledger_journal j on j.id = p.journal_id
                        where p.account = 'RECEIVABLE' and p.payer_kind = :kind
                          and p.payer_code = any(cast(:codes as text[])) and j.booked_on <= :asOf
                        group by 1, 2, 3 having sum(p.amount) > 0
                        order by 1, 2, array_position(cast(:funds as text[]), p.fund::text)""")
                .param("kind", kind.name()).param("codes", codes.toArray(String[]::new)).param("asOf", asOf)
                .param("funds", fundOrder())
                .query((rs, i) -> {
                    YearMonth period = YearMonth.from(rs.getDate("period").toLocalDate());
                    return new OpenDue(rs.getString("payer_code"), period, Fund.valueOf(rs.getString("fund")),
                            deadline.apply(period), rs.getLong("outstanding"));
                })
                .list();
    }

    /** Late-payment interest charged and not yet paid at the close of the day, per payer. */
    Map<String, Long> interestOutstanding(PayerKind kind, Collection<String> codes, LocalDate asOf) {
        return sums("""
                select p.payer_code, sum(p.amount) from ledger_posting p join ledger_journal j on j.id = p.journal_id
                where p.account = 'INTEREST_RECEIVABLE' and p.payer_kind = :kind
                  and p.payer_code = any(cast(:codes as text[])) and j.booked_on <= :asOf
                group by 1 having sum(p.amount) <> 0""", kind, codes, asOf, null, null);
    }

    /** What was assessed for the contribution months from..to (inclusive), as booked by the close of the day. */
    Map<String, Long> owed(PayerKind kind, Collection<String> codes, YearMonth from, YearMonth to, LocalDate asOf) {
        return sums("""
                select p.payer_code, sum(p.amount) from ledger_posting p join ledger_journal j on j.id = p.journal_id
                where p.account = 'RECEIVABLE' and p.payer_kind = :kind and j.kind in %s
                  and p.payer_code = any(cast(:codes as text[])) and j.booked_on <= :asOf
                  and p.period between :from and :to
                group by 1""".formatted(OWED_KINDS), kind, codes, asOf, from, to);
    }

    /** Interest per contribution month and fund of one payer: charged (debits) and paid (credits), oldest first. */
    List<InterestRow> interest(PayerKind kind, String code) {
        return jdbc.sql("""
                        select period, fund, coalesce(sum(amount) filter (where amount > 0), 0) as charged,
                               coalesce(-sum(amount) filter (where amount < 0), 0) as paid
                        from ledger_posting
                        where account = 'INTEREST_RECEIVABLE' and payer_kind = :kind and payer_code = :code
                        group by period, fund order by period""")
                .param("kind", kind.name()).param("code", code)
                .query((rs, i) -> new InterestRow(YearMonth.from(rs.getDate("period").toLocalDate()),
                        Fund.valueOf(rs.getString("fund")), rs.getLong("charged"), rs.getLong("paid")))
                .list();
    }

    record InterestRow(YearMonth period, Fund fund, long charged, long paid) {
    }

    private Map<String, Long> sums(String sql, PayerKind kind, Collection<String> codes, LocalDate asOf,
                                  YearMonth from, YearMonth to) {
        Map<String, Long> sums = new HashMap<>();
        if (codes.isEmpty()) {
            return sums;
        }
        var statement = jdbc.sql(sql).param("kind", kind.name()).param("codes", codes.toArray(String[]::new))
                .param("asOf", asOf);
        if (from != null) {
            statement = statement.param("from", from.atDay(1)).param("to", to.atDay(1));
        }
        statement.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    private List<DueHistory> histories(List<Row> rows) {
        Function<YearMonth, LocalDate> deadline = deadlines.memo();
        Map<List<Object>, List<Row>> byDue = new LinkedHashMap<>();
        for (Row r : rows) {
            byDue.computeIfAbsent(List.of(r.kind(), r.code(), r.period(), r.fund()), k -> new ArrayList<>()).add(r);
        }
        List<DueHistory> histories = new ArrayList<>(byDue.size());
        for (List<Row> due : byDue.values()) {
            Row first = due.get(0);
            long owed = due.stream().filter(Row::owed).mapToLong(Row::amount).sum();
            List<DueHistory.Settlement> settlements = due.stream().filter(r -> !r.owed())
                    .map(r -> new DueHistory.Settlement(r.bookedOn(), r.amount())).toList();
            histories.add(new DueHistory(first.kind(), first.code(), first.period(), first.fund(),
                    deadline.apply(first.period()), owed, settlements));
        }
        return histories;
    }

    private static String[] fundOrder() {
        return Arrays.stream(Fund.values()).map(Enum::name).toArray(String[]::new);
    }

    private record Row(PayerKind kind, String code, YearMonth period, Fund fund, boolean owed, LocalDate bookedOn,
                       long amount) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(PayerKind.valueOf(rs.getString("payer_kind")), rs.getString("payer_code"),
                YearMonth.from(rs.getDate("period").toLocalDate()), Fund.valueOf(rs.getString("fund")),
                rs.getBoolean("owed"), rs.getDate("booked_on").toLocalDate(), rs.getLong("amount"));
    }

    /** What is unpaid of one due at a date, with the due's deadline. */
    record OpenDue(String payerCode, YearMonth period, Fund fund, LocalDate deadline, long outstanding) {

        long daysLate(LocalDate asOf) {
            return PaymentDeadlines.daysLate(deadline, asOf);
        }
    }
}
