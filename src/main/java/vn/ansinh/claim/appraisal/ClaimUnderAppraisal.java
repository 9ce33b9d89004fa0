package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.ansinh.card.CardLookup;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimLine;
import vn.ansinh.claim.LineKind;

/**
 * One claim while the rules run over it: the claim, its card look-up, the benefit percent found due, what is still
 * payable on each line, and what the rules found. Every amount a rule takes off is capped by what is left, so rules
 * run one after the other never take off more than the facility asked for.
 */
final class ClaimUnderAppraisal {

    record ReviewDecision(LineKind lineKind, Integer lineNo, String ruleCode, BigDecimal amount) {
    }

    final long id;
    final Claim claim;
    final CardLookup card;
    final ReferenceData reference;
    final CrossClaimFacts facts;
    final LocalDate admission;
    private BigDecimal benefitPercent;
    private String benefitBasis;
    private final Map<CrossClaimFacts.LineKey, BigDecimal> remaining = new HashMap<>();
    private BigDecimal claimLevelRemaining;
    private BigDecimal claimLevelDeducted = BigDecimal.ZERO;
    private final Set<String> decidedByAppraiser = new java.util.HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> rulesFired = new LinkedHashSet<>();
    private BigDecimal reviewDeducted = BigDecimal.ZERO;
    private boolean rejected;
    private boolean review;

    ClaimUnderAppraisal(long id, Claim claim, CardLookup card, ReferenceData reference, CrossClaimFacts facts,
                        List<ReviewDecision> reviewDecisions) {
        this.id = id;
        this.claim = claim;
        this.card = card;
        this.reference = reference;
        this.facts = facts;
        this.admission = claim.admittedAt().toLocalDate();
        BigDecimal linesFund = BigDecimal.ZERO;
        for (ClaimLine line : claim.lines()) {
            remaining.merge(key(line), line.fundPays(), BigDecimal::add);
            linesFund = linesFund.add(line.fundPays());
        }
        // What the summary asks beyond its lines (a mismatch validation lets through) is payable only claim-wide.
        this.claimLevelRemaining = claim.totals().fundPays().subtract(linesFund).max(BigDecimal.ZERO);
        for (ReviewDecision decision : reviewDecisions) {
            decidedByAppraiser.add(decisionKey(decision.lineKind(), decision.lineNo(), decision.ruleCode()));
            reviewDeducted = reviewDeducted.add(decision.amount());
            take(decision.lineKind() == null ? null : new CrossClaimFacts.LineKey(decision.lineKind(),
                    decision.lineNo()), decision.amount());
        }
    }

    private static CrossClaimFacts.LineKey key(ClaimLine line) {
        return new CrossClaimFacts.LineKey(line.kind(), line.lineNo());
    }

    private static String decisionKey(LineKind kind, Integer lineNo, String rule) {
        return kind + ":" + lineNo + ":" + rule;
    }

    /** Takes off a line, or at claim level (line null) from the claim's total without touching any line. */
    private BigDecimal take(CrossClaimFacts.LineKey line, BigDecimal amount) {
        if (line == null) {
            BigDecimal taken = amount.min(payable());
            claimLevelDeducted = claimLevelDeducted.add(taken);
            return taken;
        }
        BigDecimal left = remaining.getOrDefault(line, BigDecimal.ZERO);
        BigDecimal taken = amount.min(left);
        remaining.put(line, left.subtract(taken));
        return taken;
    }

    // What rules read.

    LocalDate lineDate(ClaimLine line) {
        if (line.performedAt() != null) {
            return line.performedAt().toLocalDate();
        }
        return line.orderedAt() != null ? line.orderedAt().toLocalDate() : admission;
    }

    BigDecimal remaining(ClaimLine line) {
        return remaining.getOrDefault(key(line), BigDecimal.ZERO);
    }

    boolean cardValid() {
        return card != null && card.card() != null && "000".equals(card.code());
    }

    Optional<BigDecimal> benefitPercent() {
        return Optional.ofNullable(benefitPercent);
    }

    String benefitBasis() {
        return benefitBasis;
    }

    void benefit(BigDecimal percent, String basis) {
        this.benefitPercent = percent;
        this.benefitBasis = basis;
    }

    /** The unit price the fund pays: the claimed one, or the facility's approved price when that is lower. */
    BigDecimal payableUnitPrice(ClaimLine line) {
        return reference.approvedPrice(claim.facilityCode(), line.kind(), line.itemCode(), lineDate(line))
                .filter(approved -> approved.compareTo(line.hiUnitPrice()) < 0).orElse(line.hiUnitPrice());
    }

    /** quantity x price x [fee ratio] x HI ratio x benefit percent, the way a line's fund share is computed. */
    BigDecimal fundShare(BigDecimal quantity, BigDecimal unitPrice, BigDecimal serviceRatio, BigDecimal hiRatio) {
        BigDecimal amount = quantity.multiply(unitPrice).multiply(hiRatio).movePointLeft(2);
        if (serviceRatio != null) {
            amount = amount.multiply(serviceRatio).movePointLeft(2);
        }
        return amount.multiply(benefitPercent == null ? BigDecimal.ZERO : benefitPercent).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
    }

    // What rules do.

    /** Takes up to {@code amount} off the line; returns what was taken (nothing if an appraiser decided already). */
    BigDecimal deductLine(AppraisalRule rule, ClaimLine line, BigDecimal amount, String reason) {
        if (amount.signum() <= 0 || decidedByAppraiser.contains(decisionKey(line.kind(), line.lineNo(), rule.code()))) {
            return BigDecimal.ZERO;
        }
        BigDecimal taken = take(key(line), amount.setScale(2, RoundingMode.HALF_UP));
        if (taken.signum() > 0) {
            findings.add(new Finding(rule.code(), line.kind(), line.lineNo(), reason, taken));
            rulesFired.add(rule.code());
        }
        return taken;
    }

    /** Refuses the whole claim: everything still payable is taken off at claim level. */
    void reject(AppraisalRule rule, String reason) {
        rejected = true;
        rulesFired.add(rule.code());
        if (decidedByAppraiser.contains(decisionKey(null, null, rule.code()))) {
            return;
        }
        BigDecimal all = payable();
        take(null, all);
        findings.add(new Finding(rule.code(), null, null, reason, all));
    }

    /** Records a finding that takes nothing off but sends the claim to an appraiser. */
    void sendToReview(AppraisalRule rule, String reason) {
        review = true;
        rulesFired.add(rule.code());
        findings.add(new Finding(rule.code(), null, null, reason, BigDecimal.ZERO.setScale(2)));
    }

    // What the engine reads at the end.

    BigDecimal payable() {
        return remaining.values().stream().reduce(claimLevelRemaining, BigDecimal::add).subtract(claimLevelDeducted)
                .max(BigDecimal.ZERO);
    }

    List<Finding> findings() {
        return findings;
    }

    Set<String> rulesFired() {
        return rulesFired;
    }

    boolean rejected() {
        return rejected;
    }

    boolean review() {
        return review;
    }

    BigDecimal reviewDeducted() {
        return reviewDeducted;
    }
}
