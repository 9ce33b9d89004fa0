package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.Browser;
import vn.ansinh.BrowserTest;
import vn.ansinh.area.AreaFigures;
import vn.ansinh.collection.CollectionPlans;
import vn.ansinh.collection.ImportingPayments;
import vn.ansinh.collection.Ledger;
import vn.ansinh.security.StaffAccounts;

/**
 * The staff UI in a real headless Chromium: sign in, find a person, open the dashboard and drill down to a commune
 * (its screenshot saved to target/screenshots/dashboard.png), upload a payment file with a bad row. Each test signs in
 * afresh, so more screens (the claims review) are one more test method here.
 */
@BrowserTest
class DashboardBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AreaFigures figures;
    @Autowired CollectionPlans plans;
    @Autowired Ledger ledger;
    @Autowired ImportingPayments payments;
    @Autowired StaffAccounts staff;

    DashboardSeed seed;
    Browser browser;

    @BeforeAll
    void seedAndStartTheBrowser() {
        seed = new DashboardSeed(jdbc, figures, plans, ledger, payments, staff);
        browser = Browser.on(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerSignsInAndFindsAPersonByANameTypedWithoutAccents() {
        browser.signIn(seed.manager, DashboardSeed.PASSWORD).open("/people");
        String typed = vn.ansinh.shared.VietnameseText.searchKey(seed.searchedName);
        browser.find(By.id("q")).sendKeys(typed);
        // htmx swaps the results in while the officer types; no submit.
        browser.waitUntil(d -> d.findElement(By.id("results")).getText().contains(seed.searchedName));
        assertThat(browser.driver().getCurrentUrl()).contains("q=");
    }

    @Test
    void theManagerOpensTheDashboardAndDrillsDownFromTheProvinceToACommune() {
        browser.signIn(seed.manager, DashboardSeed.PASSWORD);
        browser.click(By.id("nav-dashboard"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/dashboard/" + seed.areas.provinceCode()));
        // Last year, the year the seed has figures for.
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("year"))).selectByValue(String.valueOf(seed.year));
        browser.waitUntil(d -> d.getCurrentUrl().contains("year=" + seed.year));
        assertThat(browser.find(By.id("panel-coverage")).getText()).contains("55,00 %", "30,77 %");
        assertThat(browser.find(By.id("panel-collection")).getText()).contains("160.000.000 ₫");
        assertThat(browser.find(By.id("panel-debt")).getText()).contains("Tuổi nợ", "Đến 30 ngày");
        assertThat(browser.find(By.id("panel-claims")).getText()).contains("Chi KCB BHYT đã duyệt trong năm");
        // Chart.js drew the trend.
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "const c = document.getElementById('chart-coverage'); return !!(window.Chart && Chart.getChart(c));")));
        // A laptop's width, tall enough for the whole page in one picture.
        browser.resize(1366, 2400);
        Path shot = browser.screenshot("dashboard.png");
        assertThat(shot).isNotEmptyFile();

        String district = jdbc.sql("select name from area where code = :c").param("c", seed.areas.districtACode())
                .query(String.class).single();
        browser.click(By.cssSelector("#panel-coverage table a[href*='/dashboard/" + seed.areas.districtACode() + "']"));
        browser.waitUntil(d -> d.findElement(By.id("area-name")).getText().equals(district));
        browser.click(By.cssSelector("#panel-coverage table a[href*='/dashboard/" + seed.areas.communeA1Code() + "']"));
        browser.waitUntil(d -> d.findElement(By.id("area-name")).getText().equals("Xã Đông A1"));
        assertThat(browser.find(By.cssSelector(".breadcrumb")).getText()).contains(district);
        // A1: 24 of 40 people have HI.
        assertThat(browser.find(By.id("panel-coverage")).getText()).contains("60,00 %");

        // On a tablet the page fits its width: Bootstrap's grid stacks the figures, wide tables scroll in their box.
        // Chart.js redraws its canvases on a resize observer, later on a busy machine: wait for the layout to settle.
        browser.resize(820, 1180);
        String overflow = "return document.documentElement.scrollWidth - window.innerWidth;";
        try {
            browser.waitUntil(d -> ((Number) browser.script(overflow)).intValue() <= 0 ? true : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(((Number) browser.script(overflow)).intValue()).as("pixels wider than a tablet")
                    .isLessThanOrEqualTo(0);
        }
        browser.resize(1366, 900);

        // English on request.
        browser.click(By.linkText("EN"));
        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Dashboard"));
        browser.click(By.linkText("VI"));
        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Bảng điều hành"));
    }

    @Test
    void anUploadedPaymentFileWithABadRowEndsOnAReceiptNamingTheRowAndTheReason() throws IOException {
        Path file = Files.createTempFile("bank-", ".csv");
        Files.writeString(file, seed.paymentFileWithABadRow(), StandardCharsets.UTF_8);
        browser.signIn(seed.manager, DashboardSeed.PASSWORD).open("/payments/imports");
        browser.find(By.cssSelector("#payment-upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("#payment-upload button")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/payments/imports/[0-9]+$"));
        String receipt = browser.pageText();
        assertThat(receipt).contains("Bị từ chối", "ZZ99999999", "unknown payer");
        // The import stays listed as a finished job after the page is left and loaded again.
        browser.open("/jobs");
        assertThat(browser.find(By.id("job-table")).getText()).contains(file.getFileName().toString(), "REJECTED: 1");
        Files.deleteIfExists(file);
    }
}
