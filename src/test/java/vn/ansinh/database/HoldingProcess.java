package vn.ansinh.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedServerRecoveryTests}: starts the embedded server on a data folder, commits a
 * row, says READY and waits to be killed, so the server is left running as an orphan the way a crashed Ansinh leaves it.
 */
public class HoldingProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedServer server = EmbeddedServer.start(new DatabaseProperties.Embedded(Path.of(args[0]), 0, false, null));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create table if not exists crash_probe (note text)");
            s.execute("insert into crash_probe values ('committed before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
