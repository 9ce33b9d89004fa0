package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimLine;
import vn.ansinh.claim.ClaimStatus;
import vn.ansinh.claim.Claims;
import vn.ansinh.claim.EncounterType;
import vn.ansinh.claim.LineKind;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Appraisers' work on claims the rules could not settle: a queue by facility and risk within the appraiser's area
 * (the facility's commune), the claim with what the rules found, and decisions on deductions or on the whole claim.
 * Every decision needs a reason, is kept as a REVIEW deduction (which re-appraisal keeps), recomputes the amounts and
 * is audited with the state before and after.
 */
@Service
public class ReviewingClaims {

    /** A claim waiting for an appraiser. */
    public record QueueItem(long claimId, String facilityCode, String facilityName, String encounterKey,
                            String patientName, LocalDateTime admittedAt, BigDecimal claimed, BigDecimal approved,
                            BigDecimal deducted, int riskScore, OffsetDateTime appraisedAt) {
    }

    /**
     * A claim as an appraiser sees it: the encounter with its lines, and the appraisal with every deduction.
     *
     * @param facilityName the treating facility's name
     * @param version    this version of the encounter (1 for the first send, one more per resend)
     * @param versions   how many versions of the encounter the facility has sent
     * @param receivedAt when this version arrived
     */
    public record ClaimReview(long claimId, ClaimStatus status, Claim claim, Appraisal appraisal, String facilityName,
                              int version, int versions, OffsetDateTime receivedAt) {
    }

    /** A claim in a list (a person's claims): the encounter, where it stands and, once appraised, what is approved. */
    public record ClaimItem(long claimId, String facilityCode, String facilityName, String encounterKey,
                            EncounterType encounterType, LocalDateTime admittedAt, LocalDateTime dischargedAt,
                            ClaimStatus status, BigDecimal claimed, BigDecimal approved) {
    }

    /** A facility with claims waiting for an appraiser in the actor's area. */
    public record QueueFacility(String code, String name, long waiting) {
    }

    private final JdbcClient jdbc;
    private final Claims claims;
    private final Appraisals appraisals;
    private final AuditLog audit;

    ReviewingClaims(JdbcClient jdbc, Claims claims, Appraisals appraisals, AuditLog audit) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.appraisals = appraisals;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<QueueItem> queue(String facilityCode, int minRisk, PageRequest page) {
        String filter = facilityCode == null ? "" : " and c.facility_code = :facility";
        var where = """
                from claim_appraisal a
                join claim c on c.id = a.claim_id
                join health_facility f on f.code = c.facility_code
                join area ar on ar.id = f.commune_id
                where a.outcome = 'IN_REVIEW' and c.current and ar.path like :scope and a.risk_score >= :minRisk"""
                + filter;
        var count = jdbc.sql("select count(*) " + where)
                .param("scope", Actors.current().scope().likePattern()).param("minRisk", minRisk);
        var select = jdbc.sql("""
                        select c.id, c.facility_code, f.name, c.encounter_key, c.full_name, c.admitted_at, a.claimed,
                               a.approved, a.deducted, a.risk_score, a.appraised_at
                        """ + where + " order by a.risk_score desc, a.claimed desc, c.id limit :size offset :offset")
                .param("scope", Actors.current().scope().likePattern()).param("minRisk", minRisk)
                .param("size", page.size()).param("offset", page.offset());
        if (facilityCode != null) {
            count = count.param("facility", facilityCode);
            select = select.param("facility", facilityCode);
        }
        long total = count.query(Long.class).single();
        List<QueueItem> items = select.query((rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getBigDecimal(7),
                rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getInt(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
        return Page.of(items, page, total);
    }

    /** The facilities of the queue (for its filter), most claims waiting first. */
    @Transactional(readOnly = true)
    public List<QueueFacility> queueFacilities() {
        return jdbc.sql("""
                        select c.facility_code, f.name, count(*) from claim_appraisal a
                        join claim c on c.id = a.claim_id
                        join health_facility f on f.code = c.facility_code
                        join area ar on ar.id = f.commune_id
                        where a.outcome = 'IN_REVIEW' and c.current and ar.path like :scope
                        group by c.facility_code, f.name order by count(*) desc, c.facility_code""")
                .param("scope", Actors.current().scope().likePattern())
                .query((rs, i) -> new QueueFacility(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Transactional(readOnly = true)
    public ClaimReview detail(long claimId) {
        requireInScope(claimId);
        Appraisal appraisal = appraisals.byClaim(claimId)
                .orElseThrow(() -> new NotFound("claim appraisal", String.valueOf(claimId)));
        return jdbc.sql("""
                        select c.version, c.received_at,
                               (select count(*) from claim o
                                where o.facility_code = c.facility_code and o.encounter_key = c.encounter_key),
                               f.name
                        from claim c join health_facility f on f.code = c.facility_code where c.id = :id""")
                .param("id", claimId)
                .query((rs, i) -> new ClaimReview(claimId, appraisal.outcome(), claims.byId(claimId), appraisal,
                        rs.getString(4), rs.getInt(1), rs.getInt(3), rs.getObject(2, OffsetDateTime.class)))
                .single();
    }

    /** What was decided on the claim and by whom, oldest first (the audit log's entries for it). */
    @Transactional(readOnly = true)
    public List<AuditEntry> trail(long claimId) {
        requireInScope(claimId);
        return audit.trail("claim", claimId);
    }

    /**
     * The current claims of an insured person (the SI code the card numbers end with) at facilities in the actor's
     * area, latest admission first.
     */
    @Transactional(readOnly = true)
    public Page<ClaimItem> ofInsured(String siCode, PageRequest page) {
        String where = """
                from claim c
                join health_facility f on f.code = c.facility_code
                join area ar on ar.id = f.commune_id
                left join claim_appraisal a on a.claim_id = c.id
                where right(c.card_numbers[1], 10) = :insured and c.current and ar.path like :scope""";
        String scope = Actors.current().scope().likePattern();
        long total = jdbc.sql("select count(*) " + where).param("insured", siCode).param("scope", scope)
                .query(Long.class).single();
        List<ClaimItem> items = jdbc.sql("""
                        select c.id, c.facility_code, f.name, c.encounter_key, c.encounter_type, c.admitted_at,
                               c.discharged_at, c.status, c.fund_pays, a.approved
                        """ + where + " order by c.admitted_at desc, c.id desc limit :size offset :offset")
                .param("insured", siCode).param("scope", scope).param("size", page.size())
                .param("offset", page.offset())
                .query((rs, i) -> new ClaimItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        EncounterType.valueOf(rs.getString(5)), rs.getObject(6, LocalDateTime.class),
                        rs.getObject(7, LocalDateTime.class), ClaimStatus.valueOf(rs.getString(8)),
                        rs.getBigDecimal(9), rs.getBigDecimal(10)))
                .list();
        return Page.of(items, page, total);
    }

    /** Settles the claim as it now stands: accepted, with deductions if any remain. */
    @Transactional
    public Appraisal accept(long claimId, String reason) {
        requireReason(reason);
        Appraisal before = locked(claimId);
        ClaimStatus outcome = before.deducted().signum() > 0 ? ClaimStatus.ACCEPTED_WITH_DEDUCTIONS
                : ClaimStatus.ACCEPTED;
        jdbc.sql("""
                        update claim_appraisal set outcome = :outcome, reviewed_by = :by, reviewed_at = now()
                        where claim_id = :id""")
                .param("outcome", outcome.name()).param("by", Actors.current().name()).param("id", claimId).update();
        return recorded("ACCEPT_CLAIM", claimId, before, reason);
    }

    @Transactional
    public Appraisal addDeduction(long claimId, LineKind lineKind, Integer lineNo, BigDecimal amount, String reason) {
        requireReason(reason);
        requireAmount(amount);
        if ((lineKind == null) != (lineNo == null)) {
            throw new InvalidInput("lineNo", "give both the line kind and number, or neither for the whole claim");
        }
        Appraisal before = locked(claimId);
        if (lineKind != null) {
            ClaimLine line = claims.byId(claimId).lines().stream()
                    .filter(l -> l.kind() == lineKind && l.lineNo() == lineNo).findFirst()
                    .orElseThrow(() -> new InvalidInput("lineNo", "the claim has no " + lineKind + " line " + lineNo));
            BigDecimal onLine = before.deductions().stream()
                    .filter(d -> lineKind.name().equals(d.lineKind()) && lineNo.equals(d.lineNo()))
                    .map(Appraisal.Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (onLine.add(amount).compareTo(line.fundPays()) > 0) {
                throw new InvalidInput("amount", "the line asks the fund for " + line.fundPays().toPlainString()
                        + " and " + onLine.toPlainString() + " is already taken off");
            }
        }
        requireWithinClaim(before, amount);
        jdbc.sql("""
                        insert into claim_deduction (claim_id, line_kind, line_no, rule_code, reason, amount, origin,
                                                     decided_by)
                        values (:id, :kind, :line, :rule, :reason, :amount, 'REVIEW', :by)""")
                .param("id", claimId).param("kind", lineKind == null ? null : lineKind.name())
                .param("line", lineNo, java.sql.Types.INTEGER).param("rule", AppraisalRules.APPRAISER_DEDUCTION)
                .param("reason", reason.strip()).param("amount", amount).param("by", Actors.current().name())
                .update();
        return recorded("ADD_CLAIM_DEDUCTION", claimId, before, reason);
    }

    @Transactional
    public Appraisal changeDeduction(long claimId, long deductionId, BigDecimal amount, String reason) {
        requireReason(reason);
        requireAmount(amount);
        Appraisal before = locked(claimId);
        Appraisal.Deduction deduction = deduction(before, deductionId);
        requireWithinClaim(before, amount.subtract(deduction.amount()));
        decide(deductionId, amount, reason);
        return recorded("CHANGE_CLAIM_DEDUCTION", claimId, before, reason);
    }

    /** Removal keeps the row at zero with the appraiser's reason, so a re-appraisal does not put it back. */
    @Transactional
    public Appraisal removeDeduction(long claimId, long deductionId, String reason) {
        requireReason(reason);
        Appraisal before = locked(claimId);
        deduction(before, deductionId);
        decide(deductionId, BigDecimal.ZERO, reason);
        return recorded("REMOVE_CLAIM_DEDUCTION", claimId, before, reason);
    }

    private void decide(long deductionId, BigDecimal amount, String reason) {
        jdbc.sql("""
                        update claim_deduction set amount = :amount, reason = :reason, origin = 'REVIEW',
                            decided_by = :by, decided_at = now()
                        where id = :id""")
                .param("amount", amount).param("reason", reason.strip()).param("by", Actors.current().name())
                .param("id", deductionId).update();
    }

    /** Recomputes the amounts from the deductions now held, updates the claim's status and audits the decision. */
    private Appraisal recorded(String action, long claimId, Appraisal before, String reason) {
        jdbc.sql("""
                        update claim_appraisal a set deducted = d.total, approved = a.claimed - d.total,
                            outcome = case when a.outcome in ('ACCEPTED', 'ACCEPTED_WITH_DEDUCTIONS')
                                then case when d.total > 0 then 'ACCEPTED_WITH_DEDUCTIONS' else 'ACCEPTED' end
                                else a.outcome end
                        from (select coalesce(sum(amount), 0) as total from claim_deduction where claim_id = :id) d
                        where a.claim_id = :id""")
                .param("id", claimId).update();
        jdbc.sql("update claim c set status = a.outcome from claim_appraisal a where a.claim_id = c.id and c.id = :id")
                .param("id", claimId).update();
        Appraisal after = appraisals.byClaim(claimId).orElseThrow();
        audit.record(action, "claim", claimId, summary(before, null), summary(after, reason));
        return after;
    }

    private static Map<String, Object> summary(Appraisal appraisal, String reason) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", appraisal.outcome().name());
        summary.put("approved", appraisal.approved());
        summary.put("deducted", appraisal.deducted());
        summary.put("deductions", appraisal.deductions().stream()
                .map(d -> Map.of("id", d.id(), "rule", d.ruleCode(), "line", d.lineKind() == null ? "claim"
                        : d.lineKind() + " " + d.lineNo(), "amount", d.amount(), "origin", d.origin()))
                .toList());
        if (reason != null) {
            summary.put("reason", reason.strip());
        }
        return summary;
    }

    private Appraisal locked(long claimId) {
        requireInScope(claimId);
        jdbc.sql("select claim_id from claim_appraisal where claim_id = :id for update").param("id", claimId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFound("claim appraisal", String.valueOf(claimId)));
        return appraisals.byClaim(claimId).orElseThrow();
    }

    private void requireInScope(long claimId) {
        String path = jdbc.sql("""
                        select ar.path from claim c join health_facility f on f.code = c.facility_code
                        join area ar on ar.id = f.commune_id where c.id = :id""")
                .param("id", claimId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("claim", String.valueOf(claimId)));
        Actors.requireInScope(path, "claim " + claimId);
    }

    private static Appraisal.Deduction deduction(Appraisal appraisal, long deductionId) {
        return appraisal.deductions().stream().filter(d -> d.id() == deductionId).findFirst()
                .orElseThrow(() -> new NotFound("deduction of claim " + appraisal.claimId(), String.valueOf(deductionId)));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "is required: say why");
        }
        if (reason.length() > 1000) {
            throw new InvalidInput("reason", "at most 1000 characters");
        }
    }

    private static void requireAmount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInput("amount", "is required");
        }
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new InvalidInput("amount", "must be zero or more VND with at most two decimals");
        }
    }

    private static void requireWithinClaim(Appraisal appraisal, BigDecimal more) {
        if (appraisal.deducted().add(more).compareTo(appraisal.claimed()) > 0) {
            throw new InvalidInput("amount", "would take off more than the " + appraisal.claimed().toPlainString()
                    + " the claim asks the fund for (" + appraisal.deducted().toPlainString() + " already taken off)");
        }
    }
}
