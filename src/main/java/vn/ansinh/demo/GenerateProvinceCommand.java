package vn.ansinh.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Generates and loads a province of any size, e.g. one the size of Nghe An (3.1 million people), and prints rows per
 * second per table and overall, the elapsed time and the peak memory. Runs instead of the web application:
 * <pre>
 * mvn -B -o -q package -DskipTests
 * ANSINH_DATA_DIR=/tmp/ansinh-nghean java -Xmx1g -jar target/ansinh.jar --spring.main.web-application-type=none \
 *     --ansinh.generate.people=3100000 --ansinh.generate.province=40 --ansinh.generate.seed=2024
 * </pre>
 * Options: {@code ansinh.generate.name} (default: the real name for codes 40 and 42), {@code ansinh.generate.dry-run}
 * (generate only, to measure the generator alone; only the pay scales are read from the database),
 * {@code ansinh.generate.rebuild-name-index} (drop the trigram index on person names during the load and build it at
 * the end). A province loaded before is not loaded again. Without
 * {@code ANSINH_DATA_DIR} it loads into the application's own database (./data). The command exits when done.
 * <p>
 * Measured on the 2-core build machine for 3,100,000 people: about 15.0 million rows in 255-282 s (53,000-59,000
 * rows/s), peak heap 0.3-0.47 GB under -Xmx1g (generation alone runs in a 256 MB heap), process peak RSS 0.48-0.68 GB.
 * PostgreSQL's COPY into {@code person} (six indexes, one of them the trigram index) and {@code participation}
 * (9.2 million rows) take most of the time; the generator needs about 22 s of the other core. Rebuilding the name index saved about 7 % (263 s against 282 s) but
 * locks the person table for the whole load, so it is off by default.
 */
@Component
@ConditionalOnProperty(GenerateProvinceCommand.PEOPLE)
class GenerateProvinceCommand implements ApplicationRunner {

    static final String PEOPLE = "ansinh.generate.people";
    private static final Logger log = LoggerFactory.getLogger(GenerateProvinceCommand.class);

    private final DemoProvinces provinces;
    private final Environment environment;
    private final ApplicationContext context;

    GenerateProvinceCommand(DemoProvinces provinces, Environment environment, ApplicationContext context) {
        this.provinces = provinces;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int people = environment.getRequiredProperty(PEOPLE, Integer.class);
        String code = environment.getProperty("ansinh.generate.province", "40");
        long seed = environment.getProperty("ansinh.generate.seed", Long.class, 2024L);
        ProvinceSpec known = ProvinceSpec.of(seed, code, people);
        ProvinceSpec spec = new ProvinceSpec(seed, code, environment.getProperty("ansinh.generate.name",
                known.provinceName()), people);
        boolean dryRun = environment.getProperty("ansinh.generate.dry-run", Boolean.class, false);
        boolean rebuild = environment.getProperty("ansinh.generate.rebuild-name-index", Boolean.class, false);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        log.info("Generating province {} ({}): {} people, {} districts, {} communes, seed {}{}", code,
                spec.provinceName(), String.format(Locale.ROOT, "%,d", people), spec.districts(), spec.communes(), seed,
                dryRun ? " (dry run: nothing loaded)" : rebuild ? " (rebuilding the name index at the end)" : "");
        long start = System.nanoTime();
        String figures;
        if (dryRun) {
            figures = dryRun(spec);
        } else {
            LoadReport report = provinces.load(spec, DemoProvinces.Options.DEFAULT.withRebuildNameIndex(rebuild));
            figures = report.outcome() == LoadReport.Outcome.ALREADY_LOADED
                    ? "Province " + code + " was loaded before; nothing done." : report.describe() + "\n" + report.coverage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Province {} done in {} s\n{}\n{}", code, String.format(Locale.ROOT, "%.1f", seconds), figures,
                memory());
        // A command ends when its work is done: the scheduler threads of the context would keep the JVM alive.
        System.exit(SpringApplication.exit(context));
    }

    private String dryRun(ProvinceSpec spec) throws Exception {
        long[] rows = new long[Table.values().length];
        long start = System.nanoTime();
        GenerationSummary summary = provinces.generator(spec).generate(IdBases.ONE, chunk -> {
            chunk.encode();
            for (Table table : Table.values()) {
                rows[table.ordinal()] += chunk.count(table);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (Table table : Table.values()) {
            text.append(String.format(Locale.ROOT, "%-16s %,12d%n", table.tableName(), rows[table.ordinal()]));
            total += rows[table.ordinal()];
        }
        text.append(String.format(Locale.ROOT, "generated %,d rows in %.1f s: %,.0f rows/s%n%s", total, seconds,
                total / seconds, summary));
        return text.toString();
    }

    /** Peak heap (sum of the heap pools' peaks since the start of the run) and the process's peak resident memory. */
    static String memory() {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return String.format(Locale.ROOT, "peak heap used %,d MB (max heap %,d MB); process %s, %s",
                heapPeak >> 20, heapMax >> 20, status("VmHWM"), status("VmRSS"));
    }

    private static String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse(field + ": n/a");
        } catch (IOException e) {
            return field + ": n/a";
        }
    }
}
