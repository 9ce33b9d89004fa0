package vn.ansinh.card;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.progress.Job;
import vn.ansinh.progress.Progress;
import vn.ansinh.collection.EmployerPaymentStanding;
import vn.ansinh.collection.EmployerPaymentStandings;
import vn.ansinh.collection.PaidHiSpan;
import vn.ansinh.collection.ParticipantHiPayments;
import vn.ansinh.security.Actors;

/**
 * The issuing run for a date: every person taking part in HI that day gets a card, or has it extended, as far as what
 * was actually paid covers (see {@link CardValidityPolicy}). A person in several groups gets one card showing the
 * group that pays first (lowest {@code hi_group.payer_order}) and the highest benefit of all their groups
 * (lowest {@code hi_benefit_level.rank}). The run then records how long each holder has had HI without a break
 * ({@link ContinuousCover}).
 * <p>
 * A province has millions of people, so the run works through chunks of person ids, each in its own transaction with
 * set-based statements (one query for the chunk's people, one for their employers' standing, one for what households
 * and supported participants paid, one statement writing cards, history and registered facilities): memory stays
 * bounded by the chunk. Table {@code hi_card_issue_run} records the last finished chunk, so a run stopped half-way
 * resumes there when started again for the same date; a finished run started again runs afresh (every step is
 * idempotent: it only extends, reprints or records what changed).
 */
@Service
public class IssuingCards {

    private static final Logger log = LoggerFactory.getLogger(IssuingCards.class);

    private final JdbcClient jdbc;
    private final EmployerPaymentStandings standings;
    private final ParticipantHiPayments participantPayments;
    private final ContinuousCover continuousCover;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final String issuingProvince;
    private final int chunkSize;
    private final Progress progress;

    IssuingCards(JdbcClient jdbc, EmployerPaymentStandings standings, ParticipantHiPayments participantPayments,
                 ContinuousCover continuousCover, AuditLog audit, PlatformTransactionManager transactions,
                 @Value("${ansinh.cards.issuing-province:42}") String issuingProvince,
                 @Value("${ansinh.cards.issue-chunk:50000}") int chunkSize, Progress progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.standings = standings;
        this.participantPayments = participantPayments;
        this.continuousCover = continuousCover;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.issuingProvince = issuingProvince;
        this.chunkSize = chunkSize;
    }

    private record Candidate(long personId, String siCode, String groupCode, Funding funding, LocalDate from,
                             LocalDate to, String benefitGroup, int benefitLevel, String employerCode,
                             LocalDate employmentStart, LocalDate dateOfDeath) {
    }

    /** What one chunk did, added to the run's row. */
    private record Counts(int issued, int extended, int reissued, int heldBack, int ended) {
    }

    public CardIssueRun issue(LocalDate on) {
        // One step per chunk of people still to do.
        Job job = progress.start("CARD_ISSUE", on.toString(), 0);
        try {
            CardIssueRun run = issue(on, job);
            job.finish(run.issued() + " / " + run.extended() + " / " + run.reissued(), null);
            return run;
        } catch (RuntimeException e) {
            job.fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            throw e;
        }
    }

    private CardIssueRun issue(LocalDate on, Job job) {
        long after = transaction.execute(status -> startOrResume(on));
        long remaining = jdbc.sql("select count(*) from person where id > :after").param("after", after)
                .query(Long.class).single();
        job.total((remaining + chunkSize - 1) / chunkSize);
        long started = System.nanoTime();
        int chunks = 0;
        // Chunks by keyset over person ids (ids may be sparse): the chunk ends at the chunkSize-th id after the last.
        Long upToOrNull;
        while ((upToOrNull = nextChunkEnd(after)) != null) {
            long from = after;
            long upTo = upToOrNull;
            transaction.executeWithoutResult(status -> {
                // Plans for this chunk's id range: after five executions PostgreSQL may switch a prepared statement to
                // a generic plan, which for a range of ids over millions of rows scans whole tables (minutes a chunk).
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                Counts counts = issueChunk(on, from, upTo);
                jdbc.sql("""
                                update hi_card_issue_run set last_person_id = :upTo, issued = issued + :issued,
                                    extended = extended + :extended, reissued = reissued + :reissued,
                                    held_back = held_back + :heldBack, ended_by_death = ended_by_death + :ended
                                where run_on = :on""")
                        .param("upTo", upTo).param("issued", counts.issued()).param("extended", counts.extended())
                        .param("reissued", counts.reissued()).param("heldBack", counts.heldBack())
                        .param("ended", counts.ended()).param("on", on).update();
            });
            after = upTo;
            job.advance(1);
            if (++chunks % 10 == 0) {
                log.info("Issuing run of {}: {} chunks, people up to id {} done ({} s)", on, chunks, upTo,
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
        return transaction.execute(status -> {
            CardIssueRun run = jdbc.sql("""
                            update hi_card_issue_run set finished_at = now() where run_on = :on
                            returning run_on, issued, extended, reissued, held_back, ended_by_death""")
                    .param("on", on)
                    .query((rs, i) -> new CardIssueRun(rs.getObject("run_on", LocalDate.class), rs.getInt("issued"),
                            rs.getInt("extended"), rs.getInt("reissued"), rs.getInt("held_back"),
                            rs.getInt("ended_by_death")))
                    .single();
            audit.record("ISSUE_CARDS", "hi_card_run", on.toString(), null, run);
            return run;
        });
    }

    private Long nextChunkEnd(long after) {
        return jdbc.sql("select max(id) from (select id from person where id > :after order by id limit :size) chunk")
                .param("after", after).param("size", chunkSize)
                .query((rs, i) -> rs.getObject(1, Long.class)).list().get(0);
    }

    /** The last person id done by an unfinished run of this date, or 0 for a new (or repeated) run. */
    private long startOrResume(LocalDate on) {
        return jdbc.sql("""
                        insert into hi_card_issue_run as r (run_on, started_by) values (:on, :actor)
                        on conflict (run_on) do update set
                            last_person_id = case when r.finished_at is null then r.last_person_id else 0 end,
                            issued = case when r.finished_at is null then r.issued else 0 end,
                            extended = case when r.finished_at is null then r.extended else 0 end,
                            reissued = case when r.finished_at is null then r.reissued else 0 end,
                            held_back = case when r.finished_at is null then r.held_back else 0 end,
                            ended_by_death = case when r.finished_at is null then r.ended_by_death else 0 end,
                            started_at = case when r.finished_at is null then r.started_at else now() end,
                            started_by = case when r.finished_at is null then r.started_by else excluded.started_by end,
                            finished_at = null
                        returning last_person_id""")
                .param("on", on).param("actor", Actors.current().name()).query(Long.class).single();
    }

    private Counts issueChunk(LocalDate on, long after, long upTo) {
        List<Candidate> candidates = candidates(on, after, upTo);
        Map<String, EmployerPaymentStanding> standing = standings.of(candidates.stream()
                .map(Candidate::employerCode).filter(Objects::nonNull).distinct().toList());
        Map<Long, PaidHiSpan> paid = participantPayments.latestPaidSpans(candidates.stream()
                .filter(c -> c.funding() == Funding.HOUSEHOLD || c.funding() == Funding.SUPPORTED)
                .map(Candidate::personId).toList(), YearMonth.from(on));

        List<Object[]> cards = new ArrayList<>();
        List<Object[]> exposures = new ArrayList<>();
        List<Object[]> settled = new ArrayList<>();
        int heldBack = 0;
        for (Candidate c : candidates) {
            EmployerPaymentStanding s = c.employerCode() == null ? null : standing.get(c.employerCode());
            var decision = CardValidityPolicy.decide(c.funding(), on, c.from(), c.to(), c.employmentStart(), s,
                    paid.get(c.personId()), c.dateOfDeath());
            decision.card().ifPresent(span -> cards.add(new Object[] {c.personId(),
                    new CardNumber(c.groupCode(), c.benefitLevel(), issuingProvince, c.siCode()).value(),
                    c.groupCode(), c.benefitGroup(), c.benefitLevel(), span.from(), span.to()}));
            if (s != null && s.paidThrough() != null) {
                settled.add(new Object[] {c.personId(), c.employerCode(), s.paidThrough().atEndOfMonth()});
            }
            if (decision.exposure().isPresent()) {
                heldBack++;
                var span = decision.exposure().get();
                exposures.add(new Object[] {c.personId(), c.employerCode(), span.from(), span.to()});
            }
        }
        int[] written = writeCards(on, cards);
        recordExposures(settled, exposures);
        int ended = endCardsOfTheDead(on, after, upTo);
        continuousCover.update(on, after, upTo);
        return new Counts(written[0], written[1], written[2], heldBack, ended);
    }

    private List<Candidate> candidates(LocalDate on, long after, long upTo) {
        return jdbc.sql("""
                        with hi as (
                            select pa.person_id, pa.group_code, pa.valid_from, pa.valid_to, g.funding, g.payer_order,
                                   b.benefit_level, l.rank
                            from participation pa
                            join hi_group g on g.group_code = pa.group_code
                            join hi_group_benefit b on b.group_code = pa.group_code and b.valid_from <= :on
                                 and (b.valid_to is null or b.valid_to >= :on)
                            join hi_benefit_level l on l.level = b.benefit_level
                            where pa.scheme = 'HI' and pa.person_id > :after and pa.person_id <= :upTo
                              and pa.valid_from <= :on and (pa.valid_to is null or pa.valid_to >= :on)),
                        payer as (select distinct on (person_id) * from hi order by person_id, payer_order, group_code),
                        best as (
                            select distinct on (person_id) person_id, group_code as benefit_group, benefit_level
                            from hi order by person_id, rank, payer_order, group_code),
                        -- The chunk's jobs in one range scan: a look-up per person picks the employment table's
                        -- overlap (GiST) index, tens of milliseconds each on a province.
                        job as (
                            select distinct on (em.person_id) em.person_id, er.unit_code, em.start_date
                            from employment em join employer er on er.id = em.employer_id
                            where em.person_id > :after and em.person_id <= :upTo and em.start_date <= :on
                              and (em.end_date is null or em.end_date >= :on)
                            order by em.person_id, em.start_date desc)
                        select payer.person_id, p.si_code, payer.group_code, payer.funding, payer.valid_from,
                               payer.valid_to, best.benefit_group, best.benefit_level, e.unit_code, e.start_date,
                               p.date_of_death
                        from payer
                        join best on best.person_id = payer.person_id
                        join person p on p.id = payer.person_id
                        left join job e on e.person_id = payer.person_id and payer.funding = 'EMPLOYER'
                        where p.date_of_death is null or p.date_of_death >= :on""")
                .param("on", on).param("after", after).param("upTo", upTo)
                .query((rs, i) -> new Candidate(rs.getLong("person_id"), rs.getString("si_code"),
                        rs.getString("group_code"), Funding.valueOf(rs.getString("funding")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("benefit_group"), rs.getInt("benefit_level"), rs.getString("unit_code"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("date_of_death", LocalDate.class)))
                .list();
    }

    /**
     * Inserts new cards, extends or reissues existing active ones (never shortens them: a correction is a revocation),
     * writes one history line per changed card and registers new cards at a primary-care facility of the holder's
     * commune. Returns issued, extended, reissued.
     */
    private int[] writeCards(LocalDate on, List<Object[]> cards) {
        if (cards.isEmpty()) {
            return new int[3];
        }
        return jdbc.sql("""
                        with input as (
                            select * from unnest(cast(:persons as bigint[]), cast(:numbers as text[]),
                                                 cast(:groups as text[]), cast(:benefitGroups as text[]),
                                                 cast(:levels as smallint[]), cast(:froms as date[]), cast(:tos as date[]))
                                 as t (person_id, card_number, group_code, benefit_group, benefit_level, valid_from, valid_to)),
                        old as (
                            select c.person_id, c.card_number from hi_card c join input i on i.person_id = c.person_id),
                        written as (
                            insert into hi_card as c (person_id, card_number, group_code, benefit_group, benefit_level,
                                                      valid_from, valid_to)
                            select person_id, card_number, group_code, benefit_group, benefit_level, valid_from, valid_to
                            from input
                            on conflict (person_id) do update set
                                card_number = excluded.card_number, group_code = excluded.group_code,
                                benefit_group = excluded.benefit_group, benefit_level = excluded.benefit_level,
                                -- A card that lapsed starts again from the new paid period, not across the gap.
                                valid_from = case when excluded.valid_from > c.valid_to + 1 then excluded.valid_from
                                                  else c.valid_from end,
                                valid_to = greatest(c.valid_to, excluded.valid_to), updated_at = now()
                            where c.status = 'ACTIVE' and (excluded.valid_to > c.valid_to
                                  or excluded.card_number <> c.card_number or excluded.benefit_group <> c.benefit_group)
                            returning c.id, c.person_id, c.card_number, c.group_code, c.benefit_level, c.valid_from,
                                      c.valid_to),
                        history as (
                            insert into hi_card_history (card_id, event, card_number, group_code, benefit_level,
                                                         valid_from, valid_to, reason, actor)
                            select w.id, case when o.person_id is null then 'ISSUED'
                                              when o.card_number <> w.card_number then 'REISSUED'
                                              else 'EXTENDED' end,
                                   w.card_number, w.group_code, w.benefit_level, w.valid_from, w.valid_to,
                                   'issuing run of ' || cast(:on as text), :actor
                            from written w left join old o on o.person_id = w.person_id
                            returning event),
                        facility as (
                            insert into hi_card_facility (card_id, valid_from, facility_code)
                            select w.id, w.valid_from, f.code
                            from written w
                            join person p on p.id = w.person_id
                            join lateral (
                                select code from health_facility f
                                where f.commune_id = p.commune_id and f.primary_care and f.valid_from <= :on
                                  and (f.valid_to is null or f.valid_to >= :on)
                                order by f.code limit 1) f on true
                            where not exists (select 1 from old o where o.person_id = w.person_id)
                            on conflict do nothing)
                        select count(*) filter (where event = 'ISSUED') as issued,
                               count(*) filter (where event = 'EXTENDED') as extended,
                               count(*) filter (where event = 'REISSUED') as reissued
                        from history""")
                .param("persons", cards.stream().map(r -> r[0]).toArray(Long[]::new))
                .param("numbers", cards.stream().map(r -> r[1]).toArray(String[]::new))
                .param("groups", cards.stream().map(r -> r[2]).toArray(String[]::new))
                .param("benefitGroups", cards.stream().map(r -> r[3]).toArray(String[]::new))
                .param("levels", cards.stream().map(r -> ((Integer) r[4]).shortValue()).toArray(Short[]::new))
                .param("froms", cards.stream().map(r -> Date.valueOf((LocalDate) r[5])).toArray(Date[]::new))
                .param("tos", cards.stream().map(r -> Date.valueOf((LocalDate) r[6])).toArray(Date[]::new))
                .param("on", on).param("actor", Actors.current().name())
                .query((rs, i) -> new int[] {rs.getInt("issued"), rs.getInt("extended"), rs.getInt("reissued")})
                .single();
    }

    /**
     * Months the employer has since paid are no longer its to carry (the fund covers them again), so spells starting
     * in them are dropped; an exposure already open for the same spell is widened, not duplicated.
     */
    private void recordExposures(List<Object[]> settled, List<Object[]> exposures) {
        if (!settled.isEmpty()) {
            jdbc.sql("""
                            delete from employer_medical_exposure x
                            using unnest(cast(:persons as bigint[]), cast(:employers as text[]), cast(:paidTo as date[]))
                                  as s (person_id, employer_code, paid_to)
                            where x.person_id = s.person_id and x.employer_code = s.employer_code
                              and x.uncovered_from <= s.paid_to""")
                    .param("persons", settled.stream().map(r -> r[0]).toArray(Long[]::new))
                    .param("employers", settled.stream().map(r -> r[1]).toArray(String[]::new))
                    .param("paidTo", settled.stream().map(r -> Date.valueOf((LocalDate) r[2])).toArray(Date[]::new))
                    .update();
        }
        if (exposures.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into employer_medical_exposure as x (person_id, employer_code, uncovered_from, uncovered_to)
                        select * from unnest(cast(:persons as bigint[]), cast(:employers as text[]),
                                             cast(:froms as date[]), cast(:tos as date[]))
                        on conflict (person_id, employer_code, uncovered_from)
                        do update set uncovered_to = greatest(x.uncovered_to, excluded.uncovered_to), recorded_at = now()""")
                .param("persons", exposures.stream().map(r -> r[0]).toArray(Long[]::new))
                .param("employers", exposures.stream().map(r -> r[1]).toArray(String[]::new))
                .param("froms", exposures.stream().map(r -> Date.valueOf((LocalDate) r[2])).toArray(Date[]::new))
                .param("tos", exposures.stream().map(r -> Date.valueOf((LocalDate) r[3])).toArray(Date[]::new))
                .update();
    }

    /** Deaths recorded in the registry since the last run end the card on the day of death. */
    private int endCardsOfTheDead(LocalDate on, long after, long upTo) {
        return jdbc.sql("""
                        with ended as (
                            update hi_card c set valid_to = greatest(c.valid_from, p.date_of_death), updated_at = now()
                            from person p
                            where p.id = c.person_id and c.person_id > :after and c.person_id <= :upTo
                              and p.date_of_death is not null and p.date_of_death <= :on
                              and c.valid_to > p.date_of_death and c.status = 'ACTIVE'
                            returning c.id, p.date_of_death)
                        insert into hi_card_history (card_id, event, card_number, group_code, benefit_level, valid_from,
                                                     valid_to, reason, actor)
                        select c.id, 'ENDED', c.card_number, c.group_code, c.benefit_level, c.valid_from,
                               greatest(c.valid_from, e.date_of_death), 'death on ' || e.date_of_death, :actor
                        from ended e join hi_card c on c.id = e.id""")
                .param("on", on).param("after", after).param("upTo", upTo)
                .param("actor", Actors.current().name()).update();
    }
}
