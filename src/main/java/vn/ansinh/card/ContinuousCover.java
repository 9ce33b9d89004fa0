package vn.ansinh.card;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * Five consecutive years of HI (RULES.md section 7): for each card holder, when their current continuous HI began and
 * the day it reached {@code HI_CONTINUITY_YEARS} years, from their HI participation (the history the registry holds,
 * from before this system too) cut at the end of their card (what has actually been paid). A gap of up to
 * {@code HI_CONTINUITY_MAX_GAP_MONTHS} months between two spans keeps them consecutive but is not counted as covered
 * time, so each gap inside the run pushes the five-year day back by its length; a longer gap starts a new run. Spans of
 * two groups at once count once. Set-based over a range of person ids; the issuing run calls it chunk by chunk.
 */
@Component
class ContinuousCover {

    private final JdbcClient jdbc;
    private final Parameters parameters;

    ContinuousCover(JdbcClient jdbc, Parameters parameters) {
        this.jdbc = jdbc;
        this.parameters = parameters;
    }

    /** Recomputes the continuity of the cards of people with ids in (after, upTo]; returns the cards changed. */
    int update(LocalDate on, long after, long upTo) {
        int years = parameters.valueOf(ParameterCode.HI_CONTINUITY_YEARS, on).intValueExact();
        int gapMonths = parameters.valueOf(ParameterCode.HI_CONTINUITY_MAX_GAP_MONTHS, on).intValueExact();
        return jdbc.sql("""
                        with spans as (
                            select pa.person_id, pa.valid_from as f, least(coalesce(pa.valid_to, c.valid_to), c.valid_to) as t
                            from participation pa join hi_card c on c.person_id = pa.person_id
                            where pa.scheme = 'HI' and pa.person_id > :after and pa.person_id <= :upTo
                              and pa.valid_from <= c.valid_to),
                        -- Overlapping or touching spans (two groups at once, one group after another) become one.
                        touching as (
                            select *, case when f <= max(t) over (partition by person_id order by f, t
                                                  rows between unbounded preceding and 1 preceding) + 1
                                           then 0 else 1 end as starts
                            from spans),
                        numbered as (select *, sum(starts) over (partition by person_id order by f, t) as span_no from touching),
                        merged as (select person_id, min(f) as f, max(t) as t from numbered group by person_id, span_no),
                        gaps as (
                            select person_id, f, t, f - lag(t) over (partition by person_id order by f) - 1 as gap_days,
                                   f > cast(lag(t) over (partition by person_id order by f)
                                            + make_interval(months => :gapMonths) as date) + 1 as breaks
                            from merged),
                        runs as (
                            select *, count(*) filter (where breaks is not false)
                                          over (partition by person_id order by f) as run_no
                            from gaps),
                        last_run as (select *, max(run_no) over (partition by person_id) as last_no from runs),
                        latest as (
                            select *, first_value(f) over w as run_start,
                                   sum(case when breaks is false then gap_days else 0 end) over w as gaps_so_far
                            from last_run
                            where run_no = last_no
                            window w as (partition by person_id order by f)),
                        -- The day the covered time reaches the years: the run's start plus the years plus the gaps
                        -- before it, found in the first span that lasts until that day.
                        reached as (
                            select person_id, min(run_start) as run_start,
                                   min(cast(run_start + make_interval(years => :years) as date) + cast(gaps_so_far as integer))
                                       filter (where cast(run_start + make_interval(years => :years) as date)
                                                     + cast(gaps_so_far as integer) <= t) as five_years_from
                            from latest group by person_id)
                        update hi_card c set continuous_since = r.run_start, five_years_from = r.five_years_from
                        from reached r
                        where c.person_id = r.person_id
                          and (c.continuous_since is distinct from r.run_start
                               or c.five_years_from is distinct from r.five_years_from)""")
                .param("after", after).param("upTo", upTo).param("years", years).param("gapMonths", gapMonths)
                .update();
    }
}
