package vn.ansinh.card;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;

/**
 * The first half of the look-up benchmark ({@code bench/card-lookup.sh} runs both halves): on a generated province it
 * gives every commune a primary-care facility where it has none (the generator makes no facilities), runs the issuing
 * run for the date (once: a finished run of that date is not repeated), prints what it did, its time and the peak
 * heap, writes the look-ups for {@code wrk} (random real card holders and about 5 % unknown CCCDs, as request paths)
 * and a facility token, and then measures the limit: the same look-up query sent straight through JDBC from
 * {@code threads} threads, printing look-ups per second and latency percentiles.
 */
@Component
@ConditionalOnProperty(CardLookupBenchmark.OUT)
class CardLookupBenchmark implements ApplicationRunner {

    static final String OUT = "ansinh.benchmark.card-lookup.out";

    private record Sample(String cccd, String name, LocalDate dateOfBirth) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IssuingCards issuing;
    private final LookingUpCards lookingUp;
    private final ApiTokens tokens;
    private final Environment env;
    private final ApplicationContext context;

    CardLookupBenchmark(JdbcClient jdbc, DataSource dataSource, IssuingCards issuing, LookingUpCards lookingUp,
                        ApiTokens tokens, Environment env, ApplicationContext context) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.issuing = issuing;
        this.lookingUp = lookingUp;
        this.tokens = tokens;
        this.env = env;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path out = Path.of(env.getRequiredProperty(OUT));
        LocalDate on = LocalDate.parse(env.getProperty("ansinh.benchmark.card-lookup.on", "2025-01-02"));
        int sampleSize = env.getProperty("ansinh.benchmark.card-lookup.sample", Integer.class, 200_000);
        int threads = env.getProperty("ansinh.benchmark.card-lookup.threads", Integer.class, 4);
        int seconds = env.getProperty("ansinh.benchmark.card-lookup.seconds", Integer.class, 30);
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%n=== Card look-up benchmark, part 1 (Java %s, %s, %d CPUs, load average %.2f) ===%n",
                Runtime.version(), jdbc.sql("select version()").query(String.class).single().split(",")[0],
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append(String.format(Locale.ROOT, "people                  %,d%n",
                jdbc.sql("select count(*) from person").query(Long.class).single()));

        int facilities = jdbc.sql("""
                        insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                        select lpad(cast(coalesce((select max(cast(code as integer)) from health_facility), 0)
                                         + row_number() over (order by a.id) as text), 5, '0'),
                               'Trạm y tế ' || a.name, 'tram y te', 'COMMUNE', a.id, date '2015-01-01'
                        from area a
                        where a.level = 'COMMUNE'
                          and not exists (select 1 from health_facility f where f.commune_id = a.id and f.primary_care)""")
                .update();
        report.append(String.format(Locale.ROOT, "facilities added        %,d (one per commune without one)%n", facilities));

        boolean done = jdbc.sql("select exists (select 1 from hi_card_issue_run where run_on = :on and finished_at is not null)")
                .param("on", on).query(Boolean.class).single();
        if (done && !env.getProperty("ansinh.benchmark.card-lookup.reissue", Boolean.class, false)) {
            report.append("issuing run of ").append(on).append("  already done: not repeated\n");
        } else {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            CardIssueRun run = issuing.issue(on);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            report.append(String.format(Locale.ROOT,
                    "issuing run of %s   %,d issued, %,d extended, %,d reissued, %,d held back for arrears in %.1f s "
                            + "(%,.0f cards/s), peak heap %,d MB of %,d MB%n",
                    on, run.issued(), run.extended(), run.reissued(), run.heldBackForArrears(), elapsed,
                    (run.issued() + run.extended() + run.reissued()) / elapsed, peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            jdbc.sql("analyze hi_card").update();
            jdbc.sql("analyze hi_card_facility").update();
        }
        report.append(String.format(Locale.ROOT, "cards                   %,d%n",
                jdbc.sql("select count(*) from hi_card").query(Long.class).single()));

        List<Sample> samples = samples(sampleSize);
        writeRequests(out, samples, on);
        Files.writeString(out.resolve("token"), tokens.issue("Card look-up benchmark", ApiClient.Kind.FACILITY,
                jdbc.sql("select min(code) from health_facility").query(String.class).single(), null));
        report.append(String.format(Locale.ROOT, "look-ups written        %,d to %s (%,d unknown CCCDs)%n",
                samples.size(), out.resolve("lookups.txt"), samples.stream().filter(s -> s.name() == null).count()));
        report.append("result codes (first 2,000 through LookingUpCards): ").append(codes(samples, on)).append('\n');

        report.append(limit(samples, on, threads, seconds));
        System.out.println(report);
        Files.writeString(out.resolve("part1.txt"), report);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Random card holders (deterministic: seeded) and about one in twenty CCCDs that no one has. */
    private List<Sample> samples(int size) {
        List<Sample> known = jdbc.sql("""
                        select p.cccd, p.full_name, p.date_of_birth from hi_card c join person p on p.id = c.person_id
                        order by md5(cast(c.id as text)) limit :size""")
                .param("size", size * 95 / 100)
                .query((rs, i) -> new Sample(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        List<Sample> all = new ArrayList<>(known);
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = known.size(); i < size; i++) {
            // Province code 999 does not exist, so no one has these.
            all.add(new Sample(String.format("999%09d", random.nextInt(1_000_000_000)), null, null));
        }
        java.util.Collections.shuffle(all, new java.util.Random(2024));
        return all;
    }

    private static void writeRequests(Path out, List<Sample> samples, LocalDate on) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Sample s : samples) {
            String name = s.name() == null ? "Nguyen Van A" : s.name();
            LocalDate dob = s.dateOfBirth() == null ? LocalDate.of(1980, 1, 1) : s.dateOfBirth();
            lines.append("/api/v1/cards/lookup?id=").append(s.cccd())
                    .append("&name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append("&dob=").append(dob).append("&on=").append(on).append('\n');
        }
        Files.writeString(out.resolve("lookups.txt"), lines);
    }

    private String codes(List<Sample> samples, LocalDate on) {
        Map<String, Integer> counts = new TreeMap<>();
        samples.stream().limit(2_000).forEach(s -> counts.merge(lookingUp.lookUp(s.cccd(),
                s.name() == null ? "Nguyen Van A" : s.name(),
                s.dateOfBirth() == null ? LocalDate.of(1980, 1, 1) : s.dateOfBirth(), on).code(), 1, Integer::sum));
        return counts.toString();
    }

    /** The same query the look-up sends, through plain JDBC from several threads: what the database alone allows. */
    private String limit(List<Sample> samples, LocalDate on, int threads, int seconds) throws Exception {
        String sql = LookingUpCards.SELECT.replace(":on", "?").replace(":yearStart", "?") + "where p.cccd = ?";
        // Placeholders in the order they appear in the query text.
        List<String> order = new ArrayList<>();
        var m = java.util.regex.Pattern.compile(":on|:yearStart").matcher(LookingUpCards.SELECT);
        while (m.find()) {
            order.add(m.group());
        }
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        AtomicLong found = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int[] counts = new int[threads];
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[4_000_000];
            perThread.add(latencies);
            int index = t;
            Thread worker = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(index);
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                    int n = 0;
                    while (true) {
                        long start = System.nanoTime();
                        if (start > end) {
                            break;
                        }
                        Sample s = samples.get(random.nextInt(samples.size()));
                        int p = 1;
                        for (String name : order) {
                            ps.setObject(p++, name.equals(":on") ? on : on.withDayOfYear(1));
                        }
                        ps.setString(p, s.cccd());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next() && start > warmUpEnd) {
                                found.incrementAndGet();
                            }
                        }
                        long now = System.nanoTime();
                        if (start > warmUpEnd && n < latencies.length) {
                            latencies[n++] = now - start;
                        }
                    }
                    counts[index] = n;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return String.format(Locale.ROOT,
                "JDBC limit (same query, %d threads, %d s after 5 s warm-up): %,.0f look-ups/s, p50 %.2f ms, "
                        + "p99 %.2f ms, p99.9 %.2f ms (%,d look-ups, %,d found a card, load average now %.2f)%n",
                threads, seconds, total / (double) seconds, ms(all, 0.50), ms(all, 0.99), ms(all, 0.999), total,
                found.get(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
