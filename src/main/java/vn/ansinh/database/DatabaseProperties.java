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
            embedded = new Embedded(null, 0, false);
        }
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param dataDir   the folder holding the server's data ({@code dataDir/pg}) and its unpacked binaries
     * @param port      a fixed port, or 0 for any free one
     * @param ephemeral start from an empty database and delete it on shutdown (tests)
     */
    public record Embedded(Path dataDir, int port, boolean ephemeral) {
        public Embedded {
            if (dataDir == null) {
                dataDir = Path.of("data");
            }
        }
    }
}
