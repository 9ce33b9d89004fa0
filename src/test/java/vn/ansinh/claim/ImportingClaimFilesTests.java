package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

@IntegrationTest
class ImportingClaimFilesTests {

    @Autowired ReceivingClaims receiving;
    @Autowired JdbcClient jdbc;

    @TempDir Path folder;

    @Test
    void aRerunOfAnImportStoresNothingTwiceAndTheManifestMatchesWhatIntakeFound() throws Exception {
        TestAreas areas = TestAreas.create(jdbc);
        long base = System.nanoTime() % 90_000 + 5_000;
        String facility = SyntheticCardHolders.create(jdbc, areas.communeA1(), base, 30, 1).get(0);
        List<ClaimGenerator.Holder> holders = jdbc.sql("""
                        select c.card_number, p.full_name, p.date_of_birth, p.cccd, c.valid_from, c.valid_to
                        from hi_card c join person p on p.id = c.person_id
                        where p.si_code between lpad(cast(:base * 100000 + 1 as text), 10, '0')
                                            and lpad(cast(:base * 100000 + 30 as text), 10, '0')""")
                .param("base", base)
                .query((rs, n) -> new ClaimGenerator.Holder(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), 1, rs.getString(4), new BigDecimal("80"),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), null))
                .list();
        // Half the claims with an injected error, so that every kind is likely to appear in 60 files.
        ClaimGenerator generator = new ClaimGenerator(base, holders, List.of(facility), 0.5, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        Path claims = folder.resolve("claims");
        int files = GenerateClaimsCommand.write(generator, 60, claims);
        Files.writeString(claims.resolve("zz-broken.xml"), "<GIAMDINHHS><unclosed>", StandardCharsets.UTF_8);

        Map<String, ClaimReceipt> first = importFolder(claims);
        Map<String, ClaimReceipt> second = importFolder(claims);

        List<String[]> manifest = Files.readAllLines(GenerateClaimsCommand.manifest(claims)).stream().skip(1)
                .map(line -> line.split(",", -1)).toList();
        assertThat(manifest).hasSize(files);
        for (String[] row : manifest) {
            ClaimReceipt receipt = first.get(row[0]);
            assertThat(receipt.code()).as(row[0] + " " + row[3]).isEqualTo(row[4].equals("INVALID") ? "INVALID" : "ACCEPTED");
            if (!row[5].isEmpty()) {
                assertThat(receipt.messages()).extracting(ClaimFiles.ReceiptMessage::code, ClaimFiles.ReceiptMessage::field)
                        .as(row[0] + " " + row[3]).containsExactly(org.assertj.core.groups.Tuple.tuple(row[5], row[8]));
            }
            assertThat(second.get(row[0]).code()).isEqualTo("DUPLICATE");
            assertThat(second.get(row[0]).transactionId()).isEqualTo(receipt.transactionId());
        }
        assertThat(first.get("zz-broken.xml").messages().get(0).code()).isEqualTo("E001");
        assertThat(second.get("zz-broken.xml").code()).isEqualTo("REFUSED");
        assertThat(jdbc.sql("select count(*) from claim where facility_code = :f").param("f", facility)
                .query(Integer.class).single()).isEqualTo(files);
    }

    private Map<String, ClaimReceipt> importFolder(Path path) throws Exception {
        Map<String, ClaimReceipt> receipts = new TreeMap<>();
        List<ClaimReceipt> all = new ArrayList<>();
        ClaimArchives.readFolder(path, receiving.limits(), chunk -> all.addAll(receiving.receive(chunk, null, "import-test")));
        all.forEach(receipt -> receipts.put(receipt.file(), receipt));
        return receipts;
    }
}
