package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.IntegrationTest;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.VietnameseText;

/** Employers' labour declarations through the API and as labour-change lists, for an employer in wage region I. */
@IntegrationTest
class LabourDeclarationTests {

    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(900_000));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired AssessingContributions assessing;
    @Autowired Ledger ledger;

    EmploymentFixtures fixtures;
    EmploymentFixtures.Employer employer;
    String officer;
    /** Not employed anywhere. */
    Person an;
    /** Employed by the employer since 2024-01-01 at 8,000,000. */
    Person binh;
    /** Not employed anywhere. */
    Person chi;

    record Person(long id, String cccd, String fullName, LocalDate dateOfBirth) {
    }

    @BeforeEach
    void setUp() {
        fixtures = new EmploymentFixtures(jdbc);
        employer = fixtures.employer(1, false);
        officer = CollectionFixtures.staff(accounts, "declarations", Role.COLLECTION_OFFICER, fixtures.areas.districtACode());
        an = person("Nguyễn Văn An", LocalDate.of(1990, 5, 1), "M");
        binh = person("Trần Thị Bình", LocalDate.of(1985, 11, 20), "F");
        chi = person("Lê Minh Chí", LocalDate.of(1992, 2, 29), "M");
        fixtures.employ(employer, binh.id(), LocalDate.of(2024, 1, 1), null, 8_000_000, false);
    }

    /** A registered person with a CCCD that fits their sex and year of birth (Soc Trang, province 094). */
    Person person(String fullName, LocalDate born, String sex) {
        long n = SERIAL.incrementAndGet() % 1_000_000;
        int centuryAndSex = (born.getYear() >= 2000 ? 2 : 0) + (sex.equals("F") ? 1 : 0);
        String cccd = String.format("094%d%02d%06d", centuryAndSex, born.getYear() % 100, n);
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, :search, :born, :sex, :commune) returning id""")
                .param("cccd", cccd).param("si", String.format("94%08d", n * 10 + ThreadLocalRandom.current().nextInt(10)))
                .param("name", fullName).param("search", VietnameseText.searchKey(fullName)).param("born", born)
                .param("sex", sex).param("commune", fixtures.areas.communeA2())
                .query(Long.class).single();
        return new Person(id, cccd, fullName, born);
    }

    // ---- requests

    RequestPostProcessor asOfficer() {
        return httpBasic(officer, PASSWORD);
    }

    MockHttpServletRequestBuilder declare(String unitCode, String json) {
        return post("/api/v1/employers/{unitCode}/declarations", unitCode).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    MockMultipartHttpServletRequestBuilder upload(String unitCode, byte[] content, boolean partial) {
        return multipart("/api/v1/employers/{unitCode}/declarations/imports", unitCode)
                .file(new MockMultipartFile("file", "lao-dong-thang-01.csv", "text/csv", content))
                .param("partial", String.valueOf(partial));
    }

    static String hire(Person p, String date, long salary) {
        return """
                {"kind": "HIRE", "cccd": "%s", "fullName": "%s", "dateOfBirth": "%s", "effectiveDate": "%s", "monthlySalary": %d}"""
                .formatted(p.cccd(), VietnameseText.searchKey(p.fullName()), p.dateOfBirth(), date, salary);
    }

    static String salaryChange(Person p, String date, long salary) {
        return """
                {"kind": "SALARY_CHANGE", "cccd": "%s", "effectiveDate": "%s", "monthlySalary": %d}""".formatted(p.cccd(), date, salary);
    }

    static String unpaidLeave(Person p, String month, int days, boolean maternity) {
        return """
                {"kind": "UNPAID_LEAVE", "cccd": "%s", "month": "%s", "unpaidDays": %d, "maternity": %s}"""
                .formatted(p.cccd(), month, days, maternity);
    }

    static String leave(Person p, String date) {
        return """
                {"kind": "LEAVE", "cccd": "%s", "effectiveDate": "%s"}""".formatted(p.cccd(), date);
    }

    // ---- what the declarations may change

    /** The employer's employments, salaries, unpaid leave and declarations, as text to compare. */
    String registerOf(long employerId) {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select concat_ws('|', id, person_id, start_date, end_date) from employment where employer_id = :e order by id")
                .param("e", employerId).query(String.class).list());
        rows.addAll(jdbc.sql("""
                        select concat_ws('|', s.employment_id, s.valid_from, s.amount) from salary s
                        join employment e on e.id = s.employment_id where e.employer_id = :e order by 1""")
                .param("e", employerId).query(String.class).list());
        rows.addAll(jdbc.sql("""
                        select concat_ws('|', u.employment_id, u.month, u.days, u.maternity) from unpaid_leave u
                        join employment e on e.id = u.employment_id where e.employer_id = :e order by 1""")
                .param("e", employerId).query(String.class).list());
        rows.add("declarations " + declarationCount(employerId));
        return String.join("\n", rows);
    }

    long declarationCount(long employerId) {
        return jdbc.sql("select count(*) from labour_declaration where employer_id = :e").param("e", employerId)
                .query(Long.class).single();
    }

    /** Every balance of the employer and how many journals concern it. */
    Map<String, Long> ledgerOf(String unitCode) {
        Map<String, Long> state = new TreeMap<>();
        for (Account account : Account.values()) {
            state.put(account.name(), ledger.balance(PayerKind.EMPLOYER, unitCode, account));
        }
        state.put("journals", jdbc.sql("""
                        select count(distinct journal_id) from ledger_posting where payer_kind = 'EMPLOYER' and payer_code = :code""")
                .param("code", unitCode).query(Long.class).single());
        return state;
    }

    /** What the employer owes for the month, all funds. */
    long owedFor(String unitCode, YearMonth month) {
        return ledger.openDues(PayerKind.EMPLOYER, unitCode).stream().filter(d -> d.period().equals(month))
                .mapToLong(Due::outstanding).sum();
    }


    // ---- the API

    @Test
    void declaresAHireASalaryChangeUnpaidLeaveAndALeaveThroughTheApi() throws Exception {
        String hired = mvc.perform(declare(employer.unitCode(), hire(an, "2025-03-01", 9_000_000)).with(asOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.kind").value("HIRE"))
                .andExpect(jsonPath("$.declaration.fullName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.declaration.source").value("API"))
                .andExpect(jsonPath("$.declaration.declaredBy").value(officer))
                .andReturn().getResponse().getContentAsString();
        long employment = ((Number) JsonPath.read(hired, "$.declaration.employmentId")).longValue();
        assertThat(jdbc.sql("select start_date from employment where id = :id and employer_id = :e and person_id = :p")
                .param("id", employment).param("e", employer.id()).param("p", an.id()).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2025, 3, 1));

        mvc.perform(declare(employer.unitCode(), salaryChange(an, "2025-06-01", 10_500_000)).with(asOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.employmentId").value(employment));
        mvc.perform(declare(employer.unitCode(), unpaidLeave(an, "2025-07", 15, false)).with(asOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.month").value("2025-07"));
        // A second declaration for the month corrects the first.
        mvc.perform(declare(employer.unitCode(), unpaidLeave(an, "2025-07", 10, true)).with(asOfficer()))
                .andExpect(status().isCreated());
        mvc.perform(declare(employer.unitCode(), leave(an, "2025-09-30")).with(asOfficer()))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("select concat_ws('|', valid_from, amount) from salary where employment_id = :id order by valid_from")
                .param("id", employment).query(String.class).list())
                .containsExactly("2025-03-01|9000000", "2025-06-01|10500000");
        assertThat(jdbc.sql("select concat_ws('|', month, days, maternity) from unpaid_leave where employment_id = :id")
                .param("id", employment).query(String.class).list()).containsExactly("2025-07-01|10|t");
        assertThat(jdbc.sql("select end_date from employment where id = :id").param("id", employment)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 9, 30));
        mvc.perform(get("/api/v1/employers/{u}/declarations", employer.unitCode()).with(asOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[*].kind").value(org.hamcrest.Matchers.contains(
                        "LEAVE", "UNPAID_LEAVE", "UNPAID_LEAVE", "SALARY_CHANGE", "HIRE")))
                .andExpect(jsonPath("$.items[0].effectiveOn").value("2025-09-30"))
                .andExpect(jsonPath("$.items[1].unpaidDays").value(10))
                .andExpect(jsonPath("$.items[1].maternity").value(true));
    }

    @Test
    void aDeclarationIsRefusedWithEveryReasonEachOnItsField() throws Exception {
        mvc.perform(declare(employer.unitCode(), """
                        {"kind": "HIRE", "cccd": "%s", "unpaidDays": 3}""".formatted(an.cccd())).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("effectiveDate", "monthlySalary", "unpaidDays")))
                .andExpect(jsonPath("$.errors[?(@.field == 'unpaidDays')].reason").value("does not apply to a HIRE declaration"));

        // Below the floor of 4,960,000 (region I from 2024-07-01), and not the registered name.
        mvc.perform(declare(employer.unitCode(), """
                        {"kind": "HIRE", "cccd": "%s", "fullName": "Nguyen Van Anh", "effectiveDate": "2025-03-01",
                         "monthlySalary": 4500000}""".formatted(an.cccd())).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Declaration refused"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("fullName", "monthlySalary")))
                .andExpect(jsonPath("$.errors[?(@.field == 'monthlySalary')].reason").value(
                        org.hamcrest.Matchers.hasItem(containsString("below the regional minimum wage of 4,960,000 VND"))));

        mvc.perform(declare(employer.unitCode(), hire(binh, "2025-03-01", 9_000_000)).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cccd"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("is already employed here from 2024-01-01")));
        mvc.perform(declare(employer.unitCode(), salaryChange(chi, "2025-03-01", 9_000_000)).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("CCCD " + chi.cccd() + " is not employed at unit " + employer.unitCode())));

        assertThat(declarationCount(employer.id())).isZero();
    }

    @Test
    void aSalaryRaisedFromAnAssessedMonthReassessesEveryAssessedMonthSinceIntoAnAdjustment() throws Exception {
        EmploymentFixtures.Employer workshop = fixtures.employer(1, false);
        Person dung = person("Phạm Văn Dũng", LocalDate.of(1988, 7, 7), "M");
        long job = fixtures.employ(workshop, dung.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30), 10_000_000, false);
        YearMonth august = YearMonth.of(2023, 8);
        YearMonth september = YearMonth.of(2023, 9);
        assessing.assess(august, workshop.unitCode());
        assessing.assess(september, workshop.unitCode());
        // 32 % of 10,000,000 a month: 21.5 % from the employer, 10.5 % from the employee.
        assertThat(ledger.balance(PayerKind.EMPLOYER, workshop.unitCode(), Account.RECEIVABLE)).isEqualTo(6_400_000);

        mvc.perform(declare(workshop.unitCode(), salaryChange(dung, "2023-08-01", 12_000_000)).with(asOfficer()))
                .andExpect(status().isCreated())
                // Later months assessed for the whole province by other tests in this shared database are
                // re-assessed too (and change nothing, the job ended in September).
                .andExpect(jsonPath("$.reassessedMonths[0]").value("2023-08"))
                .andExpect(jsonPath("$.reassessedMonths[1]").value("2023-09"));

        assertThat(jdbc.sql("select concat_ws('|', month, kind, si_base) from contribution where employment_id = :e order by run_id, month")
                .param("e", job).query(String.class).list()).containsExactly(
                "2023-08-01|R|10000000", "2023-09-01|R|10000000", "2023-08-01|A|2000000", "2023-09-01|A|2000000");
        assertThat(fixtures.assessmentJournalKinds(workshop, august)).containsExactly("ASSESSMENT", "ADJUSTMENT");
        assertThat(fixtures.assessmentJournalKinds(workshop, september)).containsExactly("ASSESSMENT", "ADJUSTMENT");
        // 32 % of the 2,000,000 raise, twice.
        assertThat(ledger.balance(PayerKind.EMPLOYER, workshop.unitCode(), Account.RECEIVABLE)).isEqualTo(7_680_000);
        assertThat(owedFor(workshop.unitCode(), august)).isEqualTo(3_840_000);
    }

    @Test
    void unpaidLeaveOfFourteenWorkingDaysReassessesOnlyItsOwnMonth() throws Exception {
        EmploymentFixtures.Employer workshop = fixtures.employer(1, false);
        Person em = person("Võ Thị Em", LocalDate.of(1995, 3, 3), "F");
        fixtures.employ(workshop, em.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30), 10_000_000, false);
        assessing.assess(YearMonth.of(2023, 8), workshop.unitCode());
        assessing.assess(YearMonth.of(2023, 9), workshop.unitCode());

        mvc.perform(declare(workshop.unitCode(), unpaidLeave(em, "2023-08", 14, false)).with(asOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reassessedMonths").value(org.hamcrest.Matchers.contains("2023-08")));

        assertThat(owedFor(workshop.unitCode(), YearMonth.of(2023, 8))).isZero();
        assertThat(owedFor(workshop.unitCode(), YearMonth.of(2023, 9))).isEqualTo(3_200_000);
    }

    @Test
    void anEmployersSystemDeclaresForItsOwnUnitOnly() throws Exception {
        EmploymentFixtures.Employer other = fixtures.employer(1, false);
        String own = "Bearer " + tokens.issue("Payroll " + employer.unitCode(), ApiClient.Kind.EMPLOYER, employer.unitCode(), null);
        String facility = "Bearer " + tokens.issue("Hospital", ApiClient.Kind.FACILITY, "FD" + SERIAL.incrementAndGet(), null);

        mvc.perform(declare(employer.unitCode(), hire(an, "2025-03-01", 9_000_000)).header(HttpHeaders.AUTHORIZATION, own))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.declaredBy").value("client:employer:" + employer.unitCode()));
        mvc.perform(declare(other.unitCode(), hire(chi, "2025-03-01", 9_000_000)).header(HttpHeaders.AUTHORIZATION, own))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers/{u}/declarations", other.unitCode()).header(HttpHeaders.AUTHORIZATION, own))
                .andExpect(status().isForbidden());
        mvc.perform(upload(other.unitCode(), ListFile.header().getBytes(StandardCharsets.UTF_8), false)
                        .header(HttpHeaders.AUTHORIZATION, own))
                .andExpect(status().isForbidden());
        mvc.perform(declare(employer.unitCode(), hire(chi, "2025-03-01", 9_000_000)).header(HttpHeaders.AUTHORIZATION, facility))
                .andExpect(status().isForbidden());
        // Staff of another district neither.
        String elsewhere = CollectionFixtures.staff(accounts, "declarations", Role.COLLECTION_OFFICER, fixtures.areas.districtBCode());
        mvc.perform(declare(employer.unitCode(), hire(chi, "2025-03-01", 9_000_000)).with(httpBasic(elsewhere, PASSWORD)))
                .andExpect(status().isForbidden());

        assertThat(declarationCount(other.id())).isZero();
        assertThat(declarationCount(employer.id())).isEqualTo(1);
    }

    // ---- labour-change lists

    /** A labour-change list in the office's columns. */
    static final class ListFile {
        private final StringBuilder text = new StringBuilder(header());

        static String header() {
            return "loai,so_cccd,ho_ten,ngay_sinh,ngay_hieu_luc,muc_luong,so_ngay_nghi,ghi_chu\n";
        }

        ListFile line(String kind, Person p, String effective, String salary, String days) {
            return line(kind, p.cccd(), p.fullName(), p.dateOfBirth().toString(), effective, salary, days);
        }

        ListFile line(String kind, String cccd, String name, String born, String effective, String salary, String days) {
            text.append(String.join(",", kind, cccd, name, born, effective, salary, days, "")).append('\n');
            return this;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Three good lines (2, 17, 18) and one bad line for each reason. */
    byte[] listWithABadLineForEachReason() {
        String future = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2).toString();
        return new ListFile()
                .line("TANG", an.cccd(), "Nguyen Van An", "1990-05-01", "2025-01-06", "9000000", "")        // 2 good
                .line("TANG", "999190012345", "Ai Do", "1990-01-01", "2025-01-06", "9000000", "")           // 3 no province 999
                .line("TANG", "094190999999", "Ai Do", "1990-01-01", "2025-01-06", "9000000", "")           // 4 not registered
                .line("TANG", chi.cccd(), "Le Minh Tri", "1992-02-29", "2025-01-06", "9000000", "")         // 5 name
                .line("TANG", chi.cccd(), "Lê Minh Chí", "1992-03-01", "2025-01-06", "9000000", "")         // 6 date of birth
                .line("TANG", chi, "2025-02-30", "9000000", "")                                             // 7 no such day
                .line("TANG", chi, "2025-01-06", "3000000", "")                                             // 8 below the floor
                .line("GIAM", chi, "2025-02-28", "", "")                                                    // 9 not employed
                .line("TANG", binh, "2025-02-01", "9000000", "")                                            // 10 already employed
                .line("TANG", an, "2025-03-01", "9500000", "")                                              // 11 hired on line 2
                .line("CHUYEN", binh, "2025-02-01", "", "")                                                 // 12 unknown kind
                .line("NGHI_KHONG_LUONG", binh, future, "", "3")                                            // 13 month to come
                .line("DIEU_CHINH", binh, "2024-01-01", "9000000", "")                                      // 14 the hire's day
                .line("NGHI_KHONG_LUONG", binh, "2025-02", "", "29")                                        // 15 February 2025
                .line("NGHI_KHONG_LUONG", binh, "2025-02", "", "abc")                                       // 16 not a number
                .line("DIEU_CHINH", binh, "2025-01-15", "50000000", "")                                     // 17 good, flagged
                .line("NGHI_KHONG_LUONG", binh, "2025-01", "", "5")                                         // 18 good
                .line("GIAM", binh, "2025-01-10", "", "")                                                   // 19 before line 17's salary
                .bytes();
    }

    static final List<org.assertj.core.groups.Tuple> BAD_LINES = List.of(
            tuple(3, "so_cccd"), tuple(4, "so_cccd"), tuple(5, "ho_ten"), tuple(6, "ngay_sinh"),
            tuple(7, "ngay_hieu_luc"), tuple(8, "muc_luong"), tuple(9, "ngay_hieu_luc"), tuple(10, "so_cccd"),
            tuple(11, "so_cccd"), tuple(12, "loai"), tuple(13, "ngay_hieu_luc"), tuple(14, "ngay_hieu_luc"),
            tuple(15, "so_ngay_nghi"), tuple(16, "so_ngay_nghi"), tuple(19, "ngay_hieu_luc"));

    @Test
    void aListWithBadLinesAppliesNothingAndGivesEveryBadLineWithItsColumnAndReason() throws Exception {
        assessing.assess(YearMonth.of(2025, 1), employer.unitCode());
        String register = registerOf(employer.id());
        Map<String, Long> ledgerBefore = ledgerOf(employer.unitCode());
        assertThat(owedFor(employer.unitCode(), YearMonth.of(2025, 1))).isEqualTo(2_560_000);

        String body = mvc.perform(upload(employer.unitCode(), listWithABadLineForEachReason(), false).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Labour-change list rejected"))
                .andExpect(jsonPath("$.detail").value(containsString("15 bad line(s) of 18; nothing was applied")))
                .andReturn().getResponse().getContentAsString();

        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("line"), e -> e.get("field")).containsExactlyElementsOf(BAD_LINES);
        Map<Integer, String> reasons = new TreeMap<>();
        errors.forEach(e -> reasons.merge((Integer) e.get("line"), (String) e.get("reason"), (a, b) -> a + " / " + b));
        assertThat(reasons.get(3)).contains("digits 1-3 (999) are not a province code");
        assertThat(reasons.get(4)).isEqualTo("no person is registered with CCCD 094190999999");
        assertThat(reasons.get(5)).isEqualTo("'Le Minh Tri' is not the name registered for CCCD " + chi.cccd());
        assertThat(reasons.get(6)).startsWith("1992-03-01 is not the date of birth registered");
        assertThat(reasons.get(7)).contains("'2025-02-30' is not a date");
        assertThat(reasons.get(8)).contains("3,000,000 VND is below the regional minimum wage of 4,960,000 VND");
        assertThat(reasons.get(9)).isEqualTo("CCCD " + chi.cccd() + " is not employed at unit " + employer.unitCode()
                + " on 2025-02-28; no employment of theirs is recorded here");
        assertThat(reasons.get(10)).isEqualTo("is already employed here from 2024-01-01; declare the leave first");
        assertThat(reasons.get(11)).isEqualTo("is already employed here from 2025-01-06 (line 2); declare the leave first");
        assertThat(reasons.get(12)).contains("'CHUYEN' is not one of TANG, GIAM, DIEU_CHINH, NGHI_KHONG_LUONG");
        assertThat(reasons.get(13)).contains("has not begun");
        assertThat(reasons.get(14)).contains("is the first day of the employment");
        assertThat(reasons.get(15)).isEqualTo("2025-02 has only 28 days");
        assertThat(reasons.get(16)).contains("'abc' is not a number of days");
        // Refused by the employer register itself, once line 17 was tried.
        assertThat(reasons.get(19)).contains("a salary from 2025-01-15 is recorded; the employment cannot end before it");
        List<Map<String, Object>> flags = JsonPath.read(body, "$.flags");
        assertThat(flags).extracting(f -> f.get("line"), f -> f.get("field")).containsExactly(tuple(17, "muc_luong"));

        assertThat(registerOf(employer.id())).isEqualTo(register);
        assertThat(ledgerOf(employer.unitCode())).isEqualTo(ledgerBefore);
        long uploadId = ((Number) JsonPath.read(body, "$.uploadId")).longValue();
        mvc.perform(get("/api/v1/employers/{u}/declarations/imports/{id}", employer.unitCode(), uploadId).with(asOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.applied").value(0))
                .andExpect(jsonPath("$.badRows").value(15))
                .andExpect(jsonPath("$.errors.length()").value(15));
        // Nothing of it was applied, so the same list is checked again rather than called imported.
        String again = mvc.perform(upload(employer.unitCode(), listWithABadLineForEachReason(), false).with(asOfficer()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(again, "$.uploadId")).longValue()).isGreaterThan(uploadId);
        assertThat(registerOf(employer.id())).isEqualTo(register);
    }

    @Test
    void withPartialOnlyTheGoodLinesAreAppliedAndSendingTheListAgainChangesNothing() throws Exception {
        YearMonth january = YearMonth.of(2025, 1);
        assessing.assess(january, employer.unitCode());
        byte[] list = listWithABadLineForEachReason();

        String body = mvc.perform(upload(employer.unitCode(), list, true).with(asOfficer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PARTIALLY_APPLIED"))
                .andExpect(jsonPath("$.rows").value(18))
                .andExpect(jsonPath("$.applied").value(3))
                .andExpect(jsonPath("$.badRows").value(15))
                .andExpect(jsonPath("$.reassessedMonths[0]").value("2025-01"))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("line"), e -> e.get("field")).containsExactlyElementsOf(BAD_LINES);

        assertThat(jdbc.sql("""
                        select concat_ws('|', p.full_name, e.start_date, e.end_date, s.valid_from, s.amount)
                        from employment e join person p on p.id = e.person_id join salary s on s.employment_id = e.id
                        where e.employer_id = :e order by p.id, s.valid_from""")
                .param("e", employer.id()).query(String.class).list()).containsExactly(
                "Nguyễn Văn An|2025-01-06|2025-01-06|9000000",
                "Trần Thị Bình|2024-01-01|2024-01-01|8000000",
                "Trần Thị Bình|2024-01-01|2025-01-15|50000000");
        assertThat(jdbc.sql("""
                        select concat_ws('|', u.month, u.days, u.maternity) from unpaid_leave u
                        join employment e on e.id = u.employment_id where e.employer_id = :e""")
                .param("e", employer.id()).query(String.class).list()).containsExactly("2025-01-01|5|f");
        assertThat(jdbc.sql("select concat_ws('|', kind, source, line, salary_note is not null) from labour_declaration where employer_id = :e order by id")
                .param("e", employer.id()).query(String.class).list())
                .containsExactly("HIRE|FILE|2|f", "SALARY_CHANGE|FILE|17|t", "UNPAID_LEAVE|FILE|18|f");
        // January: An's 9,000,000 (32 %: 2,880,000) is added, and Bình's salary of 50,000,000 from the 15th is in
        // force on the month's last day: 30 % of the SI ceiling of 46,800,000 plus 2 % of 50,000,000 for UI.
        assertThat(owedFor(employer.unitCode(), january)).isEqualTo(2_880_000 + 14_040_000 + 1_000_000);
        assertThat(fixtures.assessmentJournalKinds(employer, january)).containsExactly("ASSESSMENT", "ADJUSTMENT");

        String register = registerOf(employer.id());
        Map<String, Long> ledgerAfter = ledgerOf(employer.unitCode());
        long firstImport = ((Number) JsonPath.read(body, "$.id")).longValue();
        for (boolean partial : new boolean[] {true, false}) {
            mvc.perform(upload(employer.unitCode(), list, partial).with(asOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.alreadyImported").value(true))
                    .andExpect(jsonPath("$.id").value(firstImport))
                    .andExpect(jsonPath("$.applied").value(3));
        }
        assertThat(registerOf(employer.id())).isEqualTo(register);
        assertThat(ledgerOf(employer.unitCode())).isEqualTo(ledgerAfter);
    }
}
