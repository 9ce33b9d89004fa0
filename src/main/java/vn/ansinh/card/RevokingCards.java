package vn.ansinh.card;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/** Revokes a card (issued in error, fraud, a duplicate): look-ups answer 110 from then on. */
@Service
public class RevokingCards {

    private final JdbcClient jdbc;
    private final Cards cards;
    private final PersonDirectory people;
    private final AuditLog audit;

    RevokingCards(JdbcClient jdbc, Cards cards, PersonDirectory people, AuditLog audit) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.people = people;
        this.audit = audit;
    }

    @Transactional
    public HealthInsuranceCard revoke(String cardNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "is required");
        }
        HealthInsuranceCard before = cards.byNumber(cardNumber).orElseThrow(() -> new NotFound("card", cardNumber));
        Actors.requireInScope(people.byId(before.personId()).orElseThrow().areaPath(), "card " + cardNumber);
        if (before.status() == CardStatus.REVOKED) {
            throw new Conflict("cardNumber", "already revoked: " + before.revokedReason());
        }
        jdbc.sql("update hi_card set status = 'REVOKED', revoked_reason = :reason, updated_at = now() where id = :id")
                .param("reason", reason.strip()).param("id", before.id()).update();
        cards.recordHistory(before.id(), CardEvent.Kind.REVOKED, reason.strip());
        HealthInsuranceCard after = cards.byNumber(cardNumber).orElseThrow();
        audit.record("REVOKE_CARD", "hi_card", cardNumber, before, after);
        return after;
    }
}
