package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may know of the HI that households and budget-supported participants pay themselves: which
 * contribution months are paid. A month assessed in {@code participant_contribution} is paid when the payer's
 * receivable for the period it was due in is settled on the HEALTH fund, or when the participant owed nothing for it
 * (the budget pays it all). The budgets' own shares do not hold a card back: the budget pays by the year.
 */
@Service
public class ParticipantHiPayments {

    private final JdbcClient jdbc;

    ParticipantHiPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each of these people with paid months, the latest run of consecutive paid months that starts in
     * {@code startingBy} or earlier (a period paid in advance runs past it); people with none are absent.
     */
    public Map<Long, PaidHiSpan> latestPaidSpans(Collection<Long> personIds, YearMonth startingBy) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        with covered as (
                            select distinct pc.person_id, pc.month
                            from participant_contribution pc
                            left join ledger_journal j on j.source_ref = pc.event_ref
                            left join lateral (
                                select r.payer_kind, r.payer_code, r.period from ledger_posting r
                                where r.journal_id = j.id and r.account = 'RECEIVABLE' limit 1) due on true
                            where pc.scheme in ('HOUSEHOLD_HI', 'BUDGET_HI')
                              and pc.person_id = any (cast(:persons as bigint[]))
                              and (pc.participant = 0 or due.payer_kind is not null and (
                                   select coalesce(sum(o.amount), 0) from ledger_posting o
                                   where o.payer_kind = due.payer_kind and o.payer_code = due.payer_code
                                     and o.account = 'RECEIVABLE' and o.period = due.period and o.fund = 'HEALTH') <= 0)),
                        islands as (
                            select person_id, month,
                                   months_from(date '2000-01-01', month)
                                       - row_number() over (partition by person_id order by month) as island
                            from covered),
                        spans as (
                            select person_id, min(month) as first, max(month) as last from islands
                            group by person_id, island)
                        select distinct on (person_id) person_id, first, last from spans
                        where first <= :startingBy
                        order by person_id, first desc""")
                .param("persons", personIds.toArray(Long[]::new))
                .param("startingBy", startingBy.atDay(1))
                .query((rs, i) -> new PaidHiSpan(rs.getLong("person_id"),
                        YearMonth.from(rs.getDate("first").toLocalDate()), YearMonth.from(rs.getDate("last").toLocalDate())))
                .stream().collect(Collectors.toMap(PaidHiSpan::personId, Function.identity()));
    }
}
