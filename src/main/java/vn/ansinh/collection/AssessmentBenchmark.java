package vn.ansinh.collection;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.CpuTime;

/**
 * Benchmark of the monthly assessment against the limit of the machine: assessing N employees for a month, compared
 * in the same run with a plain {@code COPY} of N rows into a table shaped like {@code contribution}.
 * <p>
 * Run it on a fresh embedded database (the {@code benchmark} profile) with JDK 25:
 * <pre>
 * JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -q spring-boot:run -Dspring-boot.run.profiles=benchmark \
 *     -Dspring-boot.run.arguments=--ansinh.benchmark.assessment.employees=1000000
 * </pre>
 * It prints employee-months per second, COPY rows per second, their ratio, and the time a national month (20 M
 * employees) would take at this rate. The data are synthetic and deterministic (seed 2024).
 */
@Component
@ConditionalOnProperty("ansinh.benchmark.assessment.employees")
class AssessmentBenchmark implements ApplicationRunner {

    private static final YearMonth MONTH = YearMonth.of(2024, 8);
    private static final int EMPLOYEES_PER_EMPLOYER = 20;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AssessingContributions assessing;
    private final org.springframework.core.env.Environment env;
    private final ApplicationContext context;

    AssessmentBenchmark(JdbcClient jdbc, DataSource dataSource, AssessingContributions assessing,
                        org.springframework.core.env.Environment env, ApplicationContext context) {
        this.context = context;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.assessing = assessing;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int n = env.getRequiredProperty("ansinh.benchmark.assessment.employees", Integer.class);
        long setupStart = System.nanoTime();
        long firstPerson = setUp(n);
        double setupSeconds = seconds(setupStart);
        // A steady state: tables loaded long before a month-end run have been vacuumed and analysed.
        jdbc.sql("vacuum analyze").update();

        CpuTime cpu = CpuTime.now(jdbc);
        long start = System.nanoTime();
        AssessmentRun run = assessing.assess(MONTH);
        double assessSeconds = seconds(start);
        CpuTime assessCpu = CpuTime.now(jdbc).since(cpu);

        start = System.nanoTime();
        AssessmentRun rerun = assessing.assess(MONTH);
        double rerunSeconds = seconds(start);

        cpu = CpuTime.now(jdbc);
        double copySeconds = plainCopy(n, firstPerson);
        CpuTime copyCpu = CpuTime.now(jdbc).since(cpu);

        double assessRate = run.rowsAdded() / assessSeconds;
        double copyRate = n / copySeconds;
        String report = """

                === Assessment benchmark (%s, Java %s, PostgreSQL %s) ===
                employees                      %,d (in %,d employers; set-up %.1f s)
                assessment                     %,d employee-months in %.2f s = %,.0f employee-months/s (%d journals)
                re-run, nothing changed        %,d rows added in %.2f s
                plain COPY, same row count     %,d rows in %.2f s = %,.0f rows/s
                assessment / COPY              %.2f (goal >= 0.50)
                national month, 20,000,000     %.0f s at this rate (goal < 120 s)
                CPU, assessment                %.1f s (Java %.1f + database %.1f) = %.1f µs per employee-month
                CPU, COPY                      %.1f s (Java %.1f + database %.1f) = %.1f µs per row
                load average                   %s
                server                         shared_buffers %s, wal_buffers %s, max_wal_size %s, chunks %s
                """.formatted(MONTH, Runtime.version(), jdbc.sql("show server_version").query(String.class).single(),
                n, n / EMPLOYEES_PER_EMPLOYER, setupSeconds, run.rowsAdded(), assessSeconds, assessRate, run.journals(),
                rerun.rowsAdded(), rerunSeconds, n, copySeconds, copyRate, assessRate / copyRate,
                20_000_000 / assessRate, assessCpu.totalSeconds(), assessCpu.javaSeconds(),
                assessCpu.databaseSeconds(), assessCpu.totalSeconds() * 1e6 / run.rowsAdded(), copyCpu.totalSeconds(),
                copyCpu.javaSeconds(), copyCpu.databaseSeconds(), copyCpu.totalSeconds() * 1e6 / n, loadAverage(),
                setting("shared_buffers"), setting("wal_buffers"), setting("max_wal_size"),
                env.getProperty("ansinh.collection.assessment.chunks", "2"));
        System.out.println(report);
        // A command, not a server: stop (closing the embedded database) instead of idling.
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    /** Employers, people, employments and salaries for n employees, loaded with COPY; returns the first person id. */
    private long setUp(int n) throws SQLException, IOException {
        long province = jdbc.sql("""
                insert into area (code, level, name, path, valid_from)
                values ('B99', 'PROVINCE', 'Benchmark', '/B99/', date '2008-01-01') returning id""")
                .query(Long.class).single();
        long commune = jdbc.sql("""
                insert into area (code, level, name, parent_id, path, wage_region, valid_from)
                values ('B99C', 'COMMUNE', 'Benchmark commune', :province, '/B99/B99C/', 1, date '2008-01-01')
                returning id""").param("province", province).query(Long.class).single();
        long base = jdbc.sql("select coalesce(max(id), 0) + 1 from person").query(Long.class).single();
        int employers = n / EMPLOYEES_PER_EMPLOYER;
        SplittableRandom random = new SplittableRandom(2024);
        copy("employer (id, unit_code, tax_code, name, name_search, commune_id, wage_region, ownership, sector, size_class, "
                + "reduced_accident_rate, registered_on)", employers, i -> (base + i) + "\tBM" + String.format("%08d", i)
                + "\t" + String.format("9%09d", i) + "\tCông ty " + i + "\tcong ty " + i + "\t" + commune + "\t"
                + (1 + i % 4) + "\tPRIVATE\tMANUFACTURING\tSMALL\t" + (i % 10 == 0 ? "t" : "f") + "\t2016-01-01\n");
        copy("person (id, cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)", n,
                i -> (base + i) + "\t" + String.format("0420%08d", i) + "\t" + String.format("99%08d", i)
                        + "\tNguyễn Văn " + i + "\tnguyen van " + i + "\t1990-01-01\tM\t" + commune + "\n");
        copy("employment (id, employer_id, person_id, start_date, worker_type)", n,
                i -> (base + i) + "\t" + (base + i / EMPLOYEES_PER_EMPLOYER) + "\t" + (base + i) + "\t2020-01-01\t"
                        + (i % 50 == 0 ? "FOREIGN" : "VIETNAMESE") + "\n");
        copy("salary (employment_id, valid_from, amount)", n,
                i -> (base + i) + "\t2020-01-01\t" + (5_000_000 + random.nextLong(25_000_000) / 1000 * 1000) + "\n");
        for (String table : new String[] {"employer", "person", "employment"}) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))")
                    .query().singleRow();
        }
        return base;
    }

    /** The limit: COPY of n contribution-shaped rows into an identical table with the same indexes. */
    private double plainCopy(int n, long firstPerson) throws SQLException, IOException {
        jdbc.sql("create table contribution_copy_probe (like contribution including all)").update();
        long runId = jdbc.sql("select max(id) from assessment_run").query(Long.class).single();
        long start = System.nanoTime();
        copy("contribution_copy_probe (month, employment_id, person_id, employer_id, run_id, kind, salary, si_base, "
                + "ui_base, retirement_er, retirement_ee, sickness_er, accident_er, unemployment_er, unemployment_ee, "
                + "health_er, health_ee)", n, i -> "2024-08-01\t" + (firstPerson + i) + "\t" + (firstPerson + i) + "\t"
                + (firstPerson + i / EMPLOYEES_PER_EMPLOYER) + "\t" + runId
                + "\tR\t10000000\t10000000\t10000000\t1400000\t800000\t300000\t50000\t100000\t100000\t300000\t150000\n");
        double elapsed = seconds(start);
        jdbc.sql("drop table contribution_copy_probe").update();
        return elapsed;
    }

    private void copy(String target, int rows, LongFunction<String> line) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new LineReader(rows, line));
            connection.commit();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Streams generated lines to COPY without holding them in memory. */
    private static final class LineReader extends Reader {
        private final int rows;
        private final LongFunction<String> line;
        private int next;
        private String current = "";
        private int offset;

        LineReader(int rows, LongFunction<String> line) {
            this.rows = rows;
            this.line = line;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            int written = 0;
            while (written < len) {
                if (offset == current.length()) {
                    if (next == rows) {
                        return written == 0 ? -1 : written;
                    }
                    current = line.apply(next++);
                    offset = 0;
                }
                int chunk = Math.min(len - written, current.length() - offset);
                current.getChars(offset, offset + chunk, buffer, off + written);
                offset += chunk;
                written += chunk;
            }
            return written;
        }

        @Override
        public void close() {
        }
    }
}
