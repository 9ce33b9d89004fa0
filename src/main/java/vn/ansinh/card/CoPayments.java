package vn.ansinh.card;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * The co-payments (the patient's share of covered costs, T_BNCCT) a person has made in a calendar year, recorded by
 * the claims module when it settles a claim. They count towards the yearly cap of {@link FullBenefitPolicy} and are
 * shown at look-up. One row per claim: recording the same claim again changes nothing.
 */
@Service
public class CoPayments {

    private final JdbcClient jdbc;
    private final PersonDirectory people;
    private final AuditLog audit;

    CoPayments(JdbcClient jdbc, PersonDirectory people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    /**
     * Records the co-payment of a settled claim ({@code sourceRef}, e.g. the claim's key) for a visit. Returns false
     * when that claim was recorded before with the same figures; the same claim with other figures is a conflict
     * (a correction must come under its own reference).
     */
    @Transactional
    public boolean record(long personId, LocalDate visitDate, BigDecimal amount, String sourceRef) {
        new CoPayment(personId, visitDate, amount, sourceRef); // refuses what is not a co-payment
        people.byId(personId).orElseThrow(() -> new NotFound("person", String.valueOf(personId)));
        int inserted = jdbc.sql("""
                        insert into hi_co_payment (source_ref, person_id, visit_date, amount, recorded_by)
                        values (:ref, :person, :visit, :amount, :by) on conflict (source_ref) do nothing""")
                .param("ref", sourceRef).param("person", personId).param("visit", visitDate).param("amount", amount)
                .param("by", Actors.current().name()).update();
        if (inserted == 0) {
            boolean same = jdbc.sql("""
                            select person_id = :person and visit_date = :visit and amount = :amount
                            from hi_co_payment where source_ref = :ref""")
                    .param("ref", sourceRef).param("person", personId).param("visit", visitDate).param("amount", amount)
                    .query(Boolean.class).single();
            if (!same) {
                throw new Conflict("sourceRef", "already recorded with another person, visit date or amount");
            }
            return false;
        }
        audit.record("RECORD_CO_PAYMENT", "hi_co_payment", sourceRef, null,
                Map.of("personId", personId, "visitDate", visitDate.toString(), "amount", amount.toPlainString()));
        return true;
    }

    /** One claim's co-payment: who paid it, for the visit of which date, under the claim's reference. */
    public record CoPayment(long personId, LocalDate visitDate, BigDecimal amount, String sourceRef) {

        public CoPayment {
            if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 200) {
                throw new InvalidInput("sourceRef", "is required, at most 200 characters");
            }
            if (visitDate == null) {
                throw new InvalidInput("visitDate", "is required");
            }
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("amount", "must be zero or more, in VND with at most 2 decimals");
            }
        }
    }

    /**
     * Records the co-payments of many settled claims in one statement (a facility's month or quarter at once), in the
     * caller's transaction; a reference recorded before is left as it stands. Returns how many were new.
     */
    @Transactional
    public int recordAll(List<CoPayment> coPayments) {
        if (coPayments.isEmpty()) {
            return 0;
        }
        int inserted = jdbc.sql("""
                        insert into hi_co_payment (source_ref, person_id, visit_date, amount, recorded_by)
                        select ref, person, visit, amount, :by
                        from unnest(cast(:refs as text[]), cast(:people as bigint[]), cast(:visits as date[]),
                                    cast(:amounts as numeric[])) as c (ref, person, visit, amount)
                        on conflict (source_ref) do nothing""")
                .param("refs", coPayments.stream().map(CoPayment::sourceRef).toArray(String[]::new))
                .param("people", coPayments.stream().map(CoPayment::personId).toArray(Long[]::new))
                .param("visits", coPayments.stream().map(c -> java.sql.Date.valueOf(c.visitDate())).toArray(java.sql.Date[]::new))
                .param("amounts", coPayments.stream().map(CoPayment::amount).toArray(BigDecimal[]::new))
                .param("by", Actors.current().name()).update();
        audit.record("RECORD_CO_PAYMENTS", "hi_co_payment", coPayments.get(0).sourceRef(), null,
                Map.of("received", coPayments.size(), "recorded", inserted,
                        "total", coPayments.stream().map(CoPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .toPlainString()));
        return inserted;
    }

    /** All co-payments of visits in the calendar year. */
    public BigDecimal accumulated(long personId, int year) {
        return sum(personId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Co-payments of visits from the first of the year of {@code on} up to and including {@code on}. */
    public BigDecimal accumulatedThisYear(long personId, LocalDate on) {
        return sum(personId, on.withDayOfYear(1), on);
    }

    private BigDecimal sum(long personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from hi_co_payment
                        where person_id = :person and visit_date between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(BigDecimal.class).single();
    }
}
