package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;

@IntegrationTest
class MonthEndRunsTests {

    @Autowired AssessingContributions assessing;
    @Autowired ChargingInterest interest;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theMonthEndAssessesTheMonthJustEndedAndARepeatBooksNothingTwice() {
        EmploymentFixtures fixtures = new EmploymentFixtures(jdbc);
        EmploymentFixtures.Employer employer = fixtures.employer(1, false);
        fixtures.employ(employer, fixtures.person(), LocalDate.of(2023, 1, 1), null, 10_000_000, false);
        MonthEndRuns runs = new MonthEndRuns(assessing, interest, clock);
        YearMonth month = YearMonth.of(2023, 3);

        runs.closeMonth(month);
        long owed = ledger.balance(PayerKind.EMPLOYER, employer.unitCode(), Account.RECEIVABLE);
        String again = runs.closeMonth(month);

        // 32 % of 10,000,000 for March 2023, booked once.
        assertThat(owed).isEqualTo(3_200_000);
        assertThat(ledger.balance(PayerKind.EMPLOYER, employer.unitCode(), Account.RECEIVABLE)).isEqualTo(owed);
        assertThat(again).contains("0 contribution rows added");
    }
}
