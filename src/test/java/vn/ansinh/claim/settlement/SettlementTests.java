package vn.ansinh.claim.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.card.CoPayments;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.Claims;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.Conflict;

/**
 * Settlement, fund and anomaly figures over claims stored as facilities sent them, with appraisal outcomes written
 * as appraisal leaves them. Each test uses its own facilities, and years no other test uses (2029 to 2031).
 */
@IntegrationTest
class SettlementTests {

    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired SettlingClaims settling;
    @Autowired CoPayments coPayments;
    @Autowired HealthInsuranceFund fund;
    @Autowired AnomalyLeads anomalies;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    TestAreas areas;

    @BeforeEach
    void province() {
        areas = TestAreas.create(jdbc);
    }

    @Test
    void aResentClaimReplacesTheEarlierVersionWithoutBeingCountedTwice() {
        String facility = facility("DISTRICT", areas.communeA1());
        String first = UUID.randomUUID().toString();
        appraised(visit(facility, first, LocalDateTime.of(2029, 3, 4, 8, 0), 400_000), "ACCEPTED", 400_000);
        appraised(visit(facility, UUID.randomUUID().toString(), LocalDateTime.of(2029, 3, 9, 8, 0), 300_000),
                "ACCEPTED_WITH_DEDUCTIONS", 250_000);

        appraised(visit(facility, first, LocalDateTime.of(2029, 3, 4, 8, 0), 380_000), "ACCEPTED", 380_000);

        FacilitySettlement march = settling.statement(facility, SettlementPeriod.parse("period", "2029-03"));
        assertThat(march.claims()).isEqualTo(2);
        assertThat(march.claimed()).isEqualByComparingTo("680000");
        assertThat(march.approved()).isEqualByComparingTo("630000");
        assertThat(march.deducted()).isEqualByComparingTo("50000");
    }

    @Test
    void aQuarterAddsUpItsMonthsAndRejectedClaimsAreDeductedInFull() {
        String facility = facility("DISTRICT", areas.communeA1());
        appraised(visit(facility, key(), LocalDateTime.of(2029, 1, 10, 8, 0), 200_000), "ACCEPTED", 200_000);
        appraised(visit(facility, key(), LocalDateTime.of(2029, 2, 10, 8, 0), 150_000), "REJECTED", 0);
        appraised(visit(facility, key(), LocalDateTime.of(2029, 3, 10, 8, 0), 100_000), "ACCEPTED", 100_000);
        appraised(visit(facility, key(), LocalDateTime.of(2029, 4, 10, 8, 0), 999_000), "ACCEPTED", 999_000);

        FacilitySettlement q1 = settling.statement(facility, SettlementPeriod.parse("period", "2029-Q1"));

        assertThat(q1.claims()).isEqualTo(3);
        assertThat(q1.claimed()).isEqualByComparingTo("450000");
        assertThat(q1.approved()).isEqualByComparingTo("300000");
        assertThat(q1.deducted()).isEqualByComparingTo("150000");
        assertThat(q1.rejected()).isEqualTo(1);
    }

    @Test
    void aPeriodIsClosedOnlyWhenNothingWaitsForReviewAndOnlyOnce() {
        String facility = facility("DISTRICT", areas.communeA1());
        long waiting = appraised(visit(facility, key(), LocalDateTime.of(2029, 5, 10, 8, 0), 500_000), "IN_REVIEW", 500_000);
        appraised(visit(facility, key(), LocalDateTime.of(2029, 5, 11, 8, 0), 200_000), "ACCEPTED", 200_000);
        SettlementPeriod may = SettlementPeriod.parse("period", "2029-05");

        assertThatThrownBy(() -> settling.close(facility, may)).isInstanceOf(Conflict.class)
                .hasMessageContaining("1 claims are in review");
        jdbc.sql("update claim_appraisal set outcome = 'ACCEPTED_WITH_DEDUCTIONS', approved = 450000, deducted = 50000 "
                + "where claim_id = :id").param("id", waiting).update();
        FacilitySettlement closed = settling.close(facility, may);

        assertThat(closed.settled().approved()).isEqualByComparingTo("650000");
        assertThat(closed.settled().deducted()).isEqualByComparingTo("50000");
        assertThatThrownBy(() -> settling.close(facility, may)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already settled");
    }

    @Test
    void closingAPeriodRecordsTheAppraisedCoPaymentOfEachPaidEncounterOnceForItsPatient() {
        String facility = facility("DISTRICT", areas.communeA1());
        Patient patient = patient();
        String key = key();
        coPaid(appraised(patient.visit(facility, key, LocalDateTime.of(2029, 6, 4, 8, 0), 400_000), "ACCEPTED", 400_000),
                100_000);
        // The resend replaces it: only the current version's co-payment counts.
        coPaid(appraised(patient.visit(facility, key, LocalDateTime.of(2029, 6, 4, 8, 0), 380_000), "ACCEPTED", 380_000),
                95_000);
        coPaid(appraised(patient.visit(facility, key(), LocalDateTime.of(2029, 6, 12, 8, 0), 200_000),
                "ACCEPTED_WITH_DEDUCTIONS", 150_000), 37_500);
        // A rejected claim is not paid by the fund: what the patient paid there is no co-payment of covered care.
        coPaid(appraised(patient.visit(facility, key(), LocalDateTime.of(2029, 6, 20, 8, 0), 300_000), "REJECTED", 0),
                75_000);

        settling.close(facility, SettlementPeriod.parse("period", "2029-06"));

        assertThat(coPayments.accumulated(patient.id(), 2029)).isEqualByComparingTo("132500");
        assertThat(coPayments.accumulatedThisYear(patient.id(), LocalDate.of(2029, 6, 10))).isEqualByComparingTo("95000");
        assertThat(jdbc.sql("select count(*) from hi_co_payment where person_id = :p").param("p", patient.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aPaymentOrderRecordedTwiceIsPaidOnceAndTheRestStaysPayable() {
        String facility = facility("DISTRICT", areas.communeA1());
        appraised(visit(facility, key(), LocalDateTime.of(2029, 6, 10, 8, 0), 700_000), "ACCEPTED", 700_000);
        SettlementPeriod june = SettlementPeriod.parse("period", "2029-06");
        String reference = "UNC-" + UUID.randomUUID();

        settling.recordPayment(facility, june, SettlingClaims.PaymentKind.ADVANCE, new BigDecimal("500000"),
                LocalDate.of(2029, 6, 20), reference);
        FacilitySettlement again = settling.recordPayment(facility, june, SettlingClaims.PaymentKind.ADVANCE,
                new BigDecimal("500000"), LocalDate.of(2029, 6, 20), reference);

        assertThat(again.paid()).isEqualByComparingTo("500000");
        assertThat(again.payable()).isEqualByComparingTo("200000");
    }

    @Test
    void theYearEndProjectionFollowsLastYearsShapeAgainstTheBudget() {
        String facility = facility("PROVINCIAL", areas.communeB1());
        for (int m = 1; m <= 12; m++) {
            appraised(visit(facility, key(), LocalDateTime.of(2029, m, 10, 8, 0), 100_000), "ACCEPTED", 100_000);
        }
        for (int m = 1; m <= 3; m++) {
            appraised(visit(facility, key(), LocalDateTime.of(2030, m, 10, 8, 0), 150_000), "ACCEPTED", 150_000);
        }
        appraised(visit(facility, key(), LocalDateTime.of(2030, 3, 12, 8, 0), 80_000), "IN_REVIEW", 80_000);
        fund.setBudget(areas.provinceCode(), 2030, 2_000_000, "Decision 123/QD-BHXH allotting the 2030 HI budget");

        FundPosition position = fund.ofArea(areas.provinceCode(), 2030, YearMonth.of(2030, 3));

        assertThat(position.spent()).isEqualByComparingTo("450000");
        assertThat(position.inReview()).isEqualByComparingTo("80000");
        // 450,000 x 1,200,000 / 300,000
        assertThat(position.projectedYearEnd()).isEqualByComparingTo("1800000");
        assertThat(position.spentShareOfBudgetPercent()).isEqualByComparingTo("22.50");
        assertThat(position.projectedShareOfBudgetPercent()).isEqualByComparingTo("90.00");
        assertThat(position.months()).hasSize(3);
        assertThat(position.months().get(0).approvedYearBefore()).isEqualByComparingTo("100000");
        // The district holding none of the facility's claims spends nothing.
        assertThat(fund.ofArea(areas.districtACode(), 2030, YearMonth.of(2030, 3)).spent()).isZero();
    }

    @Test
    void withoutAYearBeforeTheMonthsSoFarAreExtendedEvenly() {
        TestAreas own = TestAreas.create(jdbc);
        String facility = facility("PROVINCIAL", own.communeA1());
        appraised(visit(facility, key(), LocalDateTime.of(2030, 1, 10, 8, 0), 300_000), "ACCEPTED", 300_000);
        appraised(visit(facility, key(), LocalDateTime.of(2030, 2, 10, 8, 0), 100_000), "ACCEPTED", 100_000);

        FundPosition position = fund.ofArea(own.provinceCode(), 2030, YearMonth.of(2030, 2));

        assertThat(position.projectedYearEnd()).isEqualByComparingTo("2400000");
        assertThat(position.budget()).isNull();
        assertThat(position.projectedShareOfBudgetPercent()).isNull();
    }

    @Test
    void aFacilityCostingTwoAndAHalfTimesItsPeersPerVisitWithSixTimesTheirTraditionalMedicineIsALead() {
        List<String> peers = List.of(facility("SPECIALISED", areas.communeA1()),
                facility("SPECIALISED", areas.communeA2()), facility("SPECIALISED", areas.communeB1()));
        String outlier = facility("SPECIALISED", areas.communeB2());
        for (String peer : peers) {
            for (int i = 0; i < 5; i++) {
                store(base(peer, LocalDateTime.of(2031, 2, 3 + i, 8, 0)).service("08.0001.0227", 1, 20_000)
                        .service("02.0100.0001", 1, 180_000).build());
            }
        }
        for (int i = 0; i < 5; i++) {
            store(base(outlier, LocalDateTime.of(2031, 2, 3 + i, 8, 0)).service("08.0001.0227", 1, 300_000)
                    .service("02.0100.0001", 1, 200_000).build());
        }

        List<AnomalyLead> leads = anomalies.of(SettlementPeriod.parse("period", "2031-Q1")).stream()
                .filter(l -> peers.contains(l.facilityCode()) || l.facilityCode().equals(outlier)).toList();

        assertThat(leads).extracting(AnomalyLead::facilityCode).containsOnly(outlier);
        AnomalyLead tm = leads.stream().filter(l -> l.indicator().equals("TRADITIONAL_MEDICINE_SHARE")).findFirst()
                .orElseThrow();
        assertThat(tm.value()).isEqualByComparingTo("0.6");
        assertThat(tm.peerMedian()).isEqualByComparingTo("0.1");
        assertThat(tm.numerator()).isEqualByComparingTo("1500000");
        assertThat(tm.timesMedian()).isEqualByComparingTo("6.00");
        AnomalyLead cost = leads.stream().filter(l -> l.indicator().equals("COST_PER_VISIT")).findFirst().orElseThrow();
        assertThat(cost.value()).isEqualByComparingTo("500000");
        assertThat(cost.peerMedian()).isEqualByComparingTo("200000");
        assertThat(cost.peers()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aManagerSetsTheBudgetAndAnAppraiserMayNotWhileABadPeriodIsRefusedNamingTheField() throws Exception {
        String manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        String appraiser = "appraiser-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(manager, "secret-password-1", "Giám đốc", Set.of(Role.MANAGER), areas.provinceCode());
        accounts.create(appraiser, "secret-password-1", "Giám định viên", Set.of(Role.CLAIMS_APPRAISER),
                areas.provinceCode());
        String budget = """
                {"amount": 5000000000, "legalReference": "Decision 55/QD-BHXH"}""";

        mvc.perform(put("/api/v1/claims/budgets/{area}/2030", areas.provinceCode())
                        .with(httpBasic(appraiser, "secret-password-1")).contentType(MediaType.APPLICATION_JSON).content(budget))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/claims/budgets/{area}/2030", areas.provinceCode())
                        .with(httpBasic(manager, "secret-password-1")).contentType(MediaType.APPLICATION_JSON).content(budget))
                .andExpect(status().isOk()).andExpect(jsonPath("$.budget").value(5_000_000_000L));
        mvc.perform(get("/api/v1/claims/settlements").param("period", "2030-13").with(httpBasic(manager, "secret-password-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'SET_HI_BUDGET' and entity_id = :id")
                .param("id", areas.provinceCode() + ":2030").query(Long.class).single()).isEqualTo(1);
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private String facility(String level, long communeId) {
        while (true) {
            String code = String.format("%05d", ThreadLocalRandom.current().nextInt(60000, 99999));
            int inserted = jdbc.sql("""
                            insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                            values (:code, :name, :name, :level, :commune, date '2016-01-01') on conflict do nothing""")
                    .param("code", code).param("name", "co so " + code).param("level", level)
                    .param("commune", communeId).update();
            if (inserted == 1) {
                return code;
            }
        }
    }

    private static ClaimBuilder base(String facility, LocalDateTime at) {
        return ClaimBuilder.visit(facility, UUID.randomUUID().toString(), "DN4424200012345", "Nguyễn Văn An",
                LocalDate.of(1980, 5, 17), at);
    }

    private static Claim visit(String facility, String key, LocalDateTime at, long fundPays) {
        return ClaimBuilder.visit(facility, key, "DN4424200012345", "Nguyễn Văn An", LocalDate.of(1980, 5, 17), at)
                .service("02.0100.0001", 1, fundPays).build();
    }

    private long store(Claim claim) {
        long file = files.keep("test", claim.facilityCode(), "<GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8)).id();
        return claims.save(claim, file).id();
    }

    /** A registered person whose card number ends with their SI code, as every card number does. */
    private record Patient(long id, String siCode) {

        Claim visit(String facility, String key, LocalDateTime at, long fundPays) {
            return ClaimBuilder.visit(facility, key, "DN442" + siCode, "Nguyễn Văn An", LocalDate.of(1980, 5, 17), at)
                    .service("02.0100.0001", 1, fundPays).build();
        }
    }

    private Patient patient() {
        String siCode = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, 'Nguyễn Văn An', 'nguyen van an', date '1980-05-17', 'M', :commune)
                        returning id""")
                .param("cccd", "09" + siCode).param("si", siCode).param("commune", areas.communeA1())
                .query(Long.class).single();
        return new Patient(id, siCode);
    }

    /** The co-payment the appraisal recomputed for the claim. */
    private void coPaid(long claimId, long coPayment) {
        jdbc.sql("update claim_appraisal set due_co_payment = :amount where claim_id = :id")
                .param("amount", BigDecimal.valueOf(coPayment)).param("id", claimId).update();
    }

    /** Stores the claim and its appraisal outcome as appraisal writes it (approved + deducted = claimed). */
    private long appraised(Claim claim, String outcome, long approved) {
        long id = store(claim);
        BigDecimal claimed = claim.totals().fundPays();
        jdbc.sql("""
                        insert into claim_appraisal (claim_id, outcome, claimed, approved, deducted, risk_score,
                            due_fund, due_co_payment, due_out_of_scope, rules_version)
                        values (:id, :outcome, :claimed, :approved, :claimed - :approved, 0, :approved, 0, 0, 'test')""")
                .param("id", id).param("outcome", outcome).param("claimed", claimed)
                .param("approved", BigDecimal.valueOf(approved)).update();
        jdbc.sql("update claim set status = :outcome where id = :id").param("outcome", outcome).param("id", id).update();
        return id;
    }
}
