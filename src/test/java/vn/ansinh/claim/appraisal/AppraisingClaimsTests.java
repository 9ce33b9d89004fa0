package vn.ansinh.claim.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.claim.ClaimBuilder;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.ClaimStatus;
import vn.ansinh.claim.Claims;

@IntegrationTest
class AppraisingClaimsTests {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 31);

    @Autowired AppraisingClaims appraising;
    @Autowired Claims claims;
    @Autowired ClaimFiles files;
    @Autowired ReferenceDataCache cache;
    @Autowired JdbcClient jdbc;

    AppraisalFixtures fixtures;
    String hospital;

    @BeforeEach
    void setUp() {
        fixtures = new AppraisalFixtures(jdbc, claims, files, cache);
        hospital = fixtures.facility("DISTRICT");
    }

    private ClaimBuilder visit(AppraisalFixtures.Insured insured, String facility, LocalDateTime at) {
        return ClaimBuilder.visit(facility, fixtures.key(), insured.cardNumber(), insured.fullName(),
                insured.dateOfBirth(), at);
    }

    private AppraisalFixtures.Insured employee() {
        return fixtures.insured("DN", 4, JAN_2024, DEC_2026, hospital);
    }

    private static List<String> rules(Appraisal appraisal) {
        return appraisal.deductions().stream().map(Appraisal.Deduction::ruleCode).toList();
    }

    @Test
    void aLevelFourCardPaysEightyPercentOfAFiveHundredThousandVisit() {
        long id = fixtures.store(visit(employee(), hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .service(fixtures.itemCode(), 1, 500_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.benefitPercent()).isEqualByComparingTo("80");
        assertThat(appraisal.claimed()).isEqualByComparingTo("500000");
        assertThat(appraisal.approved()).isEqualByComparingTo("400000");
        assertThat(appraisal.deducted()).isEqualByComparingTo("100000");
        assertThat(appraisal.dueFund()).isEqualByComparingTo("400000");
        assertThat(appraisal.dueCoPayment()).isEqualByComparingTo("100000");
        assertThat(appraisal.outcome()).isEqualTo(ClaimStatus.ACCEPTED_WITH_DEDUCTIONS);
        assertThat(rules(appraisal)).containsExactly("A201");
        assertThat(jdbc.sql("select status from claim where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED_WITH_DEDUCTIONS");
    }

    @Test
    void aVisitBelowFifteenPercentOfTheBaseSalaryIsPaidInFullAndOneAtTheThresholdIsNot() {
        AppraisalFixtures.Insured insured = employee();
        long below = fixtures.store(visit(insured, hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .service(fixtures.itemCode(), 1, 350_999).build());
        long at = fixtures.store(visit(insured, hospital, LocalDateTime.of(2025, 3, 5, 8, 0))
                .service(fixtures.itemCode(), 1, 351_000).build());

        appraising.appraiseAll(List.of(below, at));

        assertThat(appraising.result(below).benefitPercent()).isEqualByComparingTo("100");
        assertThat(appraising.result(below).approved()).isEqualByComparingTo("350999");
        assertThat(appraising.result(below).outcome()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(appraising.result(at).benefitPercent()).isEqualByComparingTo("80");
        assertThat(appraising.result(at).approved()).isEqualByComparingTo("280800");
    }

    @Test
    void outOfRouteInpatientCareAtACentralHospitalIn2024PaysEightyTimesFortyPercent() {
        String central = fixtures.facility("CENTRAL");
        long id = fixtures.store(visit(employee(), central, LocalDateTime.of(2024, 5, 10, 9, 0))
                .registeredAt(hospital).category("3.3")
                .inpatient(LocalDateTime.of(2024, 5, 10, 9, 0), LocalDateTime.of(2024, 5, 14, 10, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 10_000_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.benefitPercent()).isEqualByComparingTo("32");
        assertThat(appraisal.approved()).isEqualByComparingTo("3200000");
        assertThat(appraisal.deducted()).isEqualByComparingTo("4800000");
    }

    @Test
    void outOfRouteOutpatientCareAtAProvincialHospitalIsNotCovered() {
        String provincial = fixtures.facility("PROVINCIAL");
        long id = fixtures.store(visit(employee(), provincial, LocalDateTime.of(2024, 5, 10, 9, 0))
                .registeredAt(hospital).category("3.3").claimedAt(80).service(fixtures.itemCode(), 1, 600_000)
                .build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.benefitPercent()).isEqualByComparingTo("0");
        assertThat(appraisal.approved()).isEqualByComparingTo("0");
        assertThat(appraisal.deducted()).isEqualByComparingTo("480000");
    }

    @Test
    void emergencyCareAtAnotherFacilityIsPaidAtTheFullCardLevel() {
        String central = fixtures.facility("CENTRAL");
        long id = fixtures.store(visit(employee(), central, LocalDateTime.of(2024, 5, 10, 23, 0))
                .registeredAt(hospital).category("2")
                .inpatient(LocalDateTime.of(2024, 5, 10, 23, 0), LocalDateTime.of(2024, 5, 12, 10, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 10_000_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.benefitPercent()).isEqualByComparingTo("80");
        assertThat(appraisal.approved()).isEqualByComparingTo("8000000");
        assertThat(appraisal.outcome()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void aCommuneHealthStationIsPaidInFull() {
        String station = fixtures.facility("COMMUNE");
        long id = fixtures.store(visit(employee(), station, LocalDateTime.of(2025, 3, 4, 8, 0))
                .registeredAt(station).service(fixtures.itemCode(), 1, 500_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.benefitPercent()).isEqualByComparingTo("100");
        assertThat(appraisal.approved()).isEqualByComparingTo("500000");
    }

    @Test
    void aNearPoorCardPaysNinetyFivePercentOnTheLastDayOf2025AndInFullFrom2026() {
        AppraisalFixtures.Insured nearPoor = fixtures.insured("CN", 3, JAN_2024, DEC_2026, hospital);
        long lastDay = fixtures.store(visit(nearPoor, hospital, LocalDateTime.of(2025, 12, 31, 8, 0))
                .service(fixtures.itemCode(), 1, 1_000_000).build());
        long firstDay = fixtures.store(visit(nearPoor, hospital, LocalDateTime.of(2026, 1, 1, 8, 0))
                .service(fixtures.itemCode(), 1, 1_000_000).build());

        appraising.appraiseAll(List.of(lastDay, firstDay));

        assertThat(appraising.result(lastDay).benefitPercent()).isEqualByComparingTo("95");
        assertThat(appraising.result(lastDay).approved()).isEqualByComparingTo("950000");
        assertThat(appraising.result(firstDay).benefitPercent()).isEqualByComparingTo("100");
        assertThat(appraising.result(firstDay).approved()).isEqualByComparingTo("1000000");
    }

    @Test
    void examinationsTheSameDayAtOneFacilityArePaidAt100Then30Then10ThenNothing() {
        long id = fixtures.store(visit(employee(), hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .at(LocalDateTime.of(2025, 3, 4, 8, 10)).examination("02.1896", 38_700)
                .at(LocalDateTime.of(2025, 3, 4, 8, 40)).examination("03.1896", 38_700)
                .at(LocalDateTime.of(2025, 3, 4, 9, 10)).examination("04.1896", 38_700)
                .at(LocalDateTime.of(2025, 3, 4, 9, 40)).examination("05.1896", 38_700)
                .at(LocalDateTime.of(2025, 3, 4, 10, 10)).examination("06.1896", 38_700)
                .at(LocalDateTime.of(2025, 3, 4, 10, 40)).examination("07.1896", 38_700)
                .build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.deductions()).extracting(Appraisal.Deduction::lineNo, d -> d.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "27090.00"),
                        org.assertj.core.groups.Tuple.tuple(3, "27090.00"),
                        org.assertj.core.groups.Tuple.tuple(4, "27090.00"),
                        org.assertj.core.groups.Tuple.tuple(5, "34830.00"),
                        org.assertj.core.groups.Tuple.tuple(6, "38700.00"));
        assertThat(appraisal.approved()).isEqualByComparingTo("77400");
    }

    @Test
    void aPriceAboveTheApprovedListLosesTheDifferenceTimesQuantityAndBenefit() {
        String drug = fixtures.itemCode();
        fixtures.approvedPrice(hospital, "DRUG", drug, 120_000, JAN_2024);
        long id = fixtures.store(visit(employee(), hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .claimedAt(80).drug(drug, 4, 150_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(rules(appraisal)).containsExactly("A301");
        assertThat(appraisal.deducted()).isEqualByComparingTo("96000");
        assertThat(appraisal.approved()).isEqualByComparingTo("384000");
    }

    @Test
    void twoInpatientStaysOfOnePersonAtOnceGoToAnAppraiser() {
        AppraisalFixtures.Insured insured = employee();
        String other = fixtures.facility("PROVINCIAL");
        long first = fixtures.store(visit(insured, hospital, LocalDateTime.of(2025, 4, 1, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 1, 8, 0), LocalDateTime.of(2025, 4, 6, 8, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 2_000_000).build());
        long second = fixtures.store(visit(insured, other, LocalDateTime.of(2025, 4, 4, 8, 0)).registeredAt(other)
                .inpatient(LocalDateTime.of(2025, 4, 4, 8, 0), LocalDateTime.of(2025, 4, 8, 8, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 2_000_000).build());
        long later = fixtures.store(visit(insured, hospital, LocalDateTime.of(2025, 4, 8, 8, 0))
                .inpatient(LocalDateTime.of(2025, 4, 8, 8, 0), LocalDateTime.of(2025, 4, 9, 8, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 2_000_000).build());

        appraising.appraiseAll(List.of(first, second, later));

        assertThat(appraising.result(first).outcome()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(appraising.result(second).outcome()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(appraising.result(second).deductions()).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("claim " + first));
        assertThat(appraising.result(later).outcome()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void aServiceBeyondItsDailyLimitIsNotPaid() {
        String test = fixtures.itemCode();
        fixtures.dailyLimit(test, 1);
        AppraisalFixtures.Insured poor = fixtures.insured("HN", 2, JAN_2024, DEC_2026, hospital);
        long id = fixtures.store(visit(poor, hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .service(test, 3, 200_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(rules(appraisal)).containsExactly("A402");
        assertThat(appraisal.deducted()).isEqualByComparingTo("400000");
        assertThat(appraisal.approved()).isEqualByComparingTo("200000");
    }

    @Test
    void aServiceForWomenOnlyIsNotPaidForAMan() {
        String screening = fixtures.itemCode();
        fixtures.onlyForSex(screening, 2);
        AppraisalFixtures.Insured poor = fixtures.insured("HN", 2, JAN_2024, DEC_2026, hospital);
        long id = fixtures.store(visit(poor, hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .service(screening, 1, 400_000).service(fixtures.itemCode(), 1, 100_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.deductions()).singleElement().satisfies(d -> {
            assertThat(d.ruleCode()).isEqualTo("A501");
            assertThat(d.lineNo()).isEqualTo(1);
            assertThat(d.amount()).isEqualByComparingTo("400000");
        });
        assertThat(appraisal.approved()).isEqualByComparingTo("100000");
    }

    @Test
    void aCardExpiredOnTheAdmissionDateRejectsTheClaim() {
        AppraisalFixtures.Insured expired = fixtures.insured("DN", 4, JAN_2024, LocalDate.of(2025, 2, 28), hospital);
        long id = fixtures.store(visit(expired, hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .claimedAt(80).service(fixtures.itemCode(), 1, 500_000).build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.outcome()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(appraisal.cardResult()).isEqualTo("010");
        assertThat(appraisal.approved()).isEqualByComparingTo("0");
        assertThat(appraisal.deductions()).singleElement().satisfies(d -> {
            assertThat(d.ruleCode()).isEqualTo("A101");
            assertThat(d.lineNo()).isNull();
            assertThat(d.amount()).isEqualByComparingTo("400000");
        });
    }

    @Test
    void aWrongNameOnTheClaimRejectsIt() {
        AppraisalFixtures.Insured insured = employee();
        long id = fixtures.store(ClaimBuilder.visit(hospital, fixtures.key(), insured.cardNumber(), "Lê Văn Khác",
                insured.dateOfBirth(), LocalDateTime.of(2025, 3, 4, 8, 0)).service(fixtures.itemCode(), 1, 500_000)
                .build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.outcome()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(appraisal.cardResult()).isEqualTo("060");
    }

    @Test
    void aCardExpiringDuringAStayIsPaidUntilFifteenDaysAfterExpiry() {
        AppraisalFixtures.Insured poor = fixtures.insured("HN", 2, JAN_2024, LocalDate.of(2025, 3, 10), hospital);
        long id = fixtures.store(visit(poor, hospital, LocalDateTime.of(2025, 3, 5, 8, 0))
                .inpatient(LocalDateTime.of(2025, 3, 5, 8, 0), LocalDateTime.of(2025, 3, 30, 8, 0))
                .at(LocalDateTime.of(2025, 3, 6, 9, 0)).service(fixtures.itemCode(), 1, 1_000_000)
                .at(LocalDateTime.of(2025, 3, 25, 9, 0)).service(fixtures.itemCode(), 1, 2_000_000)
                .at(LocalDateTime.of(2025, 3, 26, 9, 0)).service(fixtures.itemCode(), 1, 3_000_000)
                .build());

        Appraisal appraisal = appraising.appraise(id);

        assertThat(appraisal.deductions()).singleElement().satisfies(d -> {
            assertThat(d.ruleCode()).isEqualTo("A102");
            assertThat(d.lineNo()).isEqualTo(3);
            assertThat(d.amount()).isEqualByComparingTo("3000000");
        });
        assertThat(appraisal.approved()).isEqualByComparingTo("3000000");
    }

    @Test
    void theSameEncounterSentAgainUnderAnotherKeyIsRejectedAndTheFirstStands() {
        AppraisalFixtures.Insured insured = employee();
        String item = fixtures.itemCode();
        LocalDateTime at = LocalDateTime.of(2025, 3, 4, 8, 0);
        long first = fixtures.store(visit(insured, hospital, at).claimedAt(80).service(item, 1, 500_000).build());
        long again = fixtures.store(visit(insured, hospital, at).claimedAt(80).service(item, 1, 500_000).build());

        appraising.appraiseAll(List.of(first, again));

        assertThat(appraising.result(first).outcome()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(appraising.result(again).outcome()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rules(appraising.result(again))).containsExactly("A403");
    }

    @Test
    void appraisingAgainReplacesTheAutomaticResultsWithTheSame() {
        long id = fixtures.store(visit(employee(), hospital, LocalDateTime.of(2025, 3, 4, 8, 0))
                .service(fixtures.itemCode(), 1, 500_000).build());
        appraising.appraise(id);

        Appraisal again = appraising.appraise(id);

        assertThat(again.deductions()).hasSize(1);
        assertThat(again.approved()).isEqualByComparingTo("400000");
    }
}
