package vn.ansinh.demo;

import java.util.Locale;
import java.util.Map;

/**
 * What a province load did: how many rows went into each table, how long the COPY into each took, and in all.
 *
 * @param coverage HI and SI coverage of the generated province on the reference day (empty when skipped)
 */
public record LoadReport(String provinceCode, String name, long seed, int people, Outcome outcome,
                         Map<String, TableLoad> tables, double seconds, String coverage) {

    public enum Outcome {
        LOADED,
        /** The province was loaded before; nothing was done. */
        ALREADY_LOADED
    }

    /** Rows copied into one table and the time spent copying them (generation overlaps and is not included). */
    public record TableLoad(long rows, double copySeconds) {
        public double rowsPerSecond() {
            return copySeconds <= 0 ? 0 : rows / copySeconds;
        }
    }

    public long rows() {
        return tables.values().stream().mapToLong(TableLoad::rows).sum();
    }

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows() / seconds;
    }

    /** A table of the figures, one line per table, for logs and the command's output. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-16s %12s %10s %12s%n", "table", "rows", "copy s", "rows/s"));
        tables.forEach((table, load) -> text.append(String.format(Locale.ROOT, "%-16s %,12d %10.1f %,12.0f%n", table,
                load.rows(), load.copySeconds(), load.rowsPerSecond())));
        text.append(String.format(Locale.ROOT, "%-16s %,12d %10.1f %,12.0f  (elapsed, generation and copy overlapping)",
                "all", rows(), seconds, rowsPerSecond()));
        return text.toString();
    }
}
