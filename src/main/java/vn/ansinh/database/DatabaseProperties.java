package vn.ansinh.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the platform starts its own PostgreSQL server, keeping its files under
 * {@code embedded.dataDir}; with a {@code url} it uses that server and starts nothing.
 */
@ConfigurationProperties("ansinh.db")
public record DatabaseProperties(String url, String username, String password, int poolSize, Embedded embedded) {

    public DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 10;
        }
        if (embedded == null) {
            embedded = new Embedded(null, 0, false, null);
        }
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param dataDir   the folder holding the server's data ({@code dataDir/pg}) and its unpacked binaries
     * @param port      a fixed port, or 0 for any free one
     * @param ephemeral start from an empty database and delete it on shutdown (tests)
     * @param settings  further server settings (postgresql.conf names), e.g. to measure one; durability settings
     *                  (fsync, synchronous_commit, full_page_writes) cannot be turned off here
     */
    public record Embedded(Path dataDir, int port, boolean ephemeral, java.util.Map<String, String> settings) {
        public Embedded {
            if (dataDir == null) {
                dataDir = Path.of("data");
            }
            settings = settings == null ? java.util.Map.of() : java.util.Map.copyOf(settings);
            for (String durable : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                if (settings.containsKey(durable)) {
                    throw new IllegalArgumentException("ansinh.db.embedded.settings may not change " + durable
                            + ": durability is not traded for speed");
                }
            }
        }
    }
}
