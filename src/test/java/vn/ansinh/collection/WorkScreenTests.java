package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.UiLogin;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.Workbooks;

/** The staff UI's work screens, through a real login: person search, person page with SI book, employer page. */
@IntegrationTest
class WorkScreenTests {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000 * 100);
    private static final String PASSWORD = "work-screen-pass";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts staff;
    @Autowired AssessingContributions assessing;
    @Autowired Ledger ledger;

    EmploymentFixtures fixtures;
    MockHttpSession cardOfficer;
    MockHttpSession collector;
    // Late by the end of last month, so this month's demand notice states it, and inside the 12-month statement.
    YearMonth assessed = YearMonth.now().minusMonths(3);

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new EmploymentFixtures(jdbc);
        String suffix = fixtures.areas.districtACode().toLowerCase() + "-" + SEQ.incrementAndGet();
        staff.create("cards-" + suffix, PASSWORD, "Cán bộ thẻ", Set.of(Role.CARD_OFFICER), fixtures.areas.districtACode());
        staff.create("collect-" + suffix, PASSWORD, "Cán bộ thu", Set.of(Role.COLLECTION_OFFICER),
                fixtures.areas.districtACode());
        cardOfficer = UiLogin.session(mvc, "cards-" + suffix, PASSWORD);
        collector = UiLogin.session(mvc, "collect-" + suffix, PASSWORD);
    }

    @Test
    void theNavigationOffersOnlyTheScreensOfTheOfficersRoles() throws Exception {
        mvc.perform(get("/").session(cardOfficer))
                .andExpect(content().string(allOf(containsString("href=\"/people\""), not(containsString("href=\"/employers\"")))));
        mvc.perform(get("/").session(collector))
                .andExpect(content().string(allOf(containsString("href=\"/people\""), containsString("href=\"/employers\""))));
    }

    @Test
    void findsAPersonByANameWithoutAccentsByCccdAndBySiCode() throws Exception {
        Person person = person("Lê Thị Quỳnh", fixtures.areas.communeA1());
        mvc.perform(get("/people").session(cardOfficer).param("q", "le thi quynh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lê Thị Quỳnh"), containsString(person.siCode()))));
        mvc.perform(get("/people").session(cardOfficer).param("q", person.cccd()))
                .andExpect(content().string(containsString("Lê Thị Quỳnh")));
        mvc.perform(get("/people").session(cardOfficer).param("q", person.siCode()).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("Lê Thị Quỳnh"), not(containsString("<html")))));
    }

    @Test
    void searchPagesItsResultsAndLeavesOutPeopleOfAnotherDistrict() throws Exception {
        for (int i = 0; i < 21; i++) {
            person("Đỗ Văn Trang", fixtures.areas.communeA1());
        }
        person("Đỗ Văn Trang Bên Kia", fixtures.areas.communeB1());
        mvc.perform(get("/people").session(cardOfficer).param("q", "do van trang"))
                .andExpect(content().string(allOf(containsString("21"), containsString("1 / 2"),
                        containsString("page=1"), not(containsString("Bên Kia")))));
        mvc.perform(get("/people").session(cardOfficer).param("q", "1234"))
                .andExpect(content().string(containsString("12 chữ số")));
    }

    @Test
    void thePersonPageShowsTheRegistryTheHouseholdAndTheSiBookInVnd() throws Exception {
        Person person = person("Phạm Minh Sổ", fixtures.areas.communeA1());
        Person son = person("Phạm Minh Con", fixtures.areas.communeA1());
        long household = jdbc.sql("""
                        insert into household (code, commune_id, address) values (:code, :commune, 'Xóm Thử')
                        returning id""")
                .param("code", "HW" + SEQ.incrementAndGet()).param("commune", fixtures.areas.communeA1())
                .query(Long.class).single();
        jdbc.sql("update person set household_id = :h, household_relation = case when id = :head then 'HEAD' else 'CHILD' end"
                        + " where id in (:head, :son)")
                .param("h", household).param("head", person.id()).param("son", son.id()).update();
        jdbc.sql("update household set head_person_id = :head where id = :h").param("head", person.id())
                .param("h", household).update();
        EmploymentFixtures.Employer employer = fixtures.employer(1, false);
        fixtures.employ(employer, person.id(), assessed.atDay(1), null, 10_500_000, false);
        assessing.assess(assessed, employer.unitCode());

        mvc.perform(get("/people/{si}", person.siCode()).session(cardOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phạm Minh Sổ"), containsString("Phạm Minh Con"),
                        containsString("Xóm Thử"), containsString("Công ty " + employer.unitCode()),
                        containsString("10.500.000 ₫"), // salary
                        containsString("2.310.000 ₫"), // retirement: 14 % + 8 % of 10,500,000
                        containsString("Còn nợ"),
                        // the card section, loaded from the card module (claims only for those who read claims)
                        containsString("hx-get=\"/cards?person=" + person.siCode() + "\""))));
        mvc.perform(get("/people/{si}", person.siCode()).session(cardOfficer).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("10,500,000 ₫"), containsString("Owed"))));
        Workbooks workbook = Workbooks.read(mvc.perform(get("/people/{si}", person.siCode()).param("format", "xlsx")
                .session(cardOfficer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(workbook.sheetNames()).containsExactly("Tham gia BHXH, BHYT, BHTN", "Sổ BHXH  quá trình đóng"); // no colon in a sheet name
        assertThat(workbook.number(assessed.toString(), 3)).contains(new java.math.BigDecimal(2_310_000));
    }

    @Test
    void aPersonOfAnotherDistrictIsForbidden() throws Exception {
        Person elsewhere = person("Vũ Văn Xa", fixtures.areas.communeB1());
        mvc.perform(get("/people/{si}", elsewhere.siCode()).session(cardOfficer)).andExpect(status().isForbidden());
    }

    @Test
    void theEmployerPageListsEmployeesWithSalaryAndTheDebtWithItsDemandNotice() throws Exception {
        Person worker = person("Hoàng Văn Công", fixtures.areas.communeA1());
        EmploymentFixtures.Employer employer = fixtures.employer(1, false);
        fixtures.employ(employer, worker.id(), assessed.atDay(1), null, 8_000_000, false);
        // A month booked long ago and unpaid for months: evasion in the debt this month's notice states.
        CollectionFixtures.due(ledger, employer.unitCode(), YearMonth.now().minusMonths(6), Fund.RETIREMENT, 5_000_000);

        mvc.perform(get("/employers/{unit}", employer.unitCode()).session(collector))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hoàng Văn Công"), containsString("8.000.000 ₫"),
                        containsString("Trốn đóng"), containsString("5.000.000 ₫"),
                        containsString("/employers/" + employer.unitCode() + "/demand-notice.pdf?month="))));
        mvc.perform(get("/employers/{unit}/demand-notice.pdf", employer.unitCode()).session(collector)
                        .param("month", YearMonth.now().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/employers/{unit}", employer.unitCode()).session(cardOfficer)).andExpect(status().isForbidden());
    }

    @Test
    void theEmployerPageDownloadsItsListsAsOneWorkbook() throws Exception {
        Person worker = person("Đinh Thị Thu", fixtures.areas.communeA1());
        EmploymentFixtures.Employer employer = fixtures.employer(1, false);
        fixtures.employ(employer, worker.id(), assessed.atDay(1), null, 9_000_000, false);
        assessing.assess(assessed, employer.unitCode());

        byte[] xlsx = mvc.perform(get("/employers/{unit}", employer.unitCode()).param("format", "xlsx").session(collector))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        Workbooks workbook = Workbooks.read(xlsx);
        assertThat(workbook.sheetNames()).containsExactly("Người lao động", "Số phải đóng và đã đóng", "Tiền đã nộp",
                "Khai báo biến động lao động");
        assertThat(workbook.containsText("Đinh Thị Thu")).isTrue();
        // 32 % of 9,000,000 assessed for the month, nothing paid: all of it owed.
        assertThat(workbook.number(assessed.toString(), 2)).contains(new java.math.BigDecimal(2_880_000));
        assertThat(workbook.number(assessed.toString(), 5)).contains(new java.math.BigDecimal(2_880_000));
        mvc.perform(get("/employers/{unit}", employer.unitCode()).param("format", "xlsx").session(cardOfficer))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsAnEmployerOfTheDistrictByANameWithoutAccentsOrByItsUnitCode() throws Exception {
        String here = CollectionFixtures.employer(jdbc, fixtures.areas.communeA1(), "Công ty May Đồng Tâm");
        CollectionFixtures.employer(jdbc, fixtures.areas.communeB1(), "Công ty May Đồng Xa");
        mvc.perform(get("/employers").session(collector).param("q", "may dong"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Công ty May Đồng Tâm"), containsString(here),
                        not(containsString("Đồng Xa")))));
        mvc.perform(get("/employers").session(collector).param("q", here.toLowerCase()).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("Công ty May Đồng Tâm"), not(containsString("<html")))));
        mvc.perform(get("/employers").session(cardOfficer)).andExpect(status().isForbidden());
    }

    @Test
    void aPaymentFileWithABadRowIsRejectedAndItsReceiptNamesTheLineAndTheReason() throws Exception {
        String employer = CollectionFixtures.employer(jdbc, fixtures.areas.communeA1(), "Công ty Nộp Tiền");
        byte[] file = CollectionFixtures.file(
                CollectionFixtures.row(CollectionFixtures.transactionId(), employer, 1_250_000, LocalDate.now().minusDays(3)),
                CollectionFixtures.row(CollectionFixtures.transactionId(), employer, -5, LocalDate.now().minusDays(3)));
        String receipt = mvc.perform(multipart("/payments/imports").file(new MockMultipartFile("file", "bank.csv",
                        "text/csv", file)).session(collector).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(receipt).session(collector))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bị từ chối"), containsString("<td>3</td>"),
                        containsString("amount"))));
    }

    @Test
    void aLabourChangeListIsUploadedOnTheEmployerPageAndItsBadLineShown() throws Exception {
        Person worker = person("Trịnh Văn Khai", fixtures.areas.communeA1());
        EmploymentFixtures.Employer employer = fixtures.employer(1, false);
        String list = "loai,so_cccd,ho_ten,ngay_sinh,ngay_hieu_luc,muc_luong\n"
                + "TANG," + worker.cccd() + ",Trịnh Văn Khai,1988-03-15," + LocalDate.now().withDayOfMonth(1) + ",9000000\n"
                + "TANG,12345,Không Có,1990-01-01," + LocalDate.now().withDayOfMonth(1) + ",9000000\n";
        String receipt = mvc.perform(multipart("/employers/{unit}/declarations/imports", employer.unitCode())
                        .file(new MockMultipartFile("file", "tang.csv", "text/csv", list.getBytes(StandardCharsets.UTF_8)))
                        .session(collector).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(receipt).session(collector))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bị từ chối"), containsString("<td>3</td>"),
                        containsString("so_cccd"))));
        mvc.perform(get("/employers/{unit}", employer.unitCode()).session(collector))
                .andExpect(content().string(allOf(containsString("tang.csv"), containsString(receipt))));
    }

    record Person(long id, String cccd, String siCode) {
    }

    private Person person(String name, long commune) {
        long n = SEQ.incrementAndGet();
        String cccd = String.format("042%09d", n % 1_000_000_000L);
        String si = String.format("43%08d", n % 100_000_000L);
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, :key, date '1988-03-15', 'F', :commune) returning id""")
                .param("cccd", cccd).param("si", si).param("name", name)
                .param("key", vn.ansinh.shared.VietnameseText.searchKey(name)).param("commune", commune)
                .query(Long.class).single();
        return new Person(id, cccd, si);
    }
}
