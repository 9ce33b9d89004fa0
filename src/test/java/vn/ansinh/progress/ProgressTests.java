package vn.ansinh.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.UiLogin;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class ProgressTests {

    @Autowired Progress progress;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;

    @Test
    void aJobRecordsItsStepsAtMostOncePerPercentAndEndsAtAHundred() {
        Job job = progress.start("PAYMENT_IMPORT", "bank-progress.csv", 200);
        job.advance(1);
        assertThat(progress.get(job.id()).done()).isZero();   // 1 of 200 is under a percent: not written yet
        job.advance(1);
        assertThat(progress.get(job.id())).satisfies(v -> {
            assertThat(v.done()).isEqualTo(2);
            assertThat(v.percent()).isEqualTo(1);
            assertThat(v.running()).isTrue();
        });
        job.advance(99);
        assertThat(progress.get(job.id()).percent()).isEqualTo(50);
        job.finish("BOOKED: 200 / 200", "/payments/imports/1");
        job.fail("too late");   // an ended job stays as it ended
        assertThat(progress.get(job.id())).satisfies(v -> {
            assertThat(v.status()).isEqualTo("FINISHED");
            assertThat(v.done()).isEqualTo(200);
            assertThat(v.percent()).isEqualTo(100);
            assertThat(v.outcome()).isEqualTo("BOOKED: 200 / 200");
            assertThat(v.finishedAt()).isNotNull();
        });
    }

    @Test
    void theJobPagePollsWhileAJobRunsStopsOnceItEndsAndShowsNothingOutsideTheOfficersArea() throws Exception {
        TestAreas areas = TestAreas.create(jdbc);
        String user = ("jobs-" + areas.districtACode()).toLowerCase();
        staff.create(user, "progress-pass", "Cán bộ", Set.of(Role.COLLECTION_OFFICER), areas.districtACode());
        MockHttpSession officer = UiLogin.session(mvc, user, "progress-pass");
        Job job = progress.start("ASSESSMENT", "2026-10", 9);
        // As if an officer of district B had started it.
        jdbc.sql("update job_progress set area_path = :path, started_by = 'someone-in-b' where id = :id")
                .param("path", "/" + areas.provinceCode() + "/" + areas.districtBCode() + "/").param("id", job.id())
                .update();
        mvc.perform(get("/jobs/{id}", job.id()).session(officer)).andExpect(status().isNotFound());

        MockHttpSession admin = provinceManager(areas);
        mvc.perform(get("/jobs/{id}", job.id()).session(admin).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("hx-trigger=\"every 1s\""),
                        containsString("data-job-status=\"RUNNING\""), not(containsString("<html")))));
        job.advance(3);
        job.finish("done", null);
        mvc.perform(get("/jobs/{id}", job.id()).session(admin).header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString("every 1s")), containsString("aria-valuenow=\"100\""))));
    }

    private MockHttpSession provinceManager(TestAreas areas) throws Exception {
        String user = ("jobs-manager-" + areas.provinceCode()).toLowerCase();
        staff.create(user, "progress-pass", "Lãnh đạo", Set.of(Role.MANAGER), areas.provinceCode());
        return UiLogin.session(mvc, user, "progress-pass");
    }
}
