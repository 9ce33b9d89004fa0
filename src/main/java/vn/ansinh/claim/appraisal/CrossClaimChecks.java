package vn.ansinh.claim.appraisal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.claim.EncounterType;
import vn.ansinh.claim.LineKind;

/**
 * The checks that compare a claim with the person's other claims, each one set-based query for a whole batch. A
 * person is the SI code that ends the card number; only current versions count.
 */
@Component
class CrossClaimChecks {

    private static final String[] INPATIENT = java.util.Arrays.stream(EncounterType.values())
            .filter(EncounterType::inpatient).map(Enum::name).toArray(String[]::new);

    static final String EXAMINATION_ORDER = """
            with batch as (
                select distinct right(card_numbers[1], 10) as insured, facility_code,
                       cast(admitted_at as date) - 1 as first_day, cast(discharged_at as date) + 2 as end_day
                from claim where id = any(:ids)),
            nearby as (
                select distinct c.id, c.facility_code, c.admitted_at, right(c.card_numbers[1], 10) as insured
                from batch b
                join claim c on right(c.card_numbers[1], 10) = b.insured and c.current
                            and c.admitted_at >= b.first_day and c.admitted_at < b.end_day
                            and c.facility_code = b.facility_code),
            exams as (
                select l.claim_id, l.line_no,
                       row_number() over (
                           partition by n.insured, n.facility_code, cast(coalesce(l.performed_at, l.ordered_at, n.admitted_at) as date)
                           order by coalesce(l.performed_at, l.ordered_at, n.admitted_at), n.id, l.line_no) as n
                from nearby n
                join claim_line l on l.claim_id = n.id and l.kind = 'SERVICE' and l.group_code = :exam)
            select claim_id, line_no, n from exams where n > 1 and claim_id = any(:ids)""";

    static final String OVERLAPPING_STAYS = """
            select a.id, o.id, o.facility_code, o.admitted_at, o.discharged_at
            from claim a
            join claim o on right(o.card_numbers[1], 10) = right(a.card_numbers[1], 10) and o.current
                        and o.id <> a.id and o.admitted_at < a.discharged_at
                        and a.admitted_at < o.discharged_at
                        and o.encounter_type = any(:inpatient)
                        and not (o.facility_code = a.facility_code and o.admitted_at = a.admitted_at)
            where a.id = any(:ids) and a.encounter_type = any(:inpatient)
            order by a.id, o.admitted_at""";

    static final String DAILY_EXCESS = """
            with batch as (
                select distinct right(c.card_numbers[1], 10) as insured,
                       cast(c.admitted_at as date) - 1 as first_day, cast(c.discharged_at as date) + 2 as end_day
                from claim c
                where c.id = any(:ids) and exists (
                    select 1 from claim_line l join claim_service_daily_limit lim on lim.item_code = l.item_code
                    where l.claim_id = c.id)),
            nearby as (
                select distinct c.id, c.admitted_at, right(c.card_numbers[1], 10) as insured
                from batch b
                join claim c on right(c.card_numbers[1], 10) = b.insured and c.current
                            and c.admitted_at >= b.first_day and c.admitted_at < b.end_day),
            uses as (
                select l.claim_id, l.kind, l.line_no, l.quantity, lim.max_per_day,
                       sum(l.quantity) over (
                           partition by n.insured, l.item_code, d.day
                           order by d.at, n.id, l.kind, l.line_no rows unbounded preceding) as running
                from nearby n
                join claim_line l on l.claim_id = n.id
                cross join lateral (select coalesce(l.performed_at, l.ordered_at, n.admitted_at) as at,
                    cast(coalesce(l.performed_at, l.ordered_at, n.admitted_at) as date) as day) d
                join claim_service_daily_limit lim on lim.item_code = l.item_code
                     and d.day >= lim.valid_from and (lim.valid_to is null or d.day <= lim.valid_to))
            select claim_id, kind, line_no, least(quantity, running - max_per_day), max_per_day
            from uses where running > max_per_day and claim_id = any(:ids)""";

    static final String DUPLICATES = """
            select a.id, min(o.id)
            from claim a
            join claim o on right(o.card_numbers[1], 10) = right(a.card_numbers[1], 10) and o.current
                        and o.admitted_at = a.admitted_at and o.facility_code = a.facility_code
                        and o.id < a.id and o.encounter_key <> a.encounter_key
            where a.id = any(:ids)
              and (select string_agg(kind || ':' || item_code || ':' || quantity || ':' || hi_unit_price, ';'
                                     order by kind, line_no) from claim_line where claim_id = a.id)
                = (select string_agg(kind || ':' || item_code || ':' || quantity || ':' || hi_unit_price, ';'
                                     order by kind, line_no) from claim_line where claim_id = o.id)
            group by a.id""";

    private final JdbcClient jdbc;

    CrossClaimChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CrossClaimFacts find(Long[] ids) {
        CrossClaimFacts facts = new CrossClaimFacts();
        examinationOrder(ids, facts);
        overlappingStays(ids, facts);
        dailyExcess(ids, facts);
        duplicates(ids, facts);
        return facts;
    }

    private void examinationOrder(Long[] ids, CrossClaimFacts facts) {
        // Driven from the batch through the (insured, admitted_at) index: the person's claims around those days.
        jdbc.sql(EXAMINATION_ORDER)
                .param("ids", ids).param("exam", ExaminationFeeRatio.EXAMINATION_GROUP)
                .query(rs -> {
                    facts.examinationOrder.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getInt(3));
                });
    }

    private void overlappingStays(Long[] ids, CrossClaimFacts facts) {
        // The same facility and admission time is a resend or a duplicate, which A403 judges, not an overlap.
        jdbc.sql(OVERLAPPING_STAYS)
                .param("ids", ids).param("inpatient", INPATIENT)
                .query(rs -> {
                    facts.overlappingStays.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new CrossClaimFacts.OtherStay(rs.getLong(2), rs.getString(3),
                                    rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)));
                });
    }

    private void dailyExcess(Long[] ids, CrossClaimFacts facts) {
        jdbc.sql(DAILY_EXCESS)
                .param("ids", ids)
                .query(rs -> {
                    facts.dailyExcess.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(
                            new CrossClaimFacts.LineKey(LineKind.valueOf(rs.getString(2)), rs.getInt(3)),
                            new CrossClaimFacts.Excess(rs.getBigDecimal(4), rs.getBigDecimal(5)));
                });
    }

    private void duplicates(Long[] ids, CrossClaimFacts facts) {
        // Lines are compared only for the rare pairs with the same person, facility and admission time.
        jdbc.sql(DUPLICATES)
                .param("ids", ids)
                .query(rs -> {
                    facts.duplicateOf.put(rs.getLong(1), rs.getLong(2));
                });
    }
}
