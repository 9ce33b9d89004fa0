package vn.ansinh.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The answer to a facility's look-up: the portal's result code and, when a card was found, the card as in force on
 * the visit date. {@code benefitLevel} is the level payable that day, which may differ from the printed digit;
 * {@code fiveYearsFrom} the day the holder reached five consecutive years of HI (null if not yet);
 * {@code coPaymentThisYear} what they co-paid for visits from 1 January to the visit date.
 */
public record CardLookup(String code, LookupResult result, Card card) {

    public record Card(String cardNumber, String fullName, LocalDate dateOfBirth, String groupCode, int printedLevel,
                       int benefitLevel, LocalDate validFrom, LocalDate validTo, String registeredFacility,
                       LocalDate fiveYearsFrom, BigDecimal coPaymentThisYear, String status) {
    }

    static CardLookup of(LookupResult result, Card card) {
        return new CardLookup(result.code(), result, card);
    }
}
