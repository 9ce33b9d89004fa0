package vn.ansinh.card;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a card's history. */
public record CardEvent(Kind event, String cardNumber, String groupCode, int benefitLevel, LocalDate validFrom,
                        LocalDate validTo, String reason, Instant at, String actor) {

    public enum Kind {
        ISSUED, EXTENDED, REISSUED, REVOKED, ENDED, FACILITY_CHANGED
    }
}
