package vn.ansinh;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a staff member in through the real login form and returns the session, for UI tests. */
public final class UiLogin {

    private UiLogin() {
    }

    public static MockHttpSession session(MockMvc mvc, String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
        if (session == null) {
            throw new IllegalStateException("login failed for " + username);
        }
        return session;
    }
}
