package vn.ansinh.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

@IntegrationTest
class EmbeddedDatabaseTests {

    @Autowired JdbcClient jdbc;

    @Test
    void runsPostgreSql18WithDurableCommits() {
        assertThat(jdbc.sql("show server_version_num").query(String.class).single()).startsWith("18");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void storesVietnameseTextInUtf8() {
        assertThat(jdbc.sql("select pg_encoding_to_char(encoding) from pg_database where datname = current_database()")
                .query(String.class).single()).isEqualTo("UTF8");
        assertThat(jdbc.sql("select upper('nguyễn thị đào')").query(String.class).single()).isEqualTo("NGUYỄN THỊ ĐÀO");
    }
}
