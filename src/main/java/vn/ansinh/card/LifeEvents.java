package vn.ansinh.card;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.registry.RecordingDeath;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * Cards started and ended by life events: a registered birth gives the child an under-6 card (group TE, budget paid)
 * from the birth date to the day before the sixth birthday; a death ends the card on the day of death.
 */
@Service
public class LifeEvents {

    static final String CHILD_GROUP = "TE";

    private final JdbcClient jdbc;
    private final PersonDirectory people;
    private final RecordingDeath recordingDeath;
    private final Cards cards;
    private final AuditLog audit;
    private final String issuingProvince;

    LifeEvents(JdbcClient jdbc, PersonDirectory people, RecordingDeath recordingDeath, Cards cards, AuditLog audit,
               @Value("${ansinh.cards.issuing-province:42}") String issuingProvince) {
        this.jdbc = jdbc;
        this.people = people;
        this.recordingDeath = recordingDeath;
        this.cards = cards;
        this.audit = audit;
        this.issuingProvince = issuingProvince;
    }

    /** The child must be registered in the registry first (the birth registration gives the CCCD and SI code). */
    @Transactional
    public HealthInsuranceCard birth(String siCode, LocalDate today) {
        PersonSummary child = people.bySiCode(siCode).orElseThrow(() -> new NotFound("person", siCode));
        Actors.requireInScope(child.areaPath(), "person " + siCode);
        LocalDate lastDay = child.dateOfBirth().plusYears(6).minusDays(1);
        if (lastDay.isBefore(today)) {
            throw new InvalidInput("siCode", "the child is 6 or older (born " + child.dateOfBirth() + ")");
        }
        if (cards.ofPerson(child.id()).isPresent()) {
            throw new Conflict("siCode", "already has a card");
        }
        int level = jdbc.sql("""
                        select benefit_level from hi_group_benefit where group_code = :group and valid_from <= :on
                          and (valid_to is null or valid_to >= :on)""")
                .param("group", CHILD_GROUP).param("on", child.dateOfBirth()).query(Integer.class).single();
        jdbc.sql("""
                        insert into participation (person_id, scheme, group_code, valid_from, valid_to)
                        values (:person, 'HI', :group, :from, :to)""")
                .param("person", child.id()).param("group", CHILD_GROUP).param("from", child.dateOfBirth())
                .param("to", lastDay).update();
        String number = new CardNumber(CHILD_GROUP, level, issuingProvince, child.siCode()).value();
        long cardId = jdbc.sql("""
                        insert into hi_card (person_id, card_number, group_code, benefit_group, benefit_level, valid_from,
                                             valid_to)
                        values (:person, :number, :group, :group, :level, :from, :to) returning id""")
                .param("person", child.id()).param("number", number).param("group", CHILD_GROUP)
                .param("level", level).param("from", child.dateOfBirth()).param("to", lastDay)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into hi_card_facility (card_id, valid_from, facility_code)
                        select :card, :from, f.code from health_facility f join area a on a.id = f.commune_id
                        where a.code = :commune and f.primary_care and f.valid_from <= :from
                          and (f.valid_to is null or f.valid_to >= :from)
                        order by f.code limit 1""")
                .param("card", cardId).param("from", child.dateOfBirth()).param("commune", child.communeCode())
                .update();
        cards.recordHistory(cardId, CardEvent.Kind.ISSUED, "birth registration");
        HealthInsuranceCard card = cards.byNumber(number).orElseThrow();
        audit.record("ISSUE_BIRTH_CARD", "hi_card", number, null, card);
        return card;
    }

    /** Records the death in the registry and ends the card on the day of death. */
    @Transactional
    public void death(String siCode, LocalDate dateOfDeath) {
        recordingDeath.record(siCode, dateOfDeath);
        PersonSummary person = people.bySiCode(siCode).orElseThrow(() -> new NotFound("person", siCode));
        cards.ofPerson(person.id()).filter(card -> card.validTo().isAfter(dateOfDeath)).ifPresent(before -> {
            jdbc.sql("update hi_card set valid_to = greatest(valid_from, :death), updated_at = now() where id = :id")
                    .param("death", dateOfDeath).param("id", before.id()).update();
            cards.recordHistory(before.id(), CardEvent.Kind.ENDED, "death on " + dateOfDeath);
            audit.record("END_CARD", "hi_card", before.cardNumber(), before,
                    Map.of("validTo", dateOfDeath.toString(), "reason", "death"));
        });
    }
}
