package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;
import static vn.ansinh.collection.CollectionFixtures.due;
import static vn.ansinh.collection.CollectionFixtures.file;
import static vn.ansinh.collection.CollectionFixtures.row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class StatementAndNoticeTests {

    @Autowired ImportingPayments importing;
    @Autowired ChargingInterest charging;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    final YearMonth april = YearMonth.of(2025, 4);
    final YearMonth may = YearMonth.of(2025, 5);
    TestAreas areas;
    String officer;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        officer = CollectionFixtures.staff(accounts, "collector", Role.COLLECTION_OFFICER, areas.provinceCode());
    }

    @Test
    void aStatementShowsDuesPaymentsInterestBalanceAndDaysLatePerMonth() throws Exception {
        String employer = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Sao Kê");
        due(ledger, employer, april, Fund.RETIREMENT, 10_000_000);
        due(ledger, employer, april, Fund.HEALTH, 1_500_000);
        due(ledger, employer, may, Fund.RETIREMENT, 2_000_000);
        String tx = CollectionFixtures.transactionId();
        importing.importFile("aug.csv", file(row(tx, employer, 12_000_000, LocalDate.of(2025, 8, 15))), false);
        for (LocalDate end : new LocalDate[] {LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31)}) {
            charging.charge(end, areas.provinceCode());
        }
        // Interest (see LatePaymentInterestTests): April SI 83,333 + 93,000 + 45,000 = 221,333; April HI
        // 10,000 + 13,950 + 6,750 = 30,700; May SI: July 18,600; August 1-15 on 2,000,000 (15 x 600 = 9,000) and
        // 16-31 on the 1,500,000 left after the payment (16 x 450 = 7,200): 34,800 in all.
        mvc.perform(get("/api/v1/payers/employer/" + employer + "/statement").param("from", "2025-04").param("to", "2025-08")
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payerName").value("Công ty Sao Kê"))
                .andExpect(jsonPath("$.months.length()").value(2))
                .andExpect(jsonPath("$.months[0].month").value("2025-04"))
                .andExpect(jsonPath("$.months[0].deadline").value("2025-05-31"))
                .andExpect(jsonPath("$.months[0].amounts.dues").value(11_500_000))
                .andExpect(jsonPath("$.months[0].amounts.paid").value(11_500_000))
                .andExpect(jsonPath("$.months[0].amounts.interest").value(252_033))
                .andExpect(jsonPath("$.months[0].amounts.balance").value(252_033))
                .andExpect(jsonPath("$.months[0].daysLate").value(76))
                .andExpect(jsonPath("$.months[0].funds[0].fund").value("RETIREMENT"))
                .andExpect(jsonPath("$.months[0].funds[0].amounts.interest").value(221_333))
                .andExpect(jsonPath("$.months[0].funds[1].fund").value("HEALTH"))
                .andExpect(jsonPath("$.months[1].amounts.dues").value(2_000_000))
                .andExpect(jsonPath("$.months[1].amounts.paid").value(500_000))
                .andExpect(jsonPath("$.months[1].amounts.interest").value(34_800))
                .andExpect(jsonPath("$.months[1].amounts.balance").value(1_534_800))
                .andExpect(jsonPath("$.totals.dues").value(13_500_000))
                .andExpect(jsonPath("$.totals.paid").value(12_000_000))
                .andExpect(jsonPath("$.totals.interest").value(286_833))
                .andExpect(jsonPath("$.totals.balance").value(1_786_833))
                .andExpect(jsonPath("$.earlierBalance").value(0))
                .andExpect(jsonPath("$.unallocatedCredit").value(0))
                .andExpect(jsonPath("$.payments[0].date").value("2025-08-15"))
                .andExpect(jsonPath("$.payments[0].transactionId").value(tx))
                .andExpect(jsonPath("$.payments[0].amount").value(12_000_000));
    }

    @Test
    void aStatementRefusesAnUnknownKindAndAPayerOutsideTheArea() throws Exception {
        String employer = CollectionFixtures.employer(jdbc, areas.communeB1(), "Công ty Ngoài Vùng");
        String districtA = CollectionFixtures.staff(accounts, "collector-a", Role.COLLECTION_OFFICER, areas.districtACode());

        mvc.perform(get("/api/v1/payers/company/" + employer + "/statement").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/payers/employer/" + employer + "/statement").with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payers/employer/NOSUCHUNIT/statement").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void demandNoticesListTheDebtAtTheEndOfThePreviousMonthAndPrintAVietnamesePdf() throws Exception {
        String name = "Công ty TNHH Thương Mại Đông Á";
        String employer = CollectionFixtures.employer(jdbc, areas.communeA2(), name);
        String settled = CollectionFixtures.employer(jdbc, areas.communeA2(), "Công ty Đã Nộp");
        due(ledger, employer, april, Fund.RETIREMENT, 10_000_000);               // deadline 05-31: 92 days, evasion
        due(ledger, employer, april, Fund.HEALTH, 1_500_000);
        due(ledger, employer, YearMonth.of(2025, 6), Fund.RETIREMENT, 3_000_000); // deadline 07-31: 31 days
        due(ledger, employer, YearMonth.of(2025, 7), Fund.RETIREMENT, 3_000_000); // deadline 08-31: not late yet
        due(ledger, settled, april, Fund.RETIREMENT, 1_000_000);
        importing.importFile("settled.csv", file(row(CollectionFixtures.transactionId(), settled, 1_000_000,
                LocalDate.of(2025, 5, 30))), false);

        mvc.perform(get("/api/v1/demand-notices").param("month", "2025-09").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value(employer))
                .andExpect(jsonPath("$.items[0].debtAsOf").value("2025-08-31"))
                .andExpect(jsonPath("$.items[0].debtByFund.RETIREMENT").value(13_000_000))
                .andExpect(jsonPath("$.items[0].debtByFund.HEALTH").value(1_500_000))
                .andExpect(jsonPath("$.items[0].debt").value(14_500_000))
                .andExpect(jsonPath("$.items[0].interest").value(0))
                .andExpect(jsonPath("$.items[0].oldestMonth").value("2025-04"))
                .andExpect(jsonPath("$.items[0].daysLate").value(92))
                .andExpect(jsonPath("$.items[0].evasion").value(true))
                .andExpect(jsonPath("$.items[0].months.length()").value(2))
                .andExpect(jsonPath("$.items[0].months[1].evasion").value(false));

        byte[] pdf = mvc.perform(get("/api/v1/demand-notices/" + employer + ".pdf").param("month", "2025-09")
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(name).contains("THÔNG BÁO").contains("Đôn đốc").contains(employer)
                .contains("14.500.000").contains("31/08/2025").contains("trốn đóng");

        mvc.perform(get("/api/v1/demand-notices/" + settled + ".pdf").param("month", "2025-09")
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/demand-notices").param("month", "2999-01").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
    }
}
