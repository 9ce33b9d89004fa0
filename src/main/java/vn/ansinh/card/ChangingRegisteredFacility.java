package vn.ansinh.card;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/** Changes a card's registered primary-care facility (MA_DKBD) from the start of a quarter. */
@Service
public class ChangingRegisteredFacility {

    private final JdbcClient jdbc;
    private final Cards cards;
    private final Facilities facilities;
    private final PersonDirectory people;
    private final AuditLog audit;

    ChangingRegisteredFacility(JdbcClient jdbc, Cards cards, Facilities facilities, PersonDirectory people,
                               AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.cards = cards;
        this.facilities = facilities;
        this.audit = audit;
    }

    @Transactional
    public void change(String cardNumber, String facilityCode, LocalDate effectiveFrom, LocalDate today) {
        FacilityChangePolicy.check(effectiveFrom, today).ifPresent(reason -> {
            throw new InvalidInput("effectiveFrom", reason);
        });
        HealthInsuranceCard card = cards.byNumber(cardNumber).orElseThrow(() -> new NotFound("card", cardNumber));
        Actors.requireInScope(people.byId(card.personId()).orElseThrow().areaPath(), "card " + cardNumber);
        Facility facility = facilities.byCode(facilityCode)
                .orElseThrow(() -> new InvalidInput("facilityCode", "no facility " + facilityCode));
        if (!facility.primaryCare() || !facility.inForceOn(effectiveFrom)) {
            throw new InvalidInput("facilityCode", "facility " + facilityCode + " takes no primary-care registrations on "
                    + effectiveFrom);
        }
        String before = cards.registeredFacility(card.id(), effectiveFrom).orElse(null);
        jdbc.sql("""
                        insert into hi_card_facility (card_id, valid_from, facility_code) values (:card, :from, :facility)
                        on conflict (card_id, valid_from) do update set facility_code = excluded.facility_code""")
                .param("card", card.id()).param("from", effectiveFrom).param("facility", facilityCode).update();
        cards.recordHistory(card.id(), CardEvent.Kind.FACILITY_CHANGED, facilityCode + " from " + effectiveFrom);
        audit.record("CHANGE_FACILITY", "hi_card", cardNumber, before == null ? null : Map.of("facility", before),
                Map.of("facility", facilityCode, "effectiveFrom", effectiveFrom.toString()));
    }
}
