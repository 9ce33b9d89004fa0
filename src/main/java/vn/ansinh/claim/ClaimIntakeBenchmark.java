package vn.ansinh.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.claim.appraisal.AppraisingClaims;
import vn.ansinh.shared.CpuTime;

/**
 * Benchmark of claim intake against its limit, on a fresh embedded database ({@code benchmark} profile): generates N
 * claims (default 1,000,000) for synthetic card holders into files, then reads the same files (a) with the parser
 * alone into records, no database: the limit, and (b) through intake (parse, validate, store with COPY), and prints
 * claims per second for each and their ratio. See docs/commands.md.
 */
@Component
@ConditionalOnProperty("ansinh.benchmark.claims")
class ClaimIntakeBenchmark implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final ClaimGeneratorSource source;
    private final ReceivingClaims receiving;
    private final Environment environment;
    private final ApplicationContext context;
    private final AppraisingClaims appraising;
    private final Map<ClaimStatus, Integer> outcomes = new EnumMap<>(ClaimStatus.class);
    private final Map<String, Long> appraisalMillis = new java.util.LinkedHashMap<>();

    ClaimIntakeBenchmark(JdbcClient jdbc, ClaimGeneratorSource source, ReceivingClaims receiving,
                         Environment environment, ApplicationContext context, AppraisingClaims appraising) {
        this.appraising = appraising;
        this.jdbc = jdbc;
        this.source = source;
        this.receiving = receiving;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int n = environment.getProperty("ansinh.benchmark.claims", Integer.class, 1_000_000);
        Path folder = Path.of(environment.getProperty("ansinh.benchmark.claims.folder",
                System.getProperty("java.io.tmpdir") + "/ansinh-claims-benchmark"));
        long start = System.nanoTime();
        long commune = setUpArea();
        SyntheticCardHolders.create(jdbc, commune, 1, 50_000, 50);
        source.seedReferenceData(LocalDate.of(2025, 1, 1));
        jdbc.sql("vacuum analyze").update();
        ClaimGenerator generator = source.generator(2024, 50_000, 0.05, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        int files = GenerateClaimsCommand.write(generator, n, folder);
        double generateSeconds = seconds(start);
        long bytes;
        long present;
        try (var list = Files.list(folder)) {
            long[] sizes = list.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).toArray();
            bytes = java.util.Arrays.stream(sizes).sum();
            present = sizes.length;
        }
        // The same seed rewrites the same files, so a folder may be reused; but files left by a larger N would be read
        // too and falsify every figure.
        if (present != files) {
            throw new IllegalStateException(folder + " holds " + present + " files, not the " + files
                    + " just generated: empty it or give another --ansinh.benchmark.claims.folder");
        }

        // (a) The limit: the same files read from disk and parsed into records, on all cores, nothing stored.
        ClaimXmlReader reader = new ClaimXmlReader(receiving.limits());
        AtomicLong parsed = new AtomicLong();
        LocalDate today = LocalDate.now();
        CpuTime cpu = CpuTime.now(jdbc);
        start = System.nanoTime();
        ClaimArchives.readFolder(folder, receiving.limits(), chunk -> chunk.parallelStream().forEach(file -> {
            try {
                ClaimMapping.toClaim(reader.read(file.content()), today);
                parsed.incrementAndGet();
            } catch (IntakeRefusal e) {
                throw new IllegalStateException(e);
            }
        }));
        double parseSeconds = seconds(start);
        CpuTime parseCpus = CpuTime.now(jdbc).since(cpu);
        double parseCpu = parseCpus.totalSeconds();

        // (b) Intake and appraisal: parse, validate, keep the raw file, store claims, lines and issues, answer each
        // file, then appraise the chunk's stored claims.
        long[] codes = new long[4];
        java.util.function.Consumer<List<ClaimReceipt>> count = receipts -> {
            for (ClaimReceipt receipt : receipts) {
                codes[switch (receipt.code()) {
                    case ClaimReceipt.ACCEPTED -> 0;
                    case ClaimReceipt.INVALID -> 1;
                    case ClaimReceipt.DUPLICATE -> 2;
                    default -> 3;
                }]++;
            }
        };
        boolean sequential = "sequential".equals(environment.getProperty("ansinh.benchmark.claims.mode"));
        cpu = CpuTime.now(jdbc);
        start = System.nanoTime();
        if (sequential) {
            // As before the pipeline: each chunk received, then the stored claims read back and appraised.
            ClaimArchives.readFolder(folder, receiving.limits(), chunk -> {
                count.accept(receiving.receive(chunk, null, "benchmark"));
                add(appraising.appraiseReceived());
            });
        } else {
            try (ReceivingClaims.Pipeline pipeline = receiving.pipeline(null, "benchmark",
                    stored -> add(appraising.appraiseStored(stored)), count)) {
                ClaimArchives.readFolder(folder, receiving.limits(), pipeline::accept);
            }
        }
        double intakeSeconds = seconds(start);
        CpuTime intakeCpus = CpuTime.now(jdbc).since(cpu);
        double intakeCpu = intakeCpus.totalSeconds();
        long lines = jdbc.sql("select count(*) from claim_line").query(Long.class).single();

        double parseRate = parsed.get() / parseSeconds;
        double intakeRate = files / intakeSeconds;
        System.out.printf("""

                === Claim intake benchmark (Java %s, PostgreSQL %s, %d cores) ===
                claims generated               %,d files, %,d MB, %,d lines stored (generation and set-up %.1f s)
                (a) parse only (the limit)     %,d claims in %.2f s = %,.0f claims/s
                                               CPU %.1f s (Java %.1f + database %.1f) = %,.0f claims per CPU-second
                (b) intake and appraisal       %,d claims in %.2f s = %,.0f claims/s (%s)
                    (parse, validate, keep     CPU %.1f s (Java %.1f + database %.1f) = %,.0f claims per CPU-second
                    raw, COPY, receipts,       accepted %,d, invalid %,d, duplicate %,d, refused %,d
                    appraise)                  appraisal outcomes %s
                                               appraisal wall ms by phase %s
                end to end / parse             %.2f (wall), %.2f (CPU)   (goal: no slower than twice parsing, >= 0.50)
                on %d dedicated cores          about %,.0f claims/s parse, %,.0f claims/s end to end (CPU rate x cores)
                goal                           10,000 claims/s end to end, appraisal included
                %s
                """, Runtime.version(), jdbc.sql("show server_version").query(String.class).single(),
                Runtime.getRuntime().availableProcessors(), files, bytes >> 20, lines, generateSeconds, parsed.get(),
                parseSeconds, parseRate, parseCpu, parseCpus.javaSeconds(), parseCpus.databaseSeconds(), parsed.get() / parseCpu, files,
                intakeSeconds, intakeRate, sequential ? "sequential: receive, then read back and appraise"
                        : "pipeline: read chunk n+1 while chunk n is stored and appraised in memory", intakeCpu, intakeCpus.javaSeconds(), intakeCpus.databaseSeconds(), files / intakeCpu, codes[0], codes[1], codes[2], codes[3], outcomes, appraisalMillis, intakeRate / parseRate,
                (files / intakeCpu) / (parsed.get() / parseCpu), Runtime.getRuntime().availableProcessors(),
                parsed.get() / parseCpu * Runtime.getRuntime().availableProcessors(),
                files / intakeCpu * Runtime.getRuntime().availableProcessors(),
                detection(GenerateClaimsCommand.manifest(folder)));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private void add(vn.ansinh.claim.appraisal.AppraisalRun run) {
        run.outcomes().forEach((status, n) -> outcomes.merge(status, n, Integer::sum));
        run.phaseMillis().forEach((phase, millis) -> appraisalMillis.merge(phase, millis, Long::sum));
    }

    /**
     * Found against injected, kind by kind, from the generator's manifest: an intake kind is found when the claim
     * carries its validation code, an appraisal kind when its rule fired on the claim; claims with nothing injected
     * that did not come out ACCEPTED are false alarms.
     */
    private String detection(Path manifest) throws java.io.IOException {
        List<String[]> rows = Files.readAllLines(manifest).stream().skip(1).map(line -> line.split(",", -1)).toList();
        String[] facilities = rows.stream().map(r -> r[1]).toArray(String[]::new);
        String[] keys = rows.stream().map(r -> r[2]).toArray(String[]::new);
        String[] kinds = rows.stream().map(r -> r[3]).toArray(String[]::new);
        String[] expected = rows.stream().map(r -> {
            InjectedError kind = InjectedError.valueOf(r[3]);
            return kind.intakeCode() != null ? kind.intakeCode() : kind.appraisalRule();
        }).toArray(String[]::new);
        StringBuilder report = new StringBuilder("error detection (found / injected, by kind):");
        jdbc.sql("""
                        select m.kind, count(*) as injected,
                               count(*) filter (where exists (select 1 from claim_issue i where i.claim_id = c.id
                                                                and i.code = m.expected)
                                                   or exists (select 1 from claim_deduction d where d.claim_id = c.id
                                                                and d.rule_code = m.expected)) as found,
                               count(*) filter (where m.expected is null and c.status <> 'ACCEPTED') as false_alarms
                        from unnest(cast(:facilities as text[]), cast(:keys as text[]), cast(:kinds as text[]),
                                    cast(:expected as text[])) as m (facility, key, kind, expected)
                             left join claim c on c.facility_code = m.facility and c.encounter_key = m.key and c.current
                        group by m.kind order by m.kind""")
                .param("facilities", facilities).param("keys", keys).param("kinds", kinds).param("expected", expected)
                .query(rs -> {
                    report.append(String.format("%n  %-28s %,7d / %,7d", rs.getString("kind"),
                            "NONE".equals(rs.getString("kind")) ? rs.getLong("injected") - rs.getLong("false_alarms")
                                    : rs.getLong("found"), rs.getLong("injected")));
                    if ("NONE".equals(rs.getString("kind"))) {
                        report.append(String.format("   (%,d claims without an injected error not ACCEPTED)",
                                rs.getLong("false_alarms")));
                    }
                });
        report.append("\n  rules that fired on claims without an injected error:");
        jdbc.sql("""
                        select d.rule_code, count(distinct d.claim_id) as claims
                        from unnest(cast(:facilities as text[]), cast(:keys as text[]), cast(:kinds as text[]))
                                 as m (facility, key, kind)
                             join claim c on c.facility_code = m.facility and c.encounter_key = m.key and c.current
                             join claim_deduction d on d.claim_id = c.id
                        where m.kind = 'NONE' group by d.rule_code order by 2 desc""")
                .param("facilities", facilities).param("keys", keys).param("kinds", kinds)
                .query(rs -> {
                    report.append(String.format(" %s %,d;", rs.getString(1), rs.getLong(2)));
                });
        return report.toString();
    }

    private long setUpArea() {
        long province = jdbc.sql("""
                insert into area (code, level, name, path, valid_from)
                values ('C99', 'PROVINCE', 'Claims benchmark', '/C99/', date '2008-01-01') returning id""")
                .query(Long.class).single();
        return jdbc.sql("""
                insert into area (code, level, name, parent_id, path, wage_region, valid_from)
                values ('C99C', 'COMMUNE', 'Claims benchmark commune', :province, '/C99/C99C/', 1, date '2008-01-01')
                returning id""").param("province", province).query(Long.class).single();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
