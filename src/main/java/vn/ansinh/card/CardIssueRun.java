package vn.ansinh.card;

import java.time.LocalDate;

/**
 * What an issuing run did: cards issued, extended and reissued (new group or benefit digit), employees whose card was
 * held back because nothing more was paid while their employer is in arrears, and cards ended by a death.
 */
public record CardIssueRun(LocalDate on, int issued, int extended, int reissued, int heldBackForArrears,
                           int endedByDeath) {
}
