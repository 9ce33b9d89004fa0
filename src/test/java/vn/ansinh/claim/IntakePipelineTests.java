package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.claim.appraisal.AppraisingClaims;

/**
 * The intake pipeline: chunks read while the one before is stored, and each chunk's claims appraised from memory
 * right after they are stored. Appraising them so must give what appraising the same ids from the database gives.
 */
@IntegrationTest
class IntakePipelineTests {

    // Apart from ReceivingClaimsTests (5,000 to 95,000) and GeneratedClaimAppraisalTests (96,000 to 97,010); steps of
    // ten, as a base also numbers the facilities it creates (base + 1, base + 2).
    private static final AtomicLong BASE = new AtomicLong(97_500 + ProcessHandle.current().pid() % 90 * 10);

    @Autowired ReceivingClaims receiving;
    @Autowired ClaimGeneratorSource source;
    @Autowired AppraisingClaims appraising;
    @Autowired JdbcClient jdbc;

    @Test
    void claimsAppraisedInThePipelineComeOutAsWhenTheSameClaimsAreReappraisedFromTheDatabase() {
        TestAreas areas = TestAreas.create(jdbc);
        long base = BASE.addAndGet(10);
        SyntheticCardHolders.create(jdbc, areas.communeA1(), base, 60, 2);
        source.seedReferenceData(LocalDate.of(2025, 1, 1));
        // Half the claims carry an error, so every kind the generator injects comes up several times.
        ClaimGenerator generator = source.generator("/" + areas.provinceCode() + "/", base, 60, 0.5,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        List<ReceivingClaims.IncomingFile> files = new ArrayList<>();
        while (files.size() < 400) {
            for (ClaimGenerator.Generated generated : generator.next()) {
                files.add(ReceivingClaims.IncomingFile.of("claim-" + files.size() + ".xml",
                        ClaimXmlWriter.write(generated.claim())));
            }
        }

        List<String> differences = new ArrayList<>();
        Set<String> rulesFired = new TreeSet<>();
        List<ClaimReceipt> receipts = new ArrayList<>();
        try (ReceivingClaims.Pipeline pipeline = receiving.pipeline(null, "test", stored -> {
            appraising.appraiseStored(stored);
            List<String> inPipeline = results(stored.keySet());
            // The same claims read back and appraised again, before the next chunk is stored.
            appraising.appraiseAll(stored.keySet());
            List<String> fromDatabase = results(stored.keySet());
            if (inPipeline.size() != stored.size() || !inPipeline.equals(fromDatabase)) {
                differences.add("in the pipeline " + inPipeline + "\nfrom the database " + fromDatabase);
            }
            rulesFired.addAll(jdbc.sql("select distinct rule_code from claim_deduction where claim_id = any(:ids)")
                    .param("ids", stored.keySet().toArray(Long[]::new)).query(String.class).list());
        }, receipts::addAll)) {
            for (int from = 0; from < files.size(); from += 50) {
                pipeline.accept(files.subList(from, Math.min(files.size(), from + 50)));
            }
        }

        assertThat(differences).isEmpty();
        assertThat(rulesFired).contains("A101", "A301", "A302", "A401", "A402", "A403", "A501");
        assertThat(receipts).hasSize(files.size());
        assertThat(receipts).extracting(ClaimReceipt::code).containsOnly(ClaimReceipt.ACCEPTED, ClaimReceipt.INVALID);
        assertThat(jdbc.sql("""
                        select count(*) from claim c join claim_file f on f.id = c.file_id
                        where f.received_by = 'test' and c.current and c.status = 'RECEIVED'
                          and c.facility_code in (select code from health_facility where commune_id = :commune)""")
                .param("commune", areas.communeA1()).query(Long.class).single())
                .as("every valid claim appraised").isZero();
    }

    @Test
    void aFileRepeatingOneOfAChunkNotYetStoredIsAnsweredAsItsDuplicate() {
        TestAreas areas = TestAreas.create(jdbc);
        long base = BASE.addAndGet(10);
        SyntheticCardHolders.create(jdbc, areas.communeA1(), base, 20, 1);
        ClaimGenerator generator = source.generator("/" + areas.provinceCode() + "/", base, 20, 0,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        byte[] first = ClaimXmlWriter.write(generator.next().get(0).claim());
        byte[] second = ClaimXmlWriter.write(generator.next().get(0).claim());

        List<ClaimReceipt> receipts = new ArrayList<>();
        try (ReceivingClaims.Pipeline pipeline = receiving.pipeline(null, "test", null, receipts::addAll)) {
            pipeline.accept(List.of(ReceivingClaims.IncomingFile.of("a.xml", first)));
            // Read while a.xml may still be on its way into the database.
            pipeline.accept(List.of(ReceivingClaims.IncomingFile.of("b.xml", second),
                    ReceivingClaims.IncomingFile.of("a-again.xml", first)));
        }

        assertThat(receipts).extracting(ClaimReceipt::file).containsExactly("a.xml", "b.xml", "a-again.xml");
        assertThat(receipts).extracting(ClaimReceipt::code)
                .containsExactly(ClaimReceipt.ACCEPTED, ClaimReceipt.ACCEPTED, ClaimReceipt.DUPLICATE);
        assertThat(receipts.get(2).transactionId()).isEqualTo(receipts.get(0).transactionId());
        assertThat(receipts.get(2).messages().get(0).code()).isEqualTo("D001");
    }

    /** Each claim's stored status and appraisal with its deductions, as text to compare. */
    private List<String> results(Collection<Long> ids) {
        return jdbc.sql("""
                        select c.id || ' ' || c.status || ' ' || a.outcome || ' ' || a.claimed || ' ' || a.approved
                               || ' ' || a.deducted || ' ' || a.risk_score || ' ' || coalesce(a.benefit_percent::text, '-')
                               || ' ' || coalesce(a.card_result, '-') || ' ' || a.due_fund || ' ' || a.due_co_payment
                               || ' ' || a.due_out_of_scope || ' ' || coalesce((
                                   select string_agg(d.rule_code || ':' || coalesce(d.line_kind, '') || ':'
                                                     || coalesce(d.line_no::text, '') || ':' || d.amount || ':'
                                                     || d.reason || ':' || d.origin, '; '
                                                     order by d.rule_code, d.line_kind, d.line_no, d.amount, d.reason)
                                   from claim_deduction d where d.claim_id = c.id), '')
                        from claim c join claim_appraisal a on a.claim_id = c.id
                        where c.id = any(:ids) order by c.id""")
                .param("ids", ids.toArray(Long[]::new)).query(String.class).list();
    }
}
