package vn.ansinh.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Provides the one {@link DataSource}: the external server named by {@code ANSINH_DB_URL}, or else the embedded one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("ansinh");
        hikari.setMaximumPoolSize(properties.poolSize());
        if (properties.external()) {
            log.info("Using the external PostgreSQL server at {}", properties.url());
            hikari.setJdbcUrl(properties.url());
            hikari.setUsername(properties.username());
            hikari.setPassword(properties.password());
            return new HikariDataSource(hikari);
        }
        EmbeddedServer server = EmbeddedServer.start(properties.embedded());
        hikari.setJdbcUrl(server.jdbcUrl());
        return new EmbeddedDataSource(hikari, server);
    }

    /** Closes the embedded server after the pool, so no connection outlives it. */
    static final class EmbeddedDataSource extends HikariDataSource {
        private final EmbeddedServer server;

        EmbeddedDataSource(HikariConfig config, EmbeddedServer server) {
            super(config);
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            try {
                server.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(EmbeddedDataSource.class).warn("Stopping embedded PostgreSQL failed", e);
            }
        }
    }
}
