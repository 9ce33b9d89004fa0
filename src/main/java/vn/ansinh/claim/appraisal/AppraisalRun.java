package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.util.Map;

import vn.ansinh.claim.ClaimStatus;

/**
 * What a bulk appraisal did: claims appraised, how many ended in each outcome, the amounts, and the milliseconds
 * spent in each phase summed over batches (read, cards, cross-claim, rules, write), to see where time goes.
 */
public record AppraisalRun(int claims, Map<ClaimStatus, Integer> outcomes, BigDecimal claimed, BigDecimal deducted,
                           Map<String, Long> phaseMillis) {
}
