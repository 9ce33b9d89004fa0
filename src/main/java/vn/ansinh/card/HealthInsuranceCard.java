package vn.ansinh.card;

import java.time.LocalDate;

/** A person's card as recorded; {@code benefitLevel} is the printed digit. */
public record HealthInsuranceCard(long id, long personId, String cardNumber, String groupCode, String benefitGroup,
                                  int benefitLevel, LocalDate validFrom, LocalDate validTo, CardStatus status,
                                  String revokedReason) {

    public boolean inForceOn(LocalDate date) {
        return status == CardStatus.ACTIVE && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
