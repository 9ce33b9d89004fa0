package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.card.CardLookup;
import vn.ansinh.card.LookingUpCardsInBulk;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimLine;
import vn.ansinh.claim.ClaimStatus;
import vn.ansinh.claim.Claims;
import vn.ansinh.shared.NotFound;

/**
 * Appraises stored claims: reads a batch in bulk, looks up all its cards in one query, runs the checks across claims
 * as set-based SQL, runs the per-claim rules in Java, and replaces the batch's automatic results with COPY, one
 * transaction per batch. Re-appraising gives the same results and keeps appraisers' decisions.
 */
@Service
public class AppraisingClaims {

    static final int BATCH = 2_000;
    private static final int RISK_PER_RULE = 25;

    private final Claims claims;
    private final LookingUpCardsInBulk cards;
    private final CrossClaimChecks crossClaimChecks;
    private final BenefitPercents benefitPercents;
    private final ReferenceDataCache referenceData;
    private final Appraisals appraisals;
    private final TransactionTemplate transaction;
    private final int workers;

    AppraisingClaims(Claims claims, LookingUpCardsInBulk cards, CrossClaimChecks crossClaimChecks,
                     BenefitPercents benefitPercents, ReferenceDataCache referenceData, Appraisals appraisals,
                     PlatformTransactionManager transactions,
                     @Value("${ansinh.claims.appraisal.workers:2}") int workers) {
        this.claims = claims;
        this.cards = cards;
        this.crossClaimChecks = crossClaimChecks;
        this.benefitPercents = benefitPercents;
        this.referenceData = referenceData;
        this.appraisals = appraisals;
        this.transaction = new TransactionTemplate(transactions);
        this.workers = workers;
    }

    /** Appraises one stored claim and returns its result. */
    public Appraisal appraise(long claimId) {
        appraiseAll(List.of(claimId));
        return result(claimId);
    }

    public Appraisal result(long claimId) {
        return appraisals.byClaim(claimId).orElseThrow(() -> new NotFound("claim appraisal", String.valueOf(claimId)));
    }

    /**
     * Appraises every current claim waiting for appraisal (status RECEIVED), oldest first: the office's run after a
     * month-end intake. Claims in review or already decided are left as they are.
     */
    public AppraisalRun appraiseReceived() {
        return appraiseAll(appraisals.waiting());
    }

    /**
     * Appraises many stored claims, in batches of {@value #BATCH} run by {@code ansinh.claims.appraisal.workers}
     * threads (default 2), each batch in its own transaction; unknown ids are skipped.
     */
    public AppraisalRun appraiseAll(Collection<Long> claimIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(claimIds));
        List<java.util.function.Supplier<Map<Long, Claim>>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            batches.add(() -> claims.byIds(batch));
        }
        return run(batches);
    }

    /**
     * Appraises claims intake has just stored, as intake read them (id to claim, in id order), without reading them
     * back: the results are those {@link #appraiseAll(Collection)} gives for the same ids, since the stored claim is
     * the claim that was read and the checks across claims read the database as before. Each claim must be the
     * current version and stored with status RECEIVED (the claims {@link #appraiseReceived()} would pick).
     */
    public AppraisalRun appraiseStored(Map<Long, Claim> stored) {
        List<Map.Entry<Long, Claim>> entries = List.copyOf(stored.entrySet());
        List<java.util.function.Supplier<Map<Long, Claim>>> batches = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += BATCH) {
            Map<Long, Claim> batch = new java.util.LinkedHashMap<>();
            for (Map.Entry<Long, Claim> entry : entries.subList(from, Math.min(entries.size(), from + BATCH))) {
                batch.put(entry.getKey(), entry.getValue());
            }
            batches.add(() -> batch);
        }
        return run(batches);
    }

    private AppraisalRun run(List<java.util.function.Supplier<Map<Long, Claim>>> batches) {
        Map<String, Long> phaseNanos = new java.util.concurrent.ConcurrentHashMap<>();
        ReferenceData reference = referenceData.current();
        List<List<Appraisals.Result>> done;
        if (batches.size() < 2 || workers < 2) {
            done = batches.stream().map(batch -> transaction.execute(status -> appraiseBatch(batch, reference, phaseNanos)))
                    .toList();
        } else {
            // While one batch waits on the database the other runs its rules: batches are independent (each reads
            // only stored claims and writes only its own results).
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, batches.size()));
            try {
                List<Future<List<Appraisals.Result>>> futures = batches.stream()
                        .map(batch -> pool.submit(() -> transaction.execute(status -> appraiseBatch(batch, reference, phaseNanos))))
                        .toList();
                done = new ArrayList<>();
                for (Future<List<Appraisals.Result>> future : futures) {
                    done.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Appraisal interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<ClaimStatus, Integer> outcomes = new EnumMap<>(ClaimStatus.class);
        BigDecimal claimed = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        int count = 0;
        for (List<Appraisals.Result> results : done) {
            for (Appraisals.Result result : results) {
                outcomes.merge(result.outcome(), 1, Integer::sum);
                claimed = claimed.add(result.claimed());
                deducted = deducted.add(result.deducted());
            }
            count += results.size();
        }
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        for (String name : List.of("read", "cards", "cross-claim", "rules", "write")) {
            millis.put(name, phaseNanos.getOrDefault(name, 0L) / 1_000_000);
        }
        return new AppraisalRun(count, outcomes, claimed, deducted, millis);
    }

    private List<Appraisals.Result> appraiseBatch(java.util.function.Supplier<Map<Long, Claim>> batch,
                                                  ReferenceData reference, Map<String, Long> phaseNanos) {
        long started = System.nanoTime();
        Map<Long, Claim> found = batch.get();
        started = phase(phaseNanos, "read", started);
        if (found.isEmpty()) {
            return List.of();
        }
        Long[] ids = found.keySet().toArray(Long[]::new);
        List<LookingUpCardsInBulk.Request> requests = new ArrayList<>(ids.length);
        for (Claim claim : found.values()) {
            String id = claim.cardNumbers().isEmpty() ? claim.cccd() : claim.cardNumbers().get(0);
            requests.add(new LookingUpCardsInBulk.Request(id, claim.fullName(), claim.dateOfBirth(),
                    claim.admittedAt().toLocalDate()));
        }
        List<CardLookup> lookups = cards.lookUpAll(requests);
        started = phase(phaseNanos, "cards", started);
        reference.prepare(found.values().stream().map(Claim::facilityCode).toList());
        CrossClaimFacts facts = crossClaimChecks.find(found);
        started = phase(phaseNanos, "cross-claim", started);
        Map<Long, List<ClaimUnderAppraisal.ReviewDecision>> decisions = appraisals.reviewDecisions(ids);
        List<Appraisals.Result> results = new ArrayList<>(ids.length);
        int i = 0;
        for (Map.Entry<Long, Claim> entry : found.entrySet()) {
            ClaimUnderAppraisal claim = new ClaimUnderAppraisal(entry.getKey(), entry.getValue(), lookups.get(i++),
                    reference, facts, decisions.getOrDefault(entry.getKey(), List.of()));
            results.add(appraise(claim));
        }
        started = phase(phaseNanos, "rules", started);
        appraisals.replace(ids, results, "appraisal " + AppraisalRules.VERSION);
        phase(phaseNanos, "write", started);
        return results;
    }

    private static long phase(Map<String, Long> phaseNanos, String name, long since) {
        long now = System.nanoTime();
        phaseNanos.merge(name, now - since, Long::sum);
        return now;
    }

    private Appraisals.Result appraise(ClaimUnderAppraisal claim) {
        AppraisalRules.CARD.apply(claim);
        if (!claim.rejected()) {
            AppraisalRules.DUPLICATE.apply(claim);
        }
        if (!claim.rejected()) {
            BenefitPercents.Decision benefit = benefitPercents.decide(claim.claim, claim.card.card(), claim.reference);
            claim.benefit(benefit.percent(), benefit.basis());
            for (AppraisalRule rule : AppraisalRules.LINE_RULES) {
                rule.apply(claim);
            }
            AppraisalRules.OVERLAP.apply(claim);
            AppraisalRules.HIGH_RISK.apply(claim);
        }
        BigDecimal claimed = claim.claim.totals().fundPays();
        BigDecimal approved = claim.payable().min(claimed);
        BigDecimal deducted = claimed.subtract(approved);
        ClaimStatus outcome = claim.rejected() ? ClaimStatus.REJECTED
                : claim.review() ? ClaimStatus.IN_REVIEW
                : deducted.signum() > 0 ? ClaimStatus.ACCEPTED_WITH_DEDUCTIONS : ClaimStatus.ACCEPTED;
        BigDecimal percent = claim.benefitPercent().orElse(null);
        BigDecimal dueFund = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        BigDecimal outOfScope = BigDecimal.ZERO;
        for (ClaimLine line : claim.claim.lines()) {
            if (percent != null) {
                dueFund = dueFund.add(BenefitLevelDue.dueFund(line, percent));
            }
            covered = covered.add(line.hiAmount());
            outOfScope = outOfScope.add(line.hospitalAmount().subtract(line.hiAmount()));
        }
        int risk = Math.min(100, RISK_PER_RULE * claim.rulesFired().size());
        return new Appraisals.Result(claim.id, outcome, claimed, approved, deducted, risk, percent,
                claim.card.code(), dueFund, covered.subtract(dueFund).max(BigDecimal.ZERO), outOfScope,
                claim.findings());
    }
}
