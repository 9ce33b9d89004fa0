package vn.ansinh.claim.appraisal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.claim.Claim;
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

    /** The batch as the queries read it: from the claims already in memory, so no query scans for them again. */
    private static final String BATCH_ROWS = """
            with batch as (
                select * from unnest(cast(:ids as bigint[]), cast(:insured as text[]), cast(:facility as text[]),
                                     cast(:keys as text[]), cast(:admitted as timestamp[]),
                                     cast(:discharged as timestamp[]), cast(:inpatient as boolean[]))
                    as b(id, insured, facility_code, encounter_key, admitted_at, discharged_at, inpatient))
            """;

    static final String EXAMINATION_ORDER = BATCH_ROWS + """
            , around as (
                select distinct insured, facility_code,
                       cast(admitted_at as date) - 1 as first_day, cast(discharged_at as date) + 2 as end_day
                from batch),
            nearby as (
                select distinct c.id, c.facility_code, c.admitted_at, right(c.card_numbers[1], 10) as insured
                from around b
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

    // The same facility and admission time is a resend or a duplicate, which A403 judges, not an overlap.
    static final String OVERLAPPING_STAYS = BATCH_ROWS + """
            select a.id, o.id, o.facility_code, o.admitted_at, o.discharged_at
            from batch a
            join claim o on right(o.card_numbers[1], 10) = a.insured and o.current
                        and o.id <> a.id and o.admitted_at < a.discharged_at
                        and a.admitted_at < o.discharged_at
                        and o.encounter_type = any(:inpatientTypes)
                        and not (o.facility_code = a.facility_code and o.admitted_at = a.admitted_at)
            where a.inpatient
            order by a.id, o.admitted_at""";

    static final String DAILY_EXCESS = BATCH_ROWS + """
            , around as (
                select distinct b.insured,
                       cast(b.admitted_at as date) - 1 as first_day, cast(b.discharged_at as date) + 2 as end_day
                from batch b
                where exists (
                    select 1 from claim_line l join claim_service_daily_limit lim on lim.item_code = l.item_code
                    where l.claim_id = b.id)),
            nearby as (
                select distinct c.id, c.admitted_at, right(c.card_numbers[1], 10) as insured
                from around b
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

    // Lines are compared only for the rare pairs with the same person, facility and admission time.
    static final String DUPLICATES = BATCH_ROWS + """
            select a.id, min(o.id)
            from batch a
            join claim o on right(o.card_numbers[1], 10) = a.insured and o.current
                        and o.admitted_at = a.admitted_at and o.facility_code = a.facility_code
                        and o.id < a.id and o.encounter_key <> a.encounter_key
            where (select string_agg(kind || ':' || item_code || ':' || quantity || ':' || hi_unit_price, ';'
                                     order by kind, line_no) from claim_line where claim_id = a.id)
                = (select string_agg(kind || ':' || item_code || ':' || quantity || ':' || hi_unit_price, ';'
                                     order by kind, line_no) from claim_line where claim_id = o.id)
            group by a.id""";

    private final JdbcClient jdbc;

    CrossClaimChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CrossClaimFacts find(Map<Long, Claim> claims) {
        Map<String, Object> batch = parameters(claims);
        CrossClaimFacts facts = new CrossClaimFacts();
        jdbc.sql(EXAMINATION_ORDER).params(batch).query(rs -> {
            facts.examinationOrder.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
        });
        jdbc.sql(OVERLAPPING_STAYS).params(batch).query(rs -> {
            facts.overlappingStays.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                    new CrossClaimFacts.OtherStay(rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)));
        });
        jdbc.sql(DAILY_EXCESS).params(batch).query(rs -> {
            facts.dailyExcess.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(
                    new CrossClaimFacts.LineKey(LineKind.valueOf(rs.getString(2)), rs.getInt(3)),
                    new CrossClaimFacts.Excess(rs.getBigDecimal(4), rs.getBigDecimal(5)));
        });
        jdbc.sql(DUPLICATES).params(batch).query(rs -> {
            facts.duplicateOf.put(rs.getLong(1), rs.getLong(2));
        });
        return facts;
    }

    /** The parameters every query above takes, for the batch of claims by id. */
    static Map<String, Object> parameters(Map<Long, Claim> claims) {
        int n = claims.size();
        Long[] ids = new Long[n];
        String[] insured = new String[n];
        String[] facility = new String[n];
        String[] keys = new String[n];
        String[] admitted = new String[n];
        String[] discharged = new String[n];
        Boolean[] inpatient = new Boolean[n];
        int i = 0;
        for (Map.Entry<Long, Claim> entry : claims.entrySet()) {
            Claim claim = entry.getValue();
            String card = claim.cardNumbers().isEmpty() ? null : claim.cardNumbers().get(0);
            ids[i] = entry.getKey();
            insured[i] = card == null || card.length() < 10 ? null : card.substring(card.length() - 10);
            facility[i] = claim.facilityCode();
            keys[i] = claim.encounterKey();
            admitted[i] = claim.admittedAt().toString();
            discharged[i] = claim.dischargedAt().toString();
            inpatient[i] = claim.encounterType().inpatient();
            i++;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("insured", insured);
        parameters.put("facility", facility);
        parameters.put("keys", keys);
        parameters.put("admitted", admitted);
        parameters.put("discharged", discharged);
        parameters.put("inpatient", inpatient);
        parameters.put("inpatientTypes", INPATIENT);
        parameters.put("exam", ExaminationFeeRatio.EXAMINATION_GROUP);
        return parameters;
    }
}
