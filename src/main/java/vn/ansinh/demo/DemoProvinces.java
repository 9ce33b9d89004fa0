package vn.ansinh.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.employer.SizeClassLimits;
import vn.ansinh.parameter.Parameters;

/**
 * Loads generated provinces, once each. A load is one transaction: the rows are streamed with COPY and the
 * {@code demo_load} row that marks the province complete is written in the same transaction, so a crash leaves
 * nothing behind. A province found without that row (a partial load by other means, or one whose mark was removed)
 * is deleted in a transaction of its own and loaded again; a province with it is left alone.
 */
@Service
public class DemoProvinces {

    private static final Logger log = LoggerFactory.getLogger(DemoProvinces.class);
    /** Namespace of the advisory lock that keeps two loads of one province from running at once. */
    private static final int LOCK_NAMESPACE = 7_426;
    private static final String NAME_INDEX = "person_name_search_idx";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Parameters parameters;

    DemoProvinces(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                  Parameters parameters) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.parameters = parameters;
    }

    public boolean isLoaded(String provinceCode) {
        return jdbc.sql("select exists (select 1 from demo_load where province_code = :code)")
                .param("code", provinceCode).query(Boolean.class).single();
    }

    /**
     * The generator of a province, with the reference parameters as recorded now: pay scales over the whole history,
     * size-class limits as they stand at the data end (the size class an employer row carries is its current one).
     */
    SyntheticProvince generator(ProvinceSpec spec) {
        return new SyntheticProvince(spec, PayScales.from(parameters),
                SizeClassLimits.inForce(parameters, LocalDate.ofEpochDay(Timeline.DATA_END)));
    }

    /** Generates and loads the province unless it is loaded already. */
    public LoadReport load(ProvinceSpec spec) {
        return load(spec, Options.DEFAULT);
    }

    /**
     * @param beforeCommit runs inside the load's transaction after the rows are in (the demo's accounts)
     * @param progress     told after each chunk; an exception from it aborts the load (tests)
     * @param rebuildNameIndex drop the trigram index on person names during the load and build it once at the end
     */
    record Options(Runnable beforeCommit, CopyPipeline.Progress progress, boolean rebuildNameIndex) {
        static final Options DEFAULT = new Options(() -> {
        }, (people, rows) -> {
        }, false);

        Options withBeforeCommit(Runnable action) {
            return new Options(action, progress, rebuildNameIndex);
        }

        Options withProgress(CopyPipeline.Progress listener) {
            return new Options(beforeCommit, listener, rebuildNameIndex);
        }

        Options withRebuildNameIndex(boolean rebuild) {
            return new Options(beforeCommit, progress, rebuild);
        }
    }

    LoadReport load(ProvinceSpec spec, Options options) {
        if (isLoaded(spec.provinceCode())) {
            log.info("Province {} ({}) is loaded already; nothing to do.", spec.provinceCode(), spec.provinceName());
            return skipped(spec);
        }
        transaction.executeWithoutResult(status -> {
            lock(spec);
            if (!isLoaded(spec.provinceCode())) {
                removePartialLoad(spec.provinceCode());
            }
        });
        long start = System.nanoTime();
        LoadReport report = transaction.execute(status -> {
            try {
                return loadInTransaction(spec, options, start);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Loading province " + spec.provinceCode() + " failed: " + e.getMessage(), e);
            }
        });
        if (report.outcome() == LoadReport.Outcome.LOADED) {
            report = new LoadReport(report.provinceCode(), report.name(), report.seed(), report.people(),
                    report.outcome(), report.tables(), (System.nanoTime() - start) / 1e9, report.coverage());
            log.info("Loaded province {} ({}): {} rows in {} s, {} rows/s; {}", spec.provinceCode(), spec.provinceName(),
                    String.format(Locale.ROOT, "%,d", report.rows()), String.format(Locale.ROOT, "%.1f", report.seconds()),
                    String.format(Locale.ROOT, "%,.0f", report.rowsPerSecond()), report.coverage());
        }
        return report;
    }

    private LoadReport loadInTransaction(ProvinceSpec spec, Options options, long start) throws Exception {
        lock(spec);
        if (isLoaded(spec.provinceCode())) {
            return skipped(spec); // another instance finished it while we waited for the lock
        }
        removePartialLoad(spec.provinceCode());
        SyntheticProvince province = generator(spec);
        refuseTakenCodes(spec, province.geography());
        Reservation reservation = reserveIds(province);
        IdBases bases = reservation.bases();
        if (options.rebuildNameIndex()) {
            jdbc.sql("drop index " + NAME_INDEX).update();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyPipeline pipeline = new CopyPipeline();
        ProgressLog progressLog = new ProgressLog(spec, start);
        GenerationSummary summary = pipeline.run(province, bases, copy, (people, rows) -> {
            progressLog.copied(people, rows);
            options.progress().copied(people, rows);
        });
        if (options.rebuildNameIndex()) {
            long indexStart = System.nanoTime();
            jdbc.sql("set local maintenance_work_mem = '512MB'").update();
            jdbc.sql("create index " + NAME_INDEX + " on person using gin (name_search gin_trgm_ops)").update();
            log.info("Rebuilt {} in {} s", NAME_INDEX, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - indexStart) / 1e9));
        }
        resetSequences(reservation);
        Map<String, LoadReport.TableLoad> tables = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            tables.put(table.tableName(), new LoadReport.TableLoad(pipeline.rows(table), pipeline.copySeconds(table)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LoadReport report = new LoadReport(spec.provinceCode(), spec.provinceName(), spec.seed(), spec.people(),
                LoadReport.Outcome.LOADED, tables, seconds, summary.toString());
        jdbc.sql("""
                        insert into demo_load (province_code, name, seed, people, rows, seconds)
                        values (:code, :name, :seed, :people, :rows, :seconds)""")
                .param("code", spec.provinceCode()).param("name", spec.provinceName()).param("seed", spec.seed())
                .param("people", spec.people()).param("rows", report.rows())
                .param("seconds", Math.round(seconds * 10) / 10.0).update();
        options.beforeCommit().run();
        return report;
    }

    private void lock(ProvinceSpec spec) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :province)")
                .param("namespace", LOCK_NAMESPACE).param("province", spec.provinceNumber())
                .query((rs, i) -> 1).single();
    }

    /** Deletes whatever is left of a province that has no completion mark, children before parents. */
    private void removePartialLoad(String provinceCode) {
        boolean present = jdbc.sql("select exists (select 1 from area where level = 'PROVINCE' and code = :code)")
                .param("code", provinceCode).query(Boolean.class).single();
        if (!present) {
            return;
        }
        log.warn("Province {} exists without a completed load; deleting it before loading it again.", provinceCode);
        String areas = "(select id from area where path like :like)";
        String people = "(select id from person where commune_id in " + areas + ")";
        String employers = "(select id from employer where commune_id in " + areas + ")";
        String employments = "(select id from employment where person_id in " + people + " or employer_id in " + employers + ")";
        List<String> statements = List.of(
                "delete from participation where person_id in " + people,
                "delete from salary where employment_id in " + employments,
                "delete from employment where id in " + employments,
                "update household set head_person_id = null where commune_id in " + areas,
                "delete from person where commune_id in " + areas,
                "delete from household where commune_id in " + areas,
                "delete from employer where commune_id in " + areas,
                "delete from area_statistic where area_id in " + areas,
                "delete from coverage_target where area_id in " + areas,
                "delete from area where path like :like");
        String like = "/" + provinceCode + "/%";
        for (String statement : statements) {
            int rows = jdbc.sql(statement).param("like", like).update();
            log.info("  {}: {} rows", statement.substring(0, statement.indexOf(" where")), rows);
        }
    }

    /** District and commune codes are unique among current areas; say which ones clash instead of a COPY error. */
    private void refuseTakenCodes(ProvinceSpec spec, Geography geography) {
        List<String> codes = geography.places().stream().filter(p -> !p.level().equals("PROVINCE"))
                .map(Geography.Place::code).toList();
        List<String> taken = jdbc.sql("""
                        select code || ' (' || name || ')' from area
                        where level in ('DISTRICT', 'COMMUNE') and valid_to is null and code in (:codes)
                        order by code limit 5""")
                .param("codes", codes).query(String.class).list();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Province " + spec.provinceCode() + " would reuse area codes already in use: "
                    + String.join(", ", taken));
        }
    }

    /**
     * Takes a block of ids from each identity sequence, as large as the most rows the generation can write, so that
     * rows inserted meanwhile by others get ids above it. After the load the sequence is moved back to the highest id
     * used when nobody took one in between.
     */
    private Reservation reserveIds(SyntheticProvince province) {
        Identifiers.Limits limits = province.limits();
        Map<Table, Long> ends = new java.util.EnumMap<>(Table.class);
        IdBases bases = new IdBases(
                reserve(Table.AREA, province.geography().places().size(), ends),
                reserve(Table.EMPLOYER, province.roster().employers().size(), ends),
                reserve(Table.HOUSEHOLD, limits.households(), ends),
                reserve(Table.PERSON, limits.people(), ends),
                reserve(Table.EMPLOYMENT, limits.employments(), ends),
                reserve(Table.PARTICIPATION, limits.participations(), ends));
        return new Reservation(bases, ends);
    }

    /** The first id of each table and the last one reserved. */
    private record Reservation(IdBases bases, Map<Table, Long> ends) {
    }

    private long reserve(Table table, long count, Map<Table, Long> ends) {
        String name = table.tableName();
        long base = jdbc.sql("select greatest(nextval(pg_get_serial_sequence(:table, 'id')), "
                        + "(select coalesce(max(id), 0) + 1 from " + name + "))")
                .param("table", name).query(Long.class).single();
        long end = base + Math.max(1, count) - 1;
        jdbc.sql("select setval(pg_get_serial_sequence(:table, 'id'), :end)")
                .param("table", name).param("end", end).query(Long.class).single();
        ends.put(table, end);
        return base;
    }

    private void resetSequences(Reservation reservation) {
        for (Table table : reservation.ends().keySet()) {
            String name = table.tableName();
            jdbc.sql("select setval(pg_get_serial_sequence(:table, 'id'), (select max(id) from " + name + ")) "
                            + "where pg_sequence_last_value(pg_get_serial_sequence(:table, 'id')::regclass) = :end")
                    .param("table", name).param("end", reservation.ends().get(table)).query((rs, i) -> 1).list();
        }
    }

    private static LoadReport skipped(ProvinceSpec spec) {
        return new LoadReport(spec.provinceCode(), spec.provinceName(), spec.seed(), spec.people(),
                LoadReport.Outcome.ALREADY_LOADED, Map.of(), 0, "");
    }

    /** Logs every tenth of the people copied, with the rate so far. */
    private static final class ProgressLog {
        private final ProvinceSpec spec;
        private final long start;
        private int nextTenth = 1;

        ProgressLog(ProvinceSpec spec, long start) {
            this.spec = spec;
            this.start = start;
        }

        void copied(long people, long rows) {
            if (people * 10 >= (long) nextTenth * spec.people() && nextTenth <= 10) {
                double seconds = (System.nanoTime() - start) / 1e9;
                log.info("Province {}: {} of {} people copied ({} %), {} rows, {} rows/s", spec.provinceCode(),
                        String.format(Locale.ROOT, "%,d", people), String.format(Locale.ROOT, "%,d", spec.people()),
                        100 * people / spec.people(), String.format(Locale.ROOT, "%,d", rows),
                        String.format(Locale.ROOT, "%,.0f", rows / Math.max(0.001, seconds)));
                while (people * 10 >= (long) nextTenth * spec.people()) {
                    nextTenth++;
                }
            }
        }
    }
}
