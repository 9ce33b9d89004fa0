package vn.ansinh.shared;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU used so far by this JVM and by the database server (the postmaster, the children it reaped and its live
 * backends), for benchmarks: on a machine shared with other work, CPU time says more than wall time. The database's
 * share reads /proc, so it is zero for a server on another machine.
 */
public record CpuTime(double javaSeconds, double databaseSeconds) {

    public static CpuTime now(JdbcClient jdbc) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        double server = 0;
        try {
            String dataDirectory = jdbc.sql("show data_directory").query(String.class).single();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                    server += serverSeconds(process, postmaster);
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // an external database: its CPU is not ours to read
        }
        return new CpuTime(jvm, server);
    }

    /** The CPU used from {@code before} to this sample. */
    public CpuTime since(CpuTime before) {
        return new CpuTime(javaSeconds - before.javaSeconds, databaseSeconds - before.databaseSeconds);
    }

    public double totalSeconds() {
        return javaSeconds + databaseSeconds;
    }

    /** utime + stime (+ cutime + cstime for the postmaster) from /proc/pid/stat, at 100 ticks a second. */
    private static double serverSeconds(Path process, long postmaster) {
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
        } catch (IOException | RuntimeException gone) {
            return 0; // a process that ended between listing and reading
        }
    }
}
