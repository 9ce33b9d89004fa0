package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.claim.LineKind;

/** What set-based queries found across claims for one batch, keyed by claim id. */
final class CrossClaimFacts {

    record LineKey(LineKind kind, int lineNo) {
    }

    record OtherStay(long claimId, String facilityCode, LocalDateTime admittedAt, LocalDateTime dischargedAt) {
    }

    record Excess(BigDecimal quantity, BigDecimal maxPerDay) {
    }

    /** The n-th examination of the person at that facility that day, for examination lines after the first. */
    final Map<Long, Map<Integer, Integer>> examinationOrder = new HashMap<>();
    final Map<Long, List<OtherStay>> overlappingStays = new HashMap<>();
    final Map<Long, Map<LineKey, Excess>> dailyExcess = new HashMap<>();
    /** The earlier claim this one repeats under another key. */
    final Map<Long, Long> duplicateOf = new HashMap<>();

    int examinationOrdinal(long claimId, int lineNo) {
        return examinationOrder.getOrDefault(claimId, Map.of()).getOrDefault(lineNo, 1);
    }
}
