package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

@IntegrationTest
class ClaimsTests {

    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired JdbcClient jdbc;

    @Test
    void aStoredEncounterReadsBackAsSent() {
        Claim sent = outpatientVisit(UUID.randomUUID().toString(), new BigDecimal("38700.00"));
        long file = files.keep("test", sent.facilityCode(), "<GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8)).id();

        StoredClaim stored = claims.save(sent, file);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(claims.byId(stored.id())).isEqualTo(sent);
    }

    @Test
    void aResendBecomesTheCurrentVersionAndKeepsTheEarlierOne() {
        String key = UUID.randomUUID().toString();
        long file = files.keep("test", "42001", "<GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8)).id();
        StoredClaim first = claims.save(outpatientVisit(key, new BigDecimal("38700.00")), file);

        StoredClaim second = claims.save(outpatientVisit(key, new BigDecimal("30960.00")), file);

        assertThat(second.version()).isEqualTo(2);
        assertThat(claims.current("42001", key)).contains(second);
        assertThat(jdbc.sql("select count(*) from claim where encounter_key = :key and current")
                .param("key", key).query(Integer.class).single()).isEqualTo(1);
        assertThat(claims.byId(first.id()).totals().fundPays()).isEqualByComparingTo("38700.00");
        assertThat(claims.byId(second.id()).totals().fundPays()).isEqualByComparingTo("30960.00");
    }

    @Test
    void aLineNamingAClaimThatIsNotStoredIsRefused() {
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000000 from claim").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into claim_line (claim_id, kind, line_no, item_code, item_name, scope, quantity,
                            payment_method)
                        values (:claim, 'DRUG', 1, 'X', 'X', 1, 1, 1)""").param("claim", missing).update())
                .hasMessageContaining("claim_line names a claim that is not stored");
    }

    @Test
    void aStoredClaimCanNeitherBeDeletedNorRenumbered() {
        long file = files.keep("test", "42001", "<GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8)).id();
        StoredClaim stored = claims.save(outpatientVisit(UUID.randomUUID().toString(), new BigDecimal("38700.00")), file);

        assertThatThrownBy(() -> jdbc.sql("delete from claim where id = :id").param("id", stored.id()).update())
                .hasMessageContaining("claims are kept");
        assertThatThrownBy(() -> jdbc.sql("update claim set id = id + 1000000 where id = :id")
                .param("id", stored.id()).update())
                .hasMessageContaining("claims are kept");
        assertThat(claims.byId(stored.id()).lines()).isNotEmpty();
    }

    @Test
    void keptFilesAreAnsweredWithTheirReceipt() {
        ClaimFiles.KeptFile kept = files.keep("test", null, "not xml".getBytes(StandardCharsets.UTF_8));

        files.answer(kept.id(), false, List.of(new ClaimFiles.ReceiptMessage("E001", "ENVELOPE", null, "GIAMDINHHS",
                "not an XML document")));

        assertThat(jdbc.sql("select messages->0->>'code' from claim_file where id = :id").param("id", kept.id())
                .query(String.class).single()).isEqualTo("E001");
    }

    /** An examination at 38,700 VND paid in full by the fund (one service line). */
    private static Claim outpatientVisit(String key, BigDecimal fundPays) {
        BigDecimal price = new BigDecimal("38700.00");
        ClaimLine exam = new ClaimLine(LineKind.SERVICE, 1, "02.1896", "Khám Nội", "lần", "13", 1,
                new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("1.000"),
                new BigDecimal("38700.000"), new BigDecimal("38700.000"), price, price, BigDecimal.ZERO.setScale(2),
                new BigDecimal("100.00"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), price, null,
                "K01", "000123/HT-CCHN", LocalDateTime.of(2025, 3, 4, 8, 10), LocalDateTime.of(2025, 3, 4, 8, 15), 1);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new Claim("42001", key, ClaimStandard.QD_3176, "BN001", "Nguyễn Văn An", "042090000123",
                LocalDate.of(1990, 5, 17), 1, List.of("DN4424200012345"), "42001", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "J06.9", List.of("R50.9"), "1", EncounterType.OUTPATIENT_EXAMINATION,
                LocalDateTime.of(2025, 3, 4, 8, 0), LocalDateTime.of(2025, 3, 4, 9, 0), 0, "K01", null, null,
                YearMonth.of(2025, 3), new ClaimTotals(zero, zero, price, price, zero, zero, fundPays, zero),
                List.of(exam));
    }
}
