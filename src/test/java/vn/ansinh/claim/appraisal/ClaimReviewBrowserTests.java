package vn.ansinh.claim.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.Browser;
import vn.ansinh.BrowserTest;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.Claims;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/**
 * Reviewing a claim in a real headless Chromium: the appraiser opens the queue from the menu, filters it by the
 * facility, opens a claim the rules sent to review (two overlapping inpatient stays of one person), is told a
 * deduction needs a reason, adds one with a reason and accepts the claim, all without leaving the page (htmx).
 */
@BrowserTest
class ClaimReviewBrowserTests {

    static final String PASSWORD = "browser-appraiser-1";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired ReferenceDataCache cache;
    @Autowired AppraisingClaims appraising;
    @Autowired StaffAccounts staff;

    String hospital;
    String encounterKey;
    String appraiser;
    Browser browser;

    @BeforeAll
    void claimsInReviewAndABrowser() {
        AppraisalFixtures fixtures = new AppraisalFixtures(jdbc, claims, files, cache);
        hospital = fixtures.facility("DISTRICT");
        AppraisalFixtures.Insured insured = fixtures.insured("DN", 4, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), hospital);
        encounterKey = fixtures.key();
        long first = fixtures.store(ClaimBuilder.visit(hospital, encounterKey, insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 5, 10, 8, 0))
                .inpatient(LocalDateTime.of(2025, 5, 10, 8, 0), LocalDateTime.of(2025, 5, 15, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 2_000_000).build());
        long second = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(),
                        insured.fullName(), insured.dateOfBirth(), LocalDateTime.of(2025, 5, 12, 8, 0))
                .inpatient(LocalDateTime.of(2025, 5, 12, 8, 0), LocalDateTime.of(2025, 5, 14, 8, 0)).claimedAt(80)
                .service(fixtures.itemCode(), 1, 1_000_000).build());
        var run = appraising.appraiseAll(List.of(first, second));
        assertThat(appraising.result(first).outcome()).as("the rules send the overlapping stay to review, %s", run)
                .hasToString("IN_REVIEW");
        appraiser = "browser-appraiser-" + fixtures.key().toLowerCase();
        staff.create(appraiser, PASSWORD, "Giám định viên thử", Set.of(Role.CLAIMS_APPRAISER),
                fixtures.areas.provinceCode());
        browser = Browser.on(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAppraiserReviewsAClaimFromTheQueueAddingADeductionWithAReasonAndAcceptingIt() {
        browser.signIn(appraiser, PASSWORD);
        browser.click(By.id("nav-claims-review"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/claims/review"));
        new Select(browser.find(By.id("filter-facility"))).selectByValue(hospital);
        browser.click(By.cssSelector("#list-filters button"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("facility=" + hospital));
        assertThat(browser.pageText()).contains("Tổng số: 2");

        browser.click(By.linkText(encounterKey));
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/claims/[0-9]+$"));
        assertThat(browser.find(By.id("claim-status")).getText()).isEqualTo("Chờ giám định viên");
        assertThat(browser.find(By.id("claim-deductions")).getText()).contains("A401");

        // No reason: the form comes back with the error under the reason field, nothing taken off.
        new Select(browser.find(By.id("add-line"))).selectByValue("SERVICE:1");
        browser.find(By.id("add-amount")).sendKeys("150000");
        browser.click(By.cssSelector("#add-deduction button"));
        assertThat(browser.find(By.cssSelector("#add-reason.is-invalid + .invalid-feedback")).getText())
                .isEqualTo("Phải ghi lý do (tối đa 1000 ký tự).");
        assertThat(browser.find(By.id("claim-deducted")).getText()).isEqualTo("0 ₫");

        // With a reason: the deduction is listed and the amounts follow (1,600,000 asked of the fund at 80 %).
        browser.find(By.id("add-reason")).sendKeys("Dịch vụ trùng thời gian nằm viện");
        browser.click(By.cssSelector("#add-deduction button"));
        browser.waitUntil(d -> d.findElement(By.id("claim-deductions")).getText()
                .contains("Dịch vụ trùng thời gian nằm viện"));
        assertThat(browser.find(By.id("claim-deducted")).getText()).isEqualTo("150.000 ₫");
        assertThat(browser.find(By.id("claim-approved")).getText()).isEqualTo("1.450.000 ₫");
        assertThat(browser.find(By.id("claim-status")).getText()).isEqualTo("Chờ giám định viên");

        browser.find(By.id("accept-reason")).sendKeys("Đã đối chiếu bệnh án");
        browser.click(By.cssSelector("#accept-claim button"));
        browser.waitUntil(d -> d.findElement(By.id("claim-status")).getText().equals("Chấp nhận có giảm trừ"));
        assertThat(browser.find(By.id("claim-trail")).getText())
                .contains("Thêm giảm trừ", "Chấp nhận hồ sơ", "Đã đối chiếu bệnh án", appraiser);
        browser.resize(1366, 2000);
        browser.screenshot("claim-review.png");
        browser.resize(1366, 900);
    }
}
