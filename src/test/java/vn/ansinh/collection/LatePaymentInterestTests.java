package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.collection.CollectionFixtures.due;
import static vn.ansinh.collection.CollectionFixtures.file;
import static vn.ansinh.collection.CollectionFixtures.row;
import static vn.ansinh.collection.CollectionFixtures.transactionId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;

/**
 * Interest across the change of rule on 2025-07-01. The parameters in force (migrations V20 and V51): until
 * 2025-06-30, 2 x 5 % a year (the illustrative SI fund investment rate of 2024) for SI and UI, 2 x 4 % (the
 * illustrative interbank rate) for HI, on dues unpaid 30 days or more after the deadline at the end of the month;
 * from 2025-07-01, 0.03 % a day.
 */
@IntegrationTest
class LatePaymentInterestTests {

    @Autowired ChargingInterest charging;
    @Autowired LatePaymentInterest interest;
    @Autowired ImportingPayments importing;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    final YearMonth april = YearMonth.of(2025, 4);
    final YearMonth may = YearMonth.of(2025, 5);
    TestAreas areas;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
    }

    /** Interest charged to the employer per contribution month and fund. */
    Map<String, Long> interestCharged(String employer) {
        Map<String, Long> charged = new TreeMap<>();
        jdbc.sql("""
                        select to_char(period, 'YYYY-MM') || ' ' || fund, sum(amount) from ledger_posting
                        where account = 'INTEREST_RECEIVABLE' and payer_code = :code and amount > 0 group by 1""")
                .param("code", employer).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> charged.put(e.getKey(), e.getValue()));
        return charged;
    }

    @Test
    void interestAcrossTheFirstOfJuly2025IsChargedByEachPeriodsRule() {
        String employer = CollectionFixtures.employer(jdbc, areas.communeA1(), "Công ty Cổ phần Lãi Chậm");
        due(ledger, employer, april, Fund.RETIREMENT, 10_000_000);   // deadline 2025-05-31
        due(ledger, employer, april, Fund.HEALTH, 1_500_000);
        due(ledger, employer, may, Fund.RETIREMENT, 2_000_000);      // deadline 2025-06-30
        // Paid on 2025-08-15: April in full; May stays unpaid.
        importing.importFile("august.csv", file(row(transactionId(), employer, 11_500_000, LocalDate.of(2025, 8, 15))), false);

        // May: April is 0 days late on 2025-05-31, so nothing is charged.
        assertThat(charging.charge(LocalDate.of(2025, 5, 31), areas.provinceCode()).employersCharged()).isZero();
        // June, old rule, computed monthly on what is unpaid at 2025-06-30:
        //   April SI: 30 days late (>= 30): 10,000,000 x 2 x 5 % / 12 = 83,333.33 -> 83,333
        //   April HI: 1,500,000 x 2 x 4 % / 12 = 10,000
        //   May: 0 days late at 2025-06-30 -> nothing
        ChargingInterest.InterestRun june = charging.charge(LocalDate.of(2025, 6, 30), areas.provinceCode());
        assertThat(june.amountCharged()).isEqualTo(93_333);
        // July, new rule, 0.03 % a day, 31 days late in the month:
        //   April SI 31 x 0.03 % x 10,000,000 = 93,000; April HI 31 x 450 = 13,950; May SI 31 x 600 = 18,600
        assertThat(charging.charge(LocalDate.of(2025, 7, 31), areas.provinceCode()).amountCharged()).isEqualTo(125_550);
        // August: April late from 08-01 to the day of payment 08-15 inclusive, 15 days: SI 45,000, HI 6,750;
        //   May unpaid all month: 31 x 600 = 18,600
        assertThat(charging.charge(LocalDate.of(2025, 8, 31), areas.provinceCode()).amountCharged()).isEqualTo(70_350);

        // April's retirement due: 83,333 under the old rule (June) + 46 days x 0.03 % x 10,000,000 = 138,000 under
        // the new one (July and 1-15 August).
        assertThat(interestCharged(employer)).containsExactly(
                Map.entry("2025-04 HEALTH", 10_000L + 13_950 + 6_750),
                Map.entry("2025-04 RETIREMENT", 83_333L + 93_000 + 45_000),
                Map.entry("2025-05 RETIREMENT", 18_600L + 18_600));
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.INTEREST_RECEIVABLE)).isEqualTo(289_233);
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.INTEREST_REVENUE)).isEqualTo(-289_233);
    }

    @Test
    void chargingAMonthAgainChargesNobodyTwice() {
        String employer = CollectionFixtures.employer(jdbc, areas.communeA2(), "Công ty Nhắc Lại");
        due(ledger, employer, april, Fund.RETIREMENT, 10_000_000);

        ChargingInterest.InterestRun first = charging.charge(LocalDate.of(2025, 7, 31), areas.provinceCode());
        ChargingInterest.InterestRun again = charging.charge(LocalDate.of(2025, 7, 31), areas.provinceCode());

        assertThat(first.employersCharged()).isEqualTo(1);
        assertThat(first.amountCharged()).isEqualTo(93_000);
        assertThat(again.employersCharged()).isZero();
        assertThat(again.alreadyCharged()).isEqualTo(1);
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.INTEREST_RECEIVABLE)).isEqualTo(93_000);
        assertThat(ledger.booked("interest:EMPLOYER:" + employer + ":2025-07")).isTrue();
    }

    @Test
    void underTheOldRuleADueIsChargedOnlyOnceThirtyDaysLateAtTheEndOfAMonth() {
        String employer = CollectionFixtures.employer(jdbc, areas.communeB2(), "Công ty Ba Mươi Ngày");
        // December 2024 is due by 2025-01-31: 28 days late at the end of February, 59 at the end of March.
        due(ledger, employer, YearMonth.of(2024, 12), Fund.UNEMPLOYMENT, 1_200_000);

        assertThat(charging.charge(LocalDate.of(2025, 2, 28), areas.provinceCode()).amountCharged()).isZero();
        // 1,200,000 x 2 x 5 % / 12 (unemployment follows the SI rule)
        assertThat(charging.charge(LocalDate.of(2025, 3, 31), areas.provinceCode()).amountCharged()).isEqualTo(10_000);
    }

    @Test
    void creditHeldPaysInterestAsSoonAsItIsCharged() {
        String employer = CollectionFixtures.employer(jdbc, areas.communeB1(), "Công ty Trả Trước");
        due(ledger, employer, april, Fund.RETIREMENT, 10_000_000);
        importing.importFile("over.csv", file(row(transactionId(), employer, 10_100_000, LocalDate.of(2025, 7, 10))), false);

        // July: 10 days (1-10 July) x 3,000 = 30,000, paid at once from the 100,000 credit.
        charging.charge(LocalDate.of(2025, 7, 31), areas.provinceCode());

        assertThat(ledger.openInterest(PayerKind.EMPLOYER, employer)).isEmpty();
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer, Account.PAYER_CREDIT)).isEqualTo(-70_000);
    }

    // The rule itself, on due histories made by hand.

    DueHistory due10Million(List<DueHistory.Settlement> settlements) {
        return new DueHistory(PayerKind.EMPLOYER, "X", april, Fund.RETIREMENT, LocalDate.of(2025, 5, 31), 10_000_000,
                settlements);
    }

    @Test
    void aDueLateAcrossTheChangeBearsMonthlyInterestUntilJuneAndDailyInterestFromJuly() {
        DueHistory paidOn15August = due10Million(List.of(new DueHistory.Settlement(LocalDate.of(2025, 8, 15), -10_000_000)));

        assertThat(paidOn15August.daysLate(LocalDate.of(2025, 12, 31))).isEqualTo(76);
        assertThat(interest.accrued(paidOn15August, YearMonth.of(2025, 6), YearMonth.of(2025, 6))).isEqualTo(83_333);
        assertThat(interest.accrued(paidOn15August, YearMonth.of(2025, 7), YearMonth.of(2025, 9))).isEqualTo(138_000);
        assertThat(interest.accrued(paidOn15August, YearMonth.of(2025, 5), YearMonth.of(2025, 9))).isEqualTo(221_333);
    }

    @Test
    void dailyInterestFollowsTheUnpaidAmountAsPaymentsReduceIt() {
        DueHistory partlyPaid = due10Million(List.of(new DueHistory.Settlement(LocalDate.of(2025, 7, 10), -4_000_000)));

        // 1-10 July on 10,000,000 (the day of payment counts): 10 x 3,000 = 30,000; 11-31 July on 6,000,000:
        // 21 x 1,800 = 37,800.
        assertThat(interest.ruleFor(YearMonth.of(2025, 7)).apply(partlyPaid).amount()).isEqualTo(67_800);
    }

    @Test
    void monthlyInterestIsRoundedHalfUpToWholeDong() {
        DueHistory due = new DueHistory(PayerKind.EMPLOYER, "X", april, Fund.RETIREMENT, LocalDate.of(2025, 5, 31),
                1_000_020, List.of());

        // 1,000,020 x 10 % / 12 = 8,333.5 -> 8,334
        assertThat(interest.ruleFor(YearMonth.of(2025, 6)).apply(due).amount()).isEqualTo(8_334);
    }
}
