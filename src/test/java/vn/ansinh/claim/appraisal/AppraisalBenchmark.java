package vn.ansinh.claim.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.Claims;

/**
 * Not a test: a command that stores N synthetic claims (deterministic, seed 2026) and times their bulk appraisal,
 * printing claims per second, a second idempotent run, and the limit measured in the same run (reading the same
 * claims in bulk and nothing else). Runs only when ansinh.benchmark.appraisal.claims is set; see docs/commands.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ansinh.benchmark.appraisal.claims", matches = "[0-9]+")
class AppraisalBenchmark {

    private static final String[][] GROUPS = {{"DN", "4"}, {"HT", "3"}, {"HN", "2"}, {"TE", "1"}, {"GD", "4"}};
    private static final String[] LEVELS = {"DISTRICT", "DISTRICT", "PROVINCIAL", "COMMUNE", "CENTRAL"};

    @Autowired JdbcClient jdbc;
    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired AppraisingClaims appraising;

    record Person(String card, String name, LocalDate dob) {
    }

    @Test
    void appraiseSyntheticClaims() throws Exception {
        int n = Integer.parseInt(System.getProperty("ansinh.benchmark.appraisal.claims"));
        int people = Math.max(1, n / 5);
        Random random = new Random(2026);
        TestAreas areas = TestAreas.create(jdbc);
        List<String> facilities = new ArrayList<>();
        for (int f = 0; f < 50; f++) {
            String code = String.format("%05d", 10_000 + f);
            jdbc.sql("""
                            insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                            values (:code, 'Cơ sở ' || :code, 'co so ' || :code, :level, :commune, date '2015-01-01')""")
                    .param("code", code).param("level", LEVELS[f % LEVELS.length]).param("commune", areas.communeA1())
                    .update();
            facilities.add(code);
        }
        long started = System.nanoTime();
        jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        select lpad((940000000000 + g)::text, 12, '0'), lpad((9400000000 + g)::text, 10, '0'),
                               'Người Thử ' || g, 'nguoi thu ' || g, date '1950-01-01' + (g * 7 % 25000),
                               case when g % 2 = 0 then 'M' else 'F' end, :commune
                        from generate_series(1, :n) g""")
                .param("commune", areas.communeA1()).param("n", people).update();
        List<Person> persons = new ArrayList<>(people);
        for (int g = 1; g <= people; g++) {
            String[] group = GROUPS[g % GROUPS.length];
            persons.add(new Person(group[0] + group[1] + "42" + String.format("%010d", 9_400_000_000L + g),
                    "Người Thử " + g, LocalDate.of(1950, 1, 1).plusDays(g * 7L % 25000)));
        }
        jdbc.sql("""
                        insert into hi_card (person_id, card_number, group_code, benefit_group, benefit_level,
                                             valid_from, valid_to)
                        select p.id, g.grp || g.lvl || '42' || p.si_code, g.grp, g.grp, g.lvl::smallint,
                               date '2024-01-01', date '2026-12-31'
                        from person p
                        cross join lateral (select (array['DN','HT','HN','TE','GD'])[(p.si_code::bigint - 9400000000) % 5 + 1] as grp,
                                                   (array['4','3','2','1','4'])[(p.si_code::bigint - 9400000000) % 5 + 1] as lvl) g
                        where p.si_code like '94%'""").update();
        jdbc.sql("""
                        insert into hi_card_facility (card_id, valid_from, facility_code)
                        select c.id, date '2024-01-01', '1000' || (c.person_id % 5)
                        from hi_card c where c.card_number like '____9400%'""").update();
        for (int d = 0; d < 200; d++) {
            jdbc.sql("""
                            insert into claim_price_list (facility_code, kind, item_code, price, valid_from, legal_reference)
                            values (:facility, 'DRUG', :item, 40000, date '2024-01-01', 'benchmark price list')""")
                    .param("facility", facilities.get(d % facilities.size())).param("item", "TH" + d).update();
        }
        List<Claim> built = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            built.add(claim(i, persons.get(random.nextInt(people)), facilities, random));
        }
        long fileId = files.keep("benchmark", null, "<GIAMDINHHS/>".getBytes()).id();
        List<Long> ids = store(built, fileId);
        double storeSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Stored %,d claims with %,d lines for %,d people in %.1f s%n", ids.size(),
                built.stream().mapToInt(c -> c.lines().size()).sum(), people, storeSeconds);

        long t0 = System.nanoTime();
        AppraisalRun run = appraising.appraiseAll(ids);
        double first = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        AppraisalRun again = appraising.appraiseAll(ids);
        double second = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        for (int from = 0; from < ids.size(); from += AppraisingClaims.BATCH) {
            claims.byIds(ids.subList(from, Math.min(ids.size(), from + AppraisingClaims.BATCH)));
        }
        double read = (System.nanoTime() - t2) / 1e9;
        long deductions = jdbc.sql("select count(*) from claim_deduction").query(Long.class).single();

        System.out.printf("Appraisal, first run:  %,d claims in %.2f s = %,.0f claims/s; outcomes %s; claimed %s, deducted %s, %,d deduction rows%n",
                run.claims(), first, run.claims() / first, run.outcomes(), run.claimed().toPlainString(),
                run.deducted().toPlainString(), deductions);
        System.out.printf("  time per phase, first run (ms, summed over batches on %s workers): %s%n",
                System.getProperty("ansinh.claims.appraisal.workers", "2"), run.phaseMillis());
        System.out.printf("Appraisal, second run: %,d claims in %.2f s = %,.0f claims/s; same outcomes: %s%n",
                again.claims(), second, again.claims() / second, again.outcomes().equals(run.outcomes()));
        System.out.printf("  time per phase, second run (ms): %s%n", again.phaseMillis());
        System.out.printf("Limit: reading the same claims in bulk only: %.2f s = %,.0f claims/s; appraisal is %.0f %% of it%n",
                read, ids.size() / read, 100 * read / first);
        System.out.printf("JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        if (Boolean.getBoolean("ansinh.benchmark.explain")) {
            var parameters = CrossClaimChecks.parameters(
                    claims.byIds(ids.subList(0, Math.min(ids.size(), AppraisingClaims.BATCH))));
            for (String sql : List.of(CrossClaimChecks.EXAMINATION_ORDER, CrossClaimChecks.OVERLAPPING_STAYS,
                    CrossClaimChecks.DAILY_EXCESS, CrossClaimChecks.DUPLICATES)) {
                var statement = jdbc.sql("explain (analyze, costs off) " + sql).params(parameters);
                System.out.println(String.join("\n", statement.query(String.class).list()));
            }
        }
    }

    private List<Long> store(List<Claim> built, long fileId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> parts = new ArrayList<>();
            int half = built.size() / 2;
            for (List<Claim> part : List.of(built.subList(0, half), built.subList(half, built.size()))) {
                parts.add(pool.submit(() -> part.stream().map(c -> claims.save(c, fileId).id()).toList()));
            }
            List<Long> ids = new ArrayList<>(built.size());
            for (Future<List<Long>> part : parts) {
                ids.addAll(part.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    /** One encounter: mostly outpatient visits, some stays; a few claimed above the level due or self-referred. */
    private static Claim claim(int i, Person person, List<String> facilities, Random random) {
        String facility = facilities.get(random.nextInt(facilities.size()));
        LocalDateTime at = LocalDateTime.of(2025, 1, 1, 7, 0).plusDays(random.nextInt(360))
                .plusMinutes(random.nextInt(600));
        int level = person.card().charAt(2) - '0';
        int percent = level == 4 ? 80 : level == 3 ? 95 : 100;
        ClaimBuilder builder = ClaimBuilder.visit(facility, "BM-" + i, person.card(), person.name(), person.dob(), at)
                .registeredAt(facilities.get(i % 5));
        if (random.nextInt(20) == 0) {
            builder.category("3.3");
        }
        builder.claimedAt(random.nextInt(10) == 0 ? 100 : percent);
        if (random.nextInt(7) == 0) {
            builder.inpatient(at, at.plusDays(1 + random.nextInt(6)));
            for (int l = 0; l < 4; l++) {
                builder.service("SV" + random.nextInt(300), 1 + random.nextInt(3), 50_000 + random.nextInt(500_000));
            }
        } else {
            builder.examination("02.1896", 38_700);
        }
        int drugs = 1 + random.nextInt(3);
        for (int d = 0; d < drugs; d++) {
            builder.drug("TH" + random.nextInt(400), 1 + random.nextInt(20), 5_000 + random.nextInt(60_000));
        }
        return builder.build();
    }
}
