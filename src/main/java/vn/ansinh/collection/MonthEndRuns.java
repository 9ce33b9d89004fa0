package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The office's month-end work, started by the calendar: early on the first day of a month, the month just ended is
 * assessed once more (declarations that came in late leave their adjustments) and its late-payment interest is
 * charged. Both runs are idempotent, so a run repeated by hand, or on two nodes, books nothing twice. On by default;
 * {@code ansinh.collection.month-end.enabled=false} turns it off (tests, benchmarks), {@code .cron} moves it.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "ansinh.collection.month-end.enabled", havingValue = "true", matchIfMissing = true)
class MonthEndRuns {

    private static final Logger log = LoggerFactory.getLogger(MonthEndRuns.class);

    private final AssessingContributions assessing;
    private final ChargingInterest interest;
    private final Clock clock;

    MonthEndRuns(AssessingContributions assessing, ChargingInterest interest, Clock clock) {
        this.assessing = assessing;
        this.interest = interest;
        this.clock = clock;
    }

    @Scheduled(cron = "${ansinh.collection.month-end.cron:0 30 1 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void closeThePreviousMonth() {
        closeMonth(YearMonth.from(LocalDate.now(clock)).minusMonths(1));
    }

    /** Assesses the month and charges its interest; returns what both runs did. */
    String closeMonth(YearMonth month) {
        AssessmentRun run = assessing.assess(month);
        ChargingInterest.InterestRun charged = interest.charge(month.atEndOfMonth());
        String done = "month end " + month + ": " + run.rowsAdded() + " contribution rows added in " + run.journals()
                + " journals; interest charged to " + charged.employersCharged() + " employers, "
                + charged.amountCharged() + " VND (" + charged.alreadyCharged() + " charged before)";
        log.info(done);
        return done;
    }
}
