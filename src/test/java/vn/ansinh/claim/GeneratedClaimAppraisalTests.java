package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.claim.appraisal.AppraisingClaims;

/**
 * Generated claims with each error appraisal must find, sent as XML through intake and appraised: the claim with the
 * error comes out with the kind's rule, the outcome it calls for and the amount it takes off. (The generator prices a
 * line's excess at the benefit percent the facility claimed; appraisal at the percent due, which the 15 % threshold
 * can raise to 100 %, so for line rules the generator's figure is a lower bound.)
 */
@IntegrationTest
class GeneratedClaimAppraisalTests {

    // Above the range ReceivingClaimsTests draws from (5,000 to 95,000): the same base would generate the same files.
    private static final AtomicLong BASE = new AtomicLong(96_000 + ProcessHandle.current().pid() % 1_000);

    @Autowired ReceivingClaims receiving;
    @Autowired ClaimGeneratorSource source;
    @Autowired AppraisingClaims appraising;
    @Autowired Claims claims;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "{0} is found by its rule with the outcome and amount it calls for")
    @EnumSource(value = InjectedError.class, mode = EnumSource.Mode.MATCH_ANY, names = {"CARD_.*", "NAME_MISMATCH",
            "DATE_OF_BIRTH_MISMATCH", "PRICE_ABOVE_APPROVED", "EXAMINATION_FEE_RATIO_WRONG",
            "OVERLAPPING_INPATIENT_STAY", "OVER_DAILY_LIMIT", "SEX_SPECIFIC_SERVICE", "DUPLICATE_CLAIM"})
    void eachInjectedAppraisalErrorIsFoundByItsRule(InjectedError kind) {
        TestAreas areas = TestAreas.create(jdbc);
        SyntheticCardHolders.create(jdbc, areas.communeA1(), BASE.incrementAndGet(), 40, 2);
        source.seedReferenceData(LocalDate.of(2025, 1, 1));
        ClaimGenerator generator = source.generator("/" + areas.provinceCode() + "/", BASE.get(), 40, 0,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        List<ClaimGenerator.Generated> sent = new ArrayList<>(generator.next(kind));
        ClaimGenerator.Generated injected = sent.get(sent.size() - 1);
        if (kind == InjectedError.DUPLICATE_CLAIM && sent.size() == 1) {
            sent.add(0, generator.next(InjectedError.NONE).get(0));
        }

        List<Long> ids = new ArrayList<>();
        for (ClaimGenerator.Generated generated : sent) {
            assertThat(receiving.receive(ClaimXmlWriter.write(generated.claim()), null, "test").code())
                    .isEqualTo(ClaimReceipt.ACCEPTED);
            ids.add(claims.current(generated.claim().facilityCode(), generated.claim().encounterKey()).orElseThrow().id());
        }
        appraising.appraiseAll(ids);

        long id = ids.get(ids.size() - 1);
        String outcome = jdbc.sql("select outcome from claim_appraisal where claim_id = :id").param("id", id)
                .query(String.class).single();
        Map<String, BigDecimal> byRule = new java.util.HashMap<>();
        jdbc.sql("select rule_code, sum(amount) from claim_deduction where claim_id = :id group by rule_code")
                .param("id", id).query(rs -> {
                    byRule.put(rs.getString(1), rs.getBigDecimal(2));
                });
        assertThat(byRule).containsKey(kind.appraisalRule());
        assertThat(outcome).isEqualTo(switch (kind.appraisalRule()) {
            case "A101", "A403" -> "REJECTED";
            case "A401" -> "IN_REVIEW";
            default -> "ACCEPTED_WITH_DEDUCTIONS";
        });
        BigDecimal taken = byRule.get(kind.appraisalRule());
        switch (kind.appraisalRule()) {
            // A refused claim loses everything it asked the fund for.
            case "A101", "A403" -> assertThat(taken).isEqualByComparingTo(injected.claim().totals().fundPays());
            // Sent to an appraiser with nothing taken off yet.
            case "A401" -> assertThat(taken).isZero();
            // A line's excess: at least the share the generator priced in, never more than the claim asked.
            default -> assertThat(taken).isPositive().isGreaterThanOrEqualTo(injected.expectedAmount())
                    .isLessThanOrEqualTo(injected.claim().totals().fundPays());
        }
    }
}
