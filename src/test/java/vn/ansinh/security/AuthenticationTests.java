package vn.ansinh.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

@IntegrationTest
class AuthenticationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;
    @Autowired ApiTokens tokens;

    TestAreas areas;
    String username;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        username = "officer-" + areas.provinceCode().toLowerCase();
        staff.create(username, "s3cret-pass", "Nguyễn Văn Cán Bộ", Set.of(Role.CARD_OFFICER), areas.provinceCode());
    }

    @Test
    void theApiRefusesAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/areas")).andExpect(status().isUnauthorized());
    }

    @Test
    void staffCallTheApiWithBasicAuthAndAWrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/api/v1/areas").with(httpBasic(username, "s3cret-pass"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/areas").with(httpBasic(username, "wrong-pass"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aMachineClientCallsTheApiWithItsTokenAndARevokedOrUnknownTokenIsRefused() throws Exception {
        String token = tokens.issue("Bệnh viện thử", ApiClient.Kind.FACILITY, "42001", areas.provinceCode());
        mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer ans_not-a-real-token-at-all"))
                .andExpect(status().isUnauthorized());

        tokens.revoke(jdbc.sql("select id from api_client where token_hash = :h").param("h", ApiTokens.hash(token))
                .query(Long.class).single());
        mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String token = tokens.issue("Công ty thử", ApiClient.Kind.EMPLOYER, "TA0001", null);
        long clear = jdbc.sql("select count(*) from api_client where token_hash = :t or token_hint = :t")
                .param("t", token).query(Long.class).single();
        assertThat(clear).isZero();
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from staff_user where username = :u").param("u", username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("s3cret-pass");
    }

    @Test
    void theUiSendsStrangersToTheLoginPageAndLetsStaffIn() throws Exception {
        mvc.perform(get("/").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Đăng nhập")));
        mvc.perform(formLogin("/login").user(username).password("s3cret-pass")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(username).password("nope-nope")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theHealthCheckAndApiDocumentationArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/areas")));
    }

    @Test
    void aSecondAccountWithTheSameUsernameIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        staff.create(username, "another-pass", "Khác", Set.of(Role.MANAGER), areas.provinceCode()))
                .isInstanceOf(vn.ansinh.shared.Conflict.class)
                .hasMessageContaining("username");
    }
}
