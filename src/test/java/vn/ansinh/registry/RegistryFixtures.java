package vn.ansinh.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/** Unique CCCDs, staff accounts and people for tests that share one database. */
final class RegistryFixtures {

    static final String PASSWORD = "registry-test-password";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));

    private RegistryFixtures() {
    }

    /** A CCCD the policy accepts for this sex and year, never handed out twice in one run. */
    static String cccd(Sex sex, int birthYear) {
        return CccdNumber.compose("040", sex, birthYear, SERIAL.incrementAndGet() % 1_000_000).value();
    }

    /** Creates a staff account working for the area and returns its username. */
    static String staff(StaffAccounts accounts, String prefix, Role role, String areaCode) {
        String username = (prefix + "-" + areaCode).toLowerCase();
        accounts.create(username, PASSWORD, prefix + " of " + areaCode, Set.of(role), areaCode);
        return username;
    }

    static String registrationJson(String cccd, String fullName, LocalDate born, Sex sex, String communeCode) {
        return """
                {"cccd": "%s", "fullName": "%s", "dateOfBirth": "%s", "sex": "%s", "communeCode": "%s"}"""
                .formatted(cccd, fullName, born, sex, communeCode);
    }

    /** Registers a person through the API and returns the SI code issued. */
    static String register(MockMvc mvc, String username, String fullName, LocalDate born, Sex sex,
                           String communeCode) throws Exception {
        String body = mvc.perform(post("/api/v1/people").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(cccd(sex, born.getYear()), fullName, born, sex, communeCode)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.siCode");
    }
}
