package vn.ansinh.collection;

import java.time.YearMonth;

/**
 * What one assessment run did: employments looked at, contribution rows added, ledger journals booked; for a run over
 * every employer also what it booked for voluntary, household and budget-paid participants (null for one employer).
 */
public record AssessmentRun(long id, YearMonth month, String employerUnitCode, int employments, int rowsAdded,
                            int journals, long millis, ParticipantAssessment participants) {

    AssessmentRun withParticipants(ParticipantAssessment participants) {
        return new AssessmentRun(id, month, employerUnitCode, employments, rowsAdded, journals, millis, participants);
    }
}
