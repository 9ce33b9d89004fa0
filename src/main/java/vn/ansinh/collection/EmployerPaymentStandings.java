package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may know of employers' payments, read from the ledger's receivables: a month is settled when
 * nothing is left owed on any of its funds. Health insurance cards run only as far as this.
 */
@Service
public class EmployerPaymentStandings {

    private final JdbcClient jdbc;

    EmployerPaymentStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The standing of each of these employers that has any assessed month; employers never assessed are absent. */
    public Map<String, EmployerPaymentStanding> of(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        with per_fund as (
                            select payer_code, period, fund, sum(amount) as owed from ledger_posting
                            where payer_kind = 'EMPLOYER' and account = 'RECEIVABLE'
                              and payer_code = any (cast(:codes as text[]))
                            group by payer_code, period, fund),
                        per_month as (
                            select payer_code, period, bool_or(owed > 0) as open from per_fund group by payer_code, period),
                        oldest as (
                            select payer_code, min(period) filter (where open) as oldest_unpaid
                            from per_month group by payer_code)
                        select o.payer_code, o.oldest_unpaid,
                               (select max(m.period) from per_month m
                                where m.payer_code = o.payer_code and not m.open
                                  and (o.oldest_unpaid is null or m.period < o.oldest_unpaid)) as paid_through
                        from oldest o""")
                .param("codes", unitCodes.toArray(String[]::new))
                .query((rs, i) -> new EmployerPaymentStanding(rs.getString("payer_code"),
                        month(rs.getDate("paid_through")), month(rs.getDate("oldest_unpaid"))))
                .stream().collect(Collectors.toMap(EmployerPaymentStanding::unitCode, Function.identity()));
    }

    private static YearMonth month(java.sql.Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }
}
