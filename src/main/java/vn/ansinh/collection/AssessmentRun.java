package vn.ansinh.collection;

import java.time.YearMonth;

/** What one assessment run did: employments looked at, contribution rows added, ledger journals booked. */
public record AssessmentRun(long id, YearMonth month, String employerUnitCode, int employments, int rowsAdded,
                            int journals, long millis) {
}
