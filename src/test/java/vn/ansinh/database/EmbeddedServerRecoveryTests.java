package vn.ansinh.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer meets after a crash: another instance still running on the same data, or a server orphaned by a
 * killed JVM. The first is refused with a message naming the cause; the second is stopped and the data is intact.
 */
class EmbeddedServerRecoveryTests {

    @TempDir
    Path dataDir;

    @Test
    void refusesADataFolderInUseAndRecoversWhenItsOwnerWasKilled() throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldingProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up log of the child
            }
            assertThat(line).isEqualTo("READY");
            long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());

            var config = new DatabaseProperties.Embedded(dataDir, 0, false, null);
            assertThatThrownBy(() -> EmbeddedServer.start(config))
                    .hasMessageContaining("in use by another running Ansinh")
                    .hasMessageContaining(String.valueOf(orphanPid));

            owner.destroyForcibly();           // SIGKILL: no shutdown hook runs, PostgreSQL keeps running
            owner.waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

            try (EmbeddedServer server = EmbeddedServer.start(config);
                 Connection c = DriverManager.getConnection(server.jdbcUrl());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select note from crash_probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the crash");
                assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            }
        } finally {
            owner.destroyForcibly();
        }
    }
}
