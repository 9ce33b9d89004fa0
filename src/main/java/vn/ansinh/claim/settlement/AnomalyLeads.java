package vn.ansinh.claim.settlement;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.security.Actors;

/**
 * Facilities that stand out against their peers of the same level (seeds 003 and 004: cost per visit, visits per
 * insured person, traditional medicine and rehabilitation and their growth, repeat visits, elderly patients brought
 * from outside the facility's district). Peers are every facility of the level in the database; leads are listed for
 * the actor's area. Thresholds are data ({@code claim_anomaly_threshold}), as are the service groups watched
 * ({@code claim_service_category}).
 */
@Service
@Transactional(readOnly = true)
public class AnomalyLeads {

    private static final String LEADS = """
            with repeat_rule as (
                select visits_per_month from claim_anomaly_threshold
                where indicator = 'REPEAT_VISITS_SHARE' and valid_from <= :start and (valid_to is null or valid_to >= :start)
            ),
            period_claims as (
                select c.id, c.facility_code, c.hi_total, c.admitted_at, c.date_of_birth, c.person_id,
                       coalesce(cast(c.person_id as text), c.cccd, c.card_numbers[1]) as patient,
                       c.settlement_month >= :start as this_period
                from claim c
                where c.current and c.status <> 'INVALID'
                  and (c.settlement_month between :start and :lastMonth
                       or c.settlement_month between :startBefore and :lastMonthBefore)
            ),
            visits as (
                select facility_code, count(*) as visits, count(distinct patient) as patients, sum(hi_total) as cost
                from period_claims where this_period group by facility_code
            ),
            watched as (
                select pc.facility_code,
                       coalesce(sum(l.hi_amount) filter (where pc.this_period and sc.category = 'TRADITIONAL_MEDICINE'), 0) as tm,
                       coalesce(sum(l.hi_amount) filter (where pc.this_period and sc.category = 'REHABILITATION'), 0) as rehab,
                       coalesce(sum(l.hi_amount) filter (where not pc.this_period), 0) as before
                from period_claims pc
                     join claim_line l on l.claim_id = pc.id and l.kind = 'SERVICE'
                     join claim_service_category sc on starts_with(l.item_code, sc.code_prefix)
                group by pc.facility_code
            ),
            repeats as (
                select facility_code,
                       count(*) filter (where most >= (select visits_per_month from repeat_rule)) as repeaters
                from (select facility_code, patient, max(n) as most
                      from (select facility_code, patient, date_trunc('month', admitted_at), count(*) as n
                            from period_claims where this_period group by 1, 2, 3) monthly
                      group by 1, 2) per_patient
                group by facility_code
            ),
            elderly as (
                select pc.facility_code,
                       count(*) filter (where pa.path is not null
                                          and split_part(pa.path, '/', 3) <> split_part(fa.path, '/', 3)) as outside
                from period_claims pc
                     join health_facility f on f.code = pc.facility_code
                     join area fa on fa.id = f.commune_id
                     left join person p on p.id = pc.person_id
                     left join area pa on pa.id = p.commune_id
                where pc.this_period and pc.admitted_at >= pc.date_of_birth + interval '60 years'
                group by pc.facility_code
            ),
            figures as (
                select v.facility_code, f.level, i.indicator, i.numerator, i.denominator,
                       round(i.numerator / nullif(i.denominator, 0), 4) as value
                from visits v
                     join health_facility f on f.code = v.facility_code
                     left join watched w on w.facility_code = v.facility_code
                     left join repeats r on r.facility_code = v.facility_code
                     left join elderly e on e.facility_code = v.facility_code
                     cross join lateral (values
                         ('COST_PER_VISIT', v.cost, cast(v.visits as numeric)),
                         ('VISITS_PER_PERSON', cast(v.visits as numeric), cast(v.patients as numeric)),
                         ('TRADITIONAL_MEDICINE_SHARE', coalesce(w.tm, 0), v.cost),
                         ('REHABILITATION_SHARE', coalesce(w.rehab, 0), v.cost),
                         ('TM_REHAB_GROWTH', coalesce(w.tm + w.rehab, 0), w.before),
                         ('REPEAT_VISITS_SHARE', cast(coalesce(r.repeaters, 0) as numeric), cast(v.patients as numeric)),
                         ('ELDERLY_FROM_OUTSIDE_SHARE', cast(coalesce(e.outside, 0) as numeric), cast(v.visits as numeric))
                     ) i (indicator, numerator, denominator)
                where i.denominator > 0
            ),
            medians as (
                select level, indicator, percentile_cont(0.5) within group (order by value) as median, count(*) as peers
                from figures group by level, indicator
            )
            select fg.facility_code, f.name, fg.level, fg.indicator, fg.value, fg.numerator, fg.denominator,
                   round(cast(m.median as numeric), 4) as median, m.peers, t.ratio
            from figures fg
                 join medians m on m.level = fg.level and m.indicator = fg.indicator
                 join claim_anomaly_threshold t on t.indicator = fg.indicator and t.valid_from <= :start
                      and (t.valid_to is null or t.valid_to >= :start)
                 join health_facility f on f.code = fg.facility_code
                 join area ar on ar.id = f.commune_id
            where ar.path like :scope and m.peers > t.min_peers and m.median > 0
              and fg.value > cast(m.median as numeric) * t.ratio
            order by fg.value / cast(m.median as numeric) desc, fg.facility_code, fg.indicator""";

    private final JdbcClient jdbc;

    AnomalyLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The leads of the period for facilities in the actor's area, the most striking first. */
    public List<AnomalyLead> of(SettlementPeriod period) {
        SettlementPeriod before = period.yearBefore();
        return jdbc.sql(LEADS)
                .param("start", period.start()).param("lastMonth", period.lastMonthStart())
                .param("startBefore", before.start()).param("lastMonthBefore", before.lastMonthStart())
                .param("scope", Actors.current().scope().likePattern())
                .query((rs, i) -> new AnomalyLead(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9),
                        rs.getBigDecimal(10)))
                .list();
    }
}
