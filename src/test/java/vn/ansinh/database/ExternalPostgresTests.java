package vn.ansinh.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

/**
 * Run by .ci/run against Debian's PostgreSQL with ANSINH_DB_URL set: the same Flyway migrations apply to an external
 * server and the platform uses it instead of starting its own.
 */
@Tag("external-postgres")
@IntegrationTest
class ExternalPostgresTests {

    @Autowired JdbcClient jdbc;
    @Autowired DatabaseProperties properties;

    @Test
    void usesTheConfiguredServerWithEveryMigrationApplied() {
        assertThat(properties.external()).as("ANSINH_DB_URL must be set for this test").isTrue();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(properties.username());

        List<String> failed = jdbc.sql("select version from flyway_schema_history where not success")
                .query(String.class).list();
        assertThat(failed).isEmpty();
        long applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(1);

        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' order by table_name""").query(String.class).list();
        assertThat(tables).contains("area", "person", "household", "employer", "employment", "salary",
                "staff_user", "api_client", "audit_log", "coverage_target", "area_statistic", "participation");
    }
}
