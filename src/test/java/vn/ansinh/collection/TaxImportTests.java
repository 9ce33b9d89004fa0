package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;
import static vn.ansinh.collection.TaxFixtures.cccd;
import static vn.ansinh.collection.TaxFixtures.file;
import static vn.ansinh.collection.TaxFixtures.row;
import static vn.ansinh.collection.TaxFixtures.taxCode;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
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
class TaxImportTests {

    @Autowired ImportingTaxIncomes importing;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    final YearMonth august = YearMonth.of(2024, 8);
    final YearMonth september = YearMonth.of(2024, 9);

    TaxImportReceipt importFile(String name, byte[] bytes, boolean partial) {
        return importing.importFile(name, new ByteArrayResource(bytes), partial);
    }

    /** The tax incomes of a tax code: "CCCD month" to income. */
    Map<String, Long> incomesOf(String taxCode) {
        Map<String, Long> incomes = new java.util.TreeMap<>();
        jdbc.sql("select cccd, month, income from tax_income where tax_code = :tax").param("tax", taxCode)
                .query((rs, i) -> Map.entry(rs.getString("cccd") + " " + YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("income")))
                .list().forEach(e -> incomes.put(e.getKey(), e.getValue()));
        return incomes;
    }

    static String badCheckDigit(String taxCode) {
        int digit = taxCode.charAt(9) - '0';
        return taxCode.substring(0, 9) + (digit + 1) % 10;
    }

    @Test
    void aFileWithBadRowsTakesNothingInAndListsEveryBadRowWithFieldAndReason() {
        String tax = taxCode();
        String person = cccd();
        YearMonth nextMonth = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);
        byte[] bytes = file(
                row(tax, person, august, 12_000_000),                     // line 2: good
                row(badCheckDigit(tax), cccd(), august, 1_000_000),       // line 3
                row(tax, "12345", august, 1_000_000),                     // line 4
                tax + "," + cccd() + ",2024-13,1000000",                  // line 5
                tax + "," + cccd() + ",08/2024,1000000",                  // line 6
                tax + "," + cccd() + ",2024-08,-5",                       // line 7
                tax + "," + cccd() + ",2024-08,12a",                      // line 8
                tax + "," + cccd() + ",2024-08",                          // line 9: a field short
                row(tax, person, august, 13_000_000),                     // line 10: line 2's key, another income
                row(tax, cccd(), nextMonth, 1_000_000),                   // line 11
                row(tax, person, august, 12_000_000));                    // line 12: line 2 again, ignored

        TaxImportReceipt receipt = importFile("thue-2024-08.csv", bytes, false);

        assertThat(receipt.status()).isEqualTo(TaxImportReceipt.Status.REJECTED);
        assertThat(receipt.rows()).isEqualTo(11);
        assertThat(receipt.badRows()).isEqualTo(9);
        assertThat(receipt.added()).isZero();
        assertThat(receipt.repeated()).isEqualTo(1);
        assertThat(receipt.errors()).extracting(RowIssue::line, RowIssue::field).containsExactly(
                tuple(3, "taxCode"),
                tuple(4, "cccd"),
                tuple(5, "month"),
                tuple(6, "month"),
                tuple(7, "taxableIncome"),
                tuple(8, "taxableIncome"),
                tuple(9, "line"),
                tuple(10, "taxableIncome"),
                tuple(11, "month"));
        assertThat(receipt.errors()).extracting(RowIssue::reason).satisfiesExactly(
                r -> assertThat(r).contains("check digit"),
                r -> assertThat(r).contains("must be exactly 12 digits"),
                r -> assertThat(r).isEqualTo("'2024-13' is not a month as yyyy-MM"),
                r -> assertThat(r).isEqualTo("'08/2024' is not a month as yyyy-MM"),
                r -> assertThat(r).isEqualTo("must be 0 or more, was -5"),
                r -> assertThat(r).contains("not a whole number of VND"),
                r -> assertThat(r).contains("expected 4 fields"),
                r -> assertThat(r).isEqualTo("repeats the tax code, CCCD and month of line 2 with another income "
                        + "(13000000 against 12000000)"),
                r -> assertThat(r).contains("is in the future"));
        assertThat(incomesOf(tax)).isEmpty();
        // The file is kept as received, with what was wrong with it.
        Map<String, Object> stored = jdbc.sql("select kind, content, status, error_count from upload where id = :id")
                .param("id", receipt.id()).query().singleRow();
        assertThat((byte[]) stored.get("content")).isEqualTo(bytes);
        assertThat(stored).containsEntry("kind", "TAX_INCOMES").containsEntry("status", "REJECTED")
                .containsEntry("error_count", 9);
        assertThat(importing.receipt(receipt.id()).errors()).isEqualTo(receipt.errors());

        // Asked for, the good rows go in; the first of a repeated key stands.
        TaxImportReceipt partial = importFile("thue-2024-08.csv", bytes, true);

        assertThat(partial.id()).isNotEqualTo(receipt.id());
        assertThat(partial.status()).isEqualTo(TaxImportReceipt.Status.PARTIALLY_LOADED);
        assertThat(partial.added()).isEqualTo(1);
        assertThat(partial.repeated()).isEqualTo(1);
        assertThat(partial.badRows()).isEqualTo(9);
        assertThat(incomesOf(tax)).containsExactly(Map.entry(person + " 2024-08", 12_000_000L));
    }

    @Test
    void theSameFileTwiceAddsNothingAndALaterFileReplacesAChangedIncome() {
        String tax = taxCode();
        String a = cccd();
        String b = cccd();
        byte[] first = file(row(tax, a, august, 9_000_000), row(tax, b, august, 12_000_000),
                row(tax, a, september, 9_000_000));

        TaxImportReceipt loaded = importFile("thue-quy-3.csv", first, false);
        assertThat(loaded.status()).isEqualTo(TaxImportReceipt.Status.LOADED);
        assertThat(List.of(loaded.added(), loaded.replaced(), loaded.unchanged())).containsExactly(3, 0, 0);
        Map<String, Long> afterFirst = incomesOf(tax);

        TaxImportReceipt again = importFile("thue-quy-3-lan-2.csv", first, false);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.id()).isEqualTo(loaded.id());
        assertThat(jdbc.sql("select count(*) from upload where sha256 = :sha").param("sha", loaded.sha256())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(incomesOf(tax)).isEqualTo(afterFirst);

        // A corrected statement: one figure the same, one changed, one new.
        String c = cccd();
        TaxImportReceipt corrected = importFile("thue-quy-3-dieu-chinh.csv", file(row(tax, a, august, 9_000_000),
                row(tax, b, august, 12_500_000), row(tax, c, september, 7_000_000)), false);

        assertThat(corrected.alreadyImported()).isFalse();
        assertThat(List.of(corrected.added(), corrected.replaced(), corrected.unchanged())).containsExactly(1, 1, 1);
        assertThat(incomesOf(tax)).containsExactly(
                Map.entry(a + " 2024-08", 9_000_000L),
                Map.entry(a + " 2024-09", 9_000_000L),
                Map.entry(b + " 2024-08", 12_500_000L),
                Map.entry(c + " 2024-09", 7_000_000L));
        assertThat(jdbc.sql("select upload_id from tax_income where tax_code = :tax and cccd = :b")
                .param("tax", tax).param("b", b).query(Long.class).single()).isEqualTo(corrected.id());
    }

    @Test
    void readsSemicolonsQuotesBranchTaxCodesWithADashAndAFileWithoutHeader() {
        String tax = taxCode();
        String person = cccd();
        byte[] bytes = ("\uFEFF\"" + tax + "-001\";" + person + ";2024-08;\"9000000\"\r\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);

        TaxImportReceipt receipt = importFile("branch.csv", bytes, false);

        assertThat(receipt.errors()).isEmpty();
        assertThat(receipt.added()).isEqualTo(1);
        assertThat(incomesOf(tax + "001")).containsExactly(Map.entry(person + " 2024-08", 9_000_000L));
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedEvenWhenPartIsAskedFor() {
        byte[] bytes = {'8', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'};

        TaxImportReceipt receipt = importFile("latin1.csv", bytes, true);

        assertThat(receipt.status()).isEqualTo(TaxImportReceipt.Status.REJECTED);
        assertThat(receipt.errors()).first().isEqualTo(new RowIssue(0, "file", "is not UTF-8 text"));
    }

    @Test
    void theApiTakesAFileFromACollectionOfficerRejectsABadOneWithProblemJsonAndRefusesAManager() throws Exception {
        TestAreas areas = TestAreas.create(jdbc);
        String officer = CollectionFixtures.staff(accounts, "tax-collector", Role.COLLECTION_OFFICER, areas.provinceCode());
        String manager = CollectionFixtures.staff(accounts, "tax-manager", Role.MANAGER, areas.provinceCode());
        String tax = taxCode();
        byte[] good = file(row(tax, cccd(), august, 12_000_000));
        byte[] bad = file(row(tax, cccd(), august, 12_000_000), row(tax, cccd(), august, -1));

        String body = mvc.perform(multipart("/api/v1/collection/tax-imports")
                        .file(new MockMultipartFile("file", "thue.csv", "text/csv", good))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/collection/tax-imports/")))
                .andExpect(jsonPath("$.status").value("LOADED"))
                .andExpect(jsonPath("$.added").value(1))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(multipart("/api/v1/collection/tax-imports")
                        .file(new MockMultipartFile("file", "thue.csv", "text/csv", good))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.alreadyImported").value(true));
        mvc.perform(multipart("/api/v1/collection/tax-imports")
                        .file(new MockMultipartFile("file", "sai.csv", "text/csv", bad))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tax income file rejected"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("taxableIncome"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("0 or more")));
        mvc.perform(get("/api/v1/collection/tax-imports/" + id).with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("thue.csv"));
        mvc.perform(multipart("/api/v1/collection/tax-imports")
                        .file(new MockMultipartFile("file", "thue-2.csv", "text/csv", file(row(tax, cccd(), august, 1))))
                        .with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
