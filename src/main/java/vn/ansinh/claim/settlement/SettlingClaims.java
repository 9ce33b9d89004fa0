package vn.ansinh.claim.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.card.CoPayments;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * Settlement of claims with facilities per month or quarter: the live statement (claimed, approved, deducted, in
 * review, paid), closing a period with its agreed figures, and the payments made to the facility.
 */
@Service
@Transactional(readOnly = true)
public class SettlingClaims {

    public enum PaymentKind { ADVANCE, SETTLEMENT }

    // Every figure over the current version of each encounter; an INVALID claim was refused at intake and is not owed.
    private static final String FIGURES = """
            select f.code, f.name, count(c.id) as claims,
                   coalesce(sum(c.fund_pays), 0) as claimed,
                   coalesce(sum(a.approved) filter (where a.outcome in ('ACCEPTED', 'ACCEPTED_WITH_DEDUCTIONS')), 0)
                       as approved,
                   coalesce(sum(a.deducted) filter (where a.outcome <> 'IN_REVIEW'), 0) as deducted,
                   count(*) filter (where a.outcome = 'REJECTED') as rejected,
                   count(*) filter (where a.outcome = 'IN_REVIEW') as in_review,
                   coalesce(sum(c.fund_pays) filter (where a.outcome = 'IN_REVIEW'), 0) as in_review_claimed,
                   count(c.id) filter (where a.claim_id is null) as awaiting,
                   (select coalesce(sum(p.amount), 0) from facility_payment p
                    where p.facility_code = f.code and p.period_start >= :start and p.period_end <= :end) as paid,
                   s.claims as s_claims, s.claimed as s_claimed, s.approved as s_approved, s.deducted as s_deducted,
                   s.settled_by, s.settled_at
            from health_facility f
                 join area ar on ar.id = f.commune_id
                 left join claim c on c.facility_code = f.code and c.current and c.status <> 'INVALID'
                      and c.settlement_month between :start and :lastMonth
                 left join claim_appraisal a on a.claim_id = c.id
                 left join claim_settlement s on s.facility_code = f.code and s.period_start = :start
                      and s.period_end = :end
            where ar.path like :scope and (cast(:facility as text) is null or f.code = :facility)
            group by f.code, f.name, s.claims, s.claimed, s.approved, s.deducted, s.settled_by, s.settled_at
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CoPayments coPayments;

    SettlingClaims(JdbcClient jdbc, AuditLog audit, CoPayments coPayments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.coPayments = coPayments;
    }

    /** The facility's statement for the period; the facility must lie in the actor's area. */
    public FacilitySettlement statement(String facilityCode, SettlementPeriod period) {
        return figures(facilityCode, period, null).stream().findFirst()
                .orElseThrow(() -> new NotFound("facility in your area", facilityCode));
    }

    /** Every facility of the actor's area with claims or payments in the period, largest claims first. */
    public List<FacilitySettlement> statements(SettlementPeriod period) {
        return figures(null, period, " having count(c.id) > 0 order by claimed desc, f.code");
    }

    private List<FacilitySettlement> figures(String facilityCode, SettlementPeriod period, String tail) {
        return jdbc.sql(FIGURES + (tail == null ? "" : tail))
                .param("start", period.start()).param("end", period.end()).param("lastMonth", period.lastMonthStart())
                .param("scope", Actors.current().scope().likePattern()).param("facility", facilityCode)
                .query((rs, i) -> settlement(rs, period)).list();
    }

    /**
     * Closes the period for the facility with the figures of this moment. Nothing may wait for appraisal or review:
     * the office settles what it has decided.
     */
    @Transactional
    public FacilitySettlement close(String facilityCode, SettlementPeriod period) {
        FacilitySettlement now = statement(facilityCode, period);
        if (now.settled() != null) {
            throw new Conflict("period", period.label() + " of facility " + facilityCode + " is already settled");
        }
        if (now.inReview() > 0 || now.awaiting() > 0) {
            throw new Conflict("period", now.inReview() + " claims are in review and " + now.awaiting()
                    + " not yet appraised; settle them first");
        }
        jdbc.sql("""
                        insert into claim_settlement (facility_code, period_start, period_end, claims, claimed, approved,
                                                      deducted, settled_by)
                        values (:facility, :start, :end, :claims, :claimed, :approved, :deducted, :by)""")
                .param("facility", facilityCode).param("start", period.start()).param("end", period.end())
                .param("claims", now.claims()).param("claimed", now.claimed()).param("approved", now.approved())
                .param("deducted", now.deducted()).param("by", Actors.current().name()).update();
        audit.record("SETTLE_CLAIMS", "claim_settlement", facilityCode + ":" + period.label(), null, Map.of(
                "claims", now.claims(), "claimed", now.claimed(), "approved", now.approved(), "deducted", now.deducted()));
        coPayments.recordAll(settledCoPayments(facilityCode, period));
        return statement(facilityCode, period);
    }

    /**
     * What the patients of the period's paid claims owed themselves by the appraisal (the recomputed co-payment, not
     * the facility's figure), one per encounter: once settled they count towards each person's yearly cap and show at
     * look-up. Recorded at settlement because only then is the current version of each encounter final.
     */
    private List<CoPayments.CoPayment> settledCoPayments(String facilityCode, SettlementPeriod period) {
        return jdbc.sql("""
                        select p.id as person_id, cast(c.admitted_at as date) as visit, a.due_co_payment,
                               'claim:' || c.facility_code || ':' || c.encounter_key as ref
                        from claim c
                             join claim_appraisal a on a.claim_id = c.id
                             -- The insured as appraisal matched them: the SI code that ends the card number.
                             join person p on p.si_code = right(c.card_numbers[1], 10)
                        where c.facility_code = :facility and c.current and c.status <> 'INVALID'
                          and c.settlement_month between :start and :lastMonth
                          and a.outcome in ('ACCEPTED', 'ACCEPTED_WITH_DEDUCTIONS') and a.due_co_payment > 0""")
                .param("facility", facilityCode).param("start", period.start()).param("lastMonth", period.lastMonthStart())
                .query((rs, i) -> new CoPayments.CoPayment(rs.getLong("person_id"), rs.getObject("visit", LocalDate.class),
                        rs.getBigDecimal("due_co_payment"), rs.getString("ref")))
                .list();
    }

    /** Records a payment order to the facility; the same reference recorded again changes nothing. */
    @Transactional
    public FacilitySettlement recordPayment(String facilityCode, SettlementPeriod period, PaymentKind kind,
                                            BigDecimal amount, LocalDate paidOn, String reference) {
        statement(facilityCode, period); // in scope and existing
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidInput("amount", "must be a positive amount in VND with at most two decimals");
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidInput("reference", "is required: the payment order's number");
        }
        if (paidOn == null) {
            throw new InvalidInput("paidOn", "is required");
        }
        int inserted = jdbc.sql("""
                        insert into facility_payment (facility_code, period_start, period_end, kind, amount, paid_on,
                                                      reference, recorded_by)
                        values (:facility, :start, :end, :kind, :amount, :paidOn, :reference, :by)
                        on conflict (reference) do nothing""")
                .param("facility", facilityCode).param("start", period.start()).param("end", period.end())
                .param("kind", kind.name()).param("amount", amount).param("paidOn", paidOn)
                .param("reference", reference.strip()).param("by", Actors.current().name()).update();
        if (inserted == 1) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("period", period.label());
            after.put("kind", kind.name());
            after.put("amount", amount);
            after.put("paidOn", paidOn.toString());
            audit.record("PAY_FACILITY", "facility_payment", reference.strip(), null, after);
        }
        return statement(facilityCode, period);
    }

    private static FacilitySettlement settlement(ResultSet rs, SettlementPeriod period) throws SQLException {
        FacilitySettlement.Settled settled = rs.getString("settled_by") == null ? null
                : new FacilitySettlement.Settled(rs.getInt("s_claims"), rs.getBigDecimal("s_claimed"),
                        rs.getBigDecimal("s_approved"), rs.getBigDecimal("s_deducted"), rs.getString("settled_by"),
                        rs.getObject("settled_at", OffsetDateTime.class));
        return new FacilitySettlement(rs.getString("code"), rs.getString("name"), period.label(), rs.getInt("claims"),
                rs.getBigDecimal("claimed"), rs.getBigDecimal("approved"), rs.getBigDecimal("deducted"),
                rs.getInt("rejected"), rs.getInt("in_review"), rs.getBigDecimal("in_review_claimed"),
                rs.getInt("awaiting"), rs.getBigDecimal("paid"), settled);
    }
}
