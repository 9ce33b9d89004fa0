package vn.ansinh.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    ClaimIntakeBenchmark(JdbcClient jdbc, ClaimGeneratorSource source, ReceivingClaims receiving,
                         Environment environment, ApplicationContext context) {
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
        jdbc.sql("vacuum analyze").update();
        ClaimGenerator generator = source.generator(2024, 50_000, 0.05, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        int files = GenerateClaimsCommand.write(generator, n, folder);
        double generateSeconds = seconds(start);
        long bytes;
        try (var list = Files.list(folder)) {
            bytes = list.mapToLong(p -> p.toFile().length()).sum();
        }

        // (a) The limit: the same files read from disk and parsed into records, on all cores, nothing stored.
        ClaimXmlReader reader = new ClaimXmlReader(receiving.limits());
        AtomicLong parsed = new AtomicLong();
        LocalDate today = LocalDate.now();
        double[] cpu = cpuSeconds();
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
        double[] parseCpus = minus(cpuSeconds(), cpu);
        double parseCpu = parseCpus[0] + parseCpus[1];

        // (b) Intake: parse, validate, keep the raw file, store claims, lines and issues, answer each file.
        long[] codes = new long[4];
        cpu = cpuSeconds();
        start = System.nanoTime();
        ClaimArchives.readFolder(folder, receiving.limits(), chunk -> {
            List<ClaimReceipt> receipts = receiving.receive(chunk, null, "benchmark");
            for (ClaimReceipt receipt : receipts) {
                codes[switch (receipt.code()) {
                    case ClaimReceipt.ACCEPTED -> 0;
                    case ClaimReceipt.INVALID -> 1;
                    case ClaimReceipt.DUPLICATE -> 2;
                    default -> 3;
                }]++;
            }
            appraise(receipts);
        });
        double intakeSeconds = seconds(start);
        double[] intakeCpus = minus(cpuSeconds(), cpu);
        double intakeCpu = intakeCpus[0] + intakeCpus[1];
        long lines = jdbc.sql("select count(*) from claim_line").query(Long.class).single();

        double parseRate = parsed.get() / parseSeconds;
        double intakeRate = files / intakeSeconds;
        System.out.printf("""

                === Claim intake benchmark (Java %s, PostgreSQL %s, %d cores) ===
                claims generated               %,d files, %,d MB, %,d lines stored (generation and set-up %.1f s)
                (a) parse only (the limit)     %,d claims in %.2f s = %,.0f claims/s
                                               CPU %.1f s (Java %.1f + database %.1f) = %,.0f claims per CPU-second
                (b) intake (parse, validate,   %,d claims in %.2f s = %,.0f claims/s
                    keep raw, COPY, receipts)  CPU %.1f s (Java %.1f + database %.1f) = %,.0f claims per CPU-second
                                               accepted %,d, invalid %,d, duplicate %,d, refused %,d
                intake / parse                 %.2f (wall), %.2f (CPU)
                on %d dedicated cores          about %,.0f claims/s parse, %,.0f claims/s intake (CPU rate x cores)
                goal                           10,000 claims/s end to end, appraisal included
                """, Runtime.version(), jdbc.sql("show server_version").query(String.class).single(),
                Runtime.getRuntime().availableProcessors(), files, bytes >> 20, lines, generateSeconds, parsed.get(),
                parseSeconds, parseRate, parseCpu, parseCpus[0], parseCpus[1], parsed.get() / parseCpu, files,
                intakeSeconds, intakeRate, intakeCpu, intakeCpus[0], intakeCpus[1], files / intakeCpu, codes[0], codes[1], codes[2], codes[3], intakeRate / parseRate,
                (files / intakeCpu) / (parsed.get() / parseCpu), Runtime.getRuntime().availableProcessors(),
                parsed.get() / parseCpu * Runtime.getRuntime().availableProcessors(),
                files / intakeCpu * Runtime.getRuntime().availableProcessors());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /**
     * Where appraisal joins the run: the lead adds the automatic appraisal of the stored claims here (claims-ap
     * branch), so that (b) measures intake and appraisal together.
     */
    void appraise(List<ClaimReceipt> receipts) {
        // intentionally empty until the appraisal module is merged
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

    /**
     * CPU used so far by this JVM and by the database server (the postmaster, the children it reaped and its live
     * backends): on a machine shared with other work, CPU time says more than wall time.
     */
    private double[] cpuSeconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double seconds = 0;
        try {
            String dataDirectory = jdbc.sql("show data_directory").query(String.class).single();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                    seconds += serverCpu(process, postmaster);
                }
            }
        } catch (java.io.IOException | RuntimeException unavailable) {
            // an external database: its CPU is not ours to read
        }
        return new double[] {jvm, seconds};
    }

    /** utime + stime (+ cutime + cstime for the postmaster) from /proc/pid/stat, at 100 ticks a second. */
    private static double serverCpu(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long parent = Long.parseLong(fields[1]);
            if (pid != postmaster && parent != postmaster) {
                return 0;
            }
            double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (pid == postmaster) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / 100.0;
        } catch (java.io.IOException | RuntimeException gone) {
            return 0; // a process that ended between listing and reading
        }
    }

    private static double[] minus(double[] after, double[] before) {
        return new double[] {after[0] - before[0], after[1] - before[1]};
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
