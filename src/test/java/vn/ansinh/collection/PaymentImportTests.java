package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;
import static vn.ansinh.collection.CollectionFixtures.due;
import static vn.ansinh.collection.CollectionFixtures.file;
import static vn.ansinh.collection.CollectionFixtures.row;
import static vn.ansinh.collection.CollectionFixtures.transactionId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

@IntegrationTest
class PaymentImportTests {

    @Autowired ImportingPayments importing;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    TestAreas areas;
    String employer;
    final YearMonth april = YearMonth.of(2025, 4);
    final YearMonth may = YearMonth.of(2025, 5);

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        employer = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty TNHH Thanh Toán");
        due(ledger, employer, april, Fund.RETIREMENT, 3_000_000);
        due(ledger, employer, april, Fund.HEALTH, 450_000);
        due(ledger, employer, may, Fund.RETIREMENT, 3_000_000);
    }

    /** Every balance of the payer, and how many journals concern it: what "the ledger is unchanged" means here. */
    Map<String, Long> ledgerOf(String payer) {
        Map<String, Long> state = new TreeMap<>();
        for (Account account : Account.values()) {
            state.put(account.name(), ledger.balance(PayerKind.EMPLOYER, payer, account));
        }
        state.put("journals", jdbc.sql("""
                        select count(distinct journal_id) from ledger_posting where payer_kind = 'EMPLOYER' and payer_code = :code""")
                .param("code", payer).query(Long.class).single());
        return state;
    }

    @Test
    void reImportingAPaymentFileChangesNoBalance() {
        byte[] bytes = file(row(transactionId(), employer, 2_000_000, LocalDate.of(2025, 5, 20)),
                row(transactionId(), employer, 2_000_000, LocalDate.of(2025, 6, 10)));

        PaymentImportReceipt first = importing.importFile("bank-2025-06.csv", bytes, false);
        assertThat(first.status()).isEqualTo(PaymentImportReceipt.Status.BOOKED);
        assertThat(first.booked()).isEqualTo(2);
        assertThat(first.bookedAmount()).isEqualTo(4_000_000);
        // 6,450,000 owed; 4,000,000 paid and allocated to April first, then May.
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.RECEIVABLE)).isEqualTo(2_450_000);
        assertThat(ledger.openDues(PayerKind.EMPLOYER, employer)).containsExactly(new Due(may, Fund.RETIREMENT, 2_450_000));
        Map<String, Long> afterFirst = ledgerOf(employer);

        PaymentImportReceipt again = importing.importFile("bank-2025-06.csv", bytes, false);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.status()).isEqualTo(PaymentImportReceipt.Status.BOOKED);
        assertThat(again.booked()).isZero();
        assertThat(again.alreadyBooked()).isEqualTo(2);
        assertThat(again.bookedAmount()).isZero();
        assertThat(again.errors()).isEmpty();
        assertThat(again.skipped()).extracting(RowIssue::line).containsExactly(2, 3);
        assertThat(ledgerOf(employer)).isEqualTo(afterFirst);
    }

    @Test
    void aBadFileGivesEveryBadRowAndLeavesTheLedgerUnchanged() {
        String good = transactionId();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        byte[] bytes = file(
                row(good, employer, 1_000_000, LocalDate.of(2025, 6, 2)),      // line 2: good
                row(transactionId(), "NOBODY0001", 500_000, LocalDate.of(2025, 6, 2)),
                transactionId() + "," + employer + ",12a,2025-06-02",            // line 4
                transactionId() + "," + employer + ",0,2025-06-02",              // line 5
                transactionId() + "," + employer + ",-5,2025-06-02",             // line 6
                transactionId() + "," + employer + ",100,2025-13-01",            // line 7
                row(transactionId(), employer, 100, tomorrow),                   // line 8
                "," + employer + ",100,2025-06-02",                              // line 9
                row(good, employer, 1_000_000, LocalDate.of(2025, 6, 3)),        // line 10: repeated id
                transactionId() + "," + employer + ",100",                       // line 11: a field short
                transactionId() + ",," + "7,31/06/2025");                        // line 12: two bad fields
        Map<String, Long> before = ledgerOf(employer);

        PaymentImportReceipt receipt = importing.importFile("bad.csv", bytes, false);

        assertThat(receipt.status()).isEqualTo(PaymentImportReceipt.Status.REJECTED);
        assertThat(receipt.rows()).isEqualTo(11);
        assertThat(receipt.badRows()).isEqualTo(10);
        assertThat(receipt.booked()).isZero();
        assertThat(receipt.errors()).extracting(RowIssue::line, RowIssue::field).containsExactly(
                tuple(3, "payerCode"),
                tuple(4, "amount"),
                tuple(5, "amount"),
                tuple(6, "amount"),
                tuple(7, "date"),
                tuple(8, "date"),
                tuple(9, "transactionId"),
                tuple(10, "transactionId"),
                tuple(11, "line"),
                tuple(12, "payerCode"),
                tuple(12, "date"));
        assertThat(receipt.errors().get(0).reason()).contains("unknown payer");
        assertThat(receipt.errors().get(1).reason()).contains("not a whole number");
        assertThat(receipt.errors().get(2).reason()).contains("must be positive");
        assertThat(receipt.errors().get(5).reason()).contains("in the future");
        assertThat(receipt.errors().get(6).reason()).isEqualTo("is missing");
        assertThat(receipt.errors().get(7).reason()).contains("repeated: already on line 2");
        assertThat(receipt.errors().get(8).reason()).contains("expected 4 fields");

        assertThat(ledgerOf(employer)).isEqualTo(before);
        assertThat(ledger.booked(Payments.sourceRef(good))).isFalse();
        // The file is kept as received, with what was wrong with it.
        Map<String, Object> stored = jdbc.sql("select content, status, sha256, error_count from upload where id = :id")
                .param("id", receipt.id()).query().singleRow();
        assertThat((byte[]) stored.get("content")).isEqualTo(bytes);
        assertThat(stored).containsEntry("status", "REJECTED").containsEntry("error_count", 10);
        assertThat(importing.receipt(receipt.id()).errors()).isEqualTo(receipt.errors());
    }

    @Test
    void withPartialTheGoodRowsAreBookedAndTheBadOnesListed() {
        String good = transactionId();
        byte[] bytes = file(row(good, employer, 1_000_000, LocalDate.of(2025, 6, 2)),
                row(transactionId(), "NOBODY0002", 500_000, LocalDate.of(2025, 6, 2)));

        PaymentImportReceipt receipt = importing.importFile("partial.csv", bytes, true);

        assertThat(receipt.status()).isEqualTo(PaymentImportReceipt.Status.PARTIALLY_BOOKED);
        assertThat(receipt.booked()).isEqualTo(1);
        assertThat(receipt.badRows()).isEqualTo(1);
        assertThat(receipt.errors()).extracting(RowIssue::line).containsExactly(3);
        assertThat(ledger.booked(Payments.sourceRef(good))).isTrue();
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.RECEIVABLE)).isEqualTo(5_450_000);
    }

    @Test
    void aTransactionBookedBeforeForAnotherAmountIsAnErrorNotASkip() {
        String id = transactionId();
        importing.importFile("one.csv", file(row(id, employer, 1_000_000, LocalDate.of(2025, 6, 2))), false);
        Map<String, Long> before = ledgerOf(employer);

        PaymentImportReceipt receipt = importing.importFile("two.csv",
                file(row(id, employer, 1_500_000, LocalDate.of(2025, 6, 2))), false);

        assertThat(receipt.status()).isEqualTo(PaymentImportReceipt.Status.REJECTED);
        assertThat(receipt.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("transactionId");
            assertThat(e.reason()).contains("was booked before").contains("1000000 VND on 2025-06-02");
        });
        assertThat(ledgerOf(employer)).isEqualTo(before);
    }

    @Test
    void readsSemicolonsQuotesDayMonthYearDatesAndAFileWithoutHeader() {
        String a = transactionId();
        String b = transactionId();
        byte[] bytes = ("\uFEFF" + a + ";\"" + employer + "\";1000000;02/06/2025\r\n" + b + ";" + employer + ";500000;2025-06-03\r\n")
                .getBytes(StandardCharsets.UTF_8);

        PaymentImportReceipt receipt = importing.importFile("semicolons.csv", bytes, false);

        assertThat(receipt.errors()).isEmpty();
        assertThat(receipt.booked()).isEqualTo(2);
        assertThat(jdbc.sql("select booked_on from ledger_journal where source_ref = :ref")
                .param("ref", Payments.sourceRef(a)).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void theApiRejectsABadFileWithProblemJsonListingTheRowsAndKeepsTheFile() throws Exception {
        String officer = CollectionFixtures.staff(accounts, "collector", Role.COLLECTION_OFFICER, areas.provinceCode());
        byte[] bytes = file(row(transactionId(), employer, 1_000_000, LocalDate.of(2025, 6, 2)),
                transactionId() + "," + employer + ",abc,2025-06-02");

        String body = mvc.perform(multipart("/api/v1/payments/imports")
                        .file(new MockMultipartFile("file", "bank.csv", "text/csv", bytes))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Payment file rejected"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andReturn().getResponse().getContentAsString();
        int uploadId = JsonPath.read(body, "$.uploadId");

        mvc.perform(get("/api/v1/payments/imports/" + uploadId).with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.fileName").value("bank.csv"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("not a whole number")));
        mvc.perform(get("/api/v1/payments/imports/" + uploadId + "/file").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes));
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.BANK)).isZero();

        mvc.perform(multipart("/api/v1/payments/imports").param("partial", "true")
                        .file(new MockMultipartFile("file", "bank.csv", "text/csv", bytes))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/payments/imports/")))
                .andExpect(jsonPath("$.status").value("PARTIALLY_BOOKED"))
                .andExpect(jsonPath("$.booked").value(1));
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.BANK)).isEqualTo(1_000_000);
    }

    @Test
    void anOfficerCannotBookPaymentsOfPayersOutsideTheirAreaNorCanACardOfficerImport() throws Exception {
        String districtB = CollectionFixtures.staff(accounts, "collector-b", Role.COLLECTION_OFFICER, areas.districtBCode());
        String cards = CollectionFixtures.staff(accounts, "cards", Role.CARD_OFFICER, areas.provinceCode());
        byte[] bytes = file(row(transactionId(), employer, 1_000_000, LocalDate.of(2025, 6, 2)));

        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(new MockMultipartFile("file", "bank.csv", "text/csv", bytes))
                        .with(httpBasic(districtB, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("outside your area")));
        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(new MockMultipartFile("file", "bank.csv", "text/csv", bytes))
                        .with(httpBasic(cards, PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.BANK)).isZero();
    }

    @Test
    void aVoluntaryPayerPaysByTheirSiCode() {
        long n = CollectionFixtures.next();
        String siCode = String.format("97%08d", n % 100_000_000L);
        jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, 'Lê Văn Tự', 'le van tu', date '1980-01-01', 'M', :commune)""")
                .param("cccd", String.format("0997800%05d", n % 100_000L)).param("si", siCode)
                .param("commune", areas.communeA2()).update();

        PaymentImportReceipt receipt = importing.importFile("voluntary.csv",
                file(row(transactionId(), siCode, 396_000, LocalDate.of(2025, 6, 2))), false);

        assertThat(receipt.booked()).isEqualTo(1);
        // Nothing is due yet: the money waits as credit.
        assertThat(ledger.balance(PayerKind.VOLUNTARY, siCode, Account.PAYER_CREDIT)).isEqualTo(-396_000);
        assertThat(List.of(receipt.status())).containsExactly(PaymentImportReceipt.Status.BOOKED);
    }
}
