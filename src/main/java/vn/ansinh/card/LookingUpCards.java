package vn.ansinh.card;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.VietnameseText;

/**
 * The check-in look-up facilities make by CCCD or card number, answered with the national portal's result codes.
 * One indexed query: by the person's unique CCCD, or by the SI code that ends every card number, so a number with a
 * wrong group, digit or province still finds the card and can be told apart from "no card".
 */
@Service
public class LookingUpCards {

    private static final Pattern CCCD = Pattern.compile("^[0-9]{12}$");

    // One indexed query: the person by CCCD or SI code (unique), the card by person (unique), the facility registered
    // that day and the year's co-payments by their (card, date) and (person, date) indexes.
    static final String SELECT = """
            select c.card_number, p.full_name, p.date_of_birth, p.date_of_death, c.group_code, c.benefit_group,
                   c.benefit_level, c.valid_from, c.valid_to, c.status, c.five_years_from,
                   (select f.facility_code from hi_card_facility f where f.card_id = c.id and f.valid_from <= :on
                    order by f.valid_from desc limit 1) as facility,
                   (select coalesce(sum(x.amount), 0) from hi_co_payment x where x.person_id = p.id
                      and x.visit_date between :yearStart and :on) as co_paid
            from person p join hi_card c on c.person_id = p.id
            """;
    // Whole statements as constants: the named-parameter parser caches by SQL text, and a string built per look-up
    // would be hashed again each time.
    private static final String BY_CCCD = SELECT + "where p.cccd = :key";
    private static final String BY_SI_CODE = SELECT + "where p.si_code = :key";

    private final JdbcClient jdbc;
    private final BenefitLevels benefitLevels;

    LookingUpCards(JdbcClient jdbc, BenefitLevels benefitLevels) {
        this.jdbc = jdbc;
        this.benefitLevels = benefitLevels;
    }

    record Found(CardLookup.Card card, LocalDate dateOfDeath) {
    }

    // No transaction: one statement, and at check-in rates a BEGIN/COMMIT pair would cost more than the query.
    public CardLookup lookUp(String id, String name, LocalDate dateOfBirth, LocalDate on) {
        if (id == null || id.isBlank()) {
            throw new InvalidInput("id", "is required: a 12-digit CCCD or a 15-character card number");
        }
        String key = id.strip().toUpperCase();
        Optional<Found> found;
        if (CCCD.matcher(key).matches()) {
            found = query(BY_CCCD, key, on);
        } else if (key.length() == 15) {
            if (!CardNumber.wellFormed(key)) {
                return CardLookup.of(LookupResult.WRONG_CARD_NUMBER, null);
            }
            found = query(BY_SI_CODE, key.substring(5), on);
        } else {
            throw new InvalidInput("id", "must be a 12-digit CCCD or a 15-character card number");
        }
        if (found.isEmpty()) {
            return CardLookup.of(LookupResult.NO_CARD, null);
        }
        CardLookup.Card card = found.get().card();
        return CardLookup.of(judge(key, name, dateOfBirth, on, card, found.get().dateOfDeath()), card);
    }

    /** The portal's checks in its order: the number as given, then identity, then the card's state on the day. */
    static LookupResult judge(String key, String name, LocalDate dateOfBirth, LocalDate on, CardLookup.Card card,
                              LocalDate dateOfDeath) {
        if (key.length() == 15 && !key.equals(card.cardNumber())) {
            CardNumber given = CardNumber.parse(key);
            CardNumber actual = CardNumber.parse(card.cardNumber());
            if (!given.group().equals(actual.group())) {
                return LookupResult.WRONG_CARD_NUMBER;
            }
            if (!given.province().equals(actual.province())) {
                return LookupResult.WRONG_PROVINCE;
            }
            return LookupResult.WRONG_BENEFIT_LEVEL;
        }
        if (!VietnameseText.searchKey(name).equals(VietnameseText.searchKey(card.fullName()))) {
            return LookupResult.NAME_MISMATCH;
        }
        if (!dateOfBirth.equals(card.dateOfBirth())) {
            return LookupResult.DATE_OF_BIRTH_MISMATCH;
        }
        if ("REVOKED".equals(card.status())) {
            return LookupResult.REVOKED;
        }
        // A card ends the day after its holder's death even before the next issuing run shortens it.
        boolean afterDeath = dateOfDeath != null && on.isAfter(dateOfDeath);
        if (afterDeath || on.isBefore(card.validFrom()) || on.isAfter(card.validTo())) {
            return LookupResult.EXPIRED;
        }
        return LookupResult.VALID;
    }

    private Optional<Found> query(String sql, String key, LocalDate on) {
        return jdbc.sql(sql).param("key", key).param("on", on).param("yearStart", on.withDayOfYear(1))
                .query((rs, i) -> found(rs, on, benefitLevels)).optional();
    }

    /** One row of {@link #SELECT} as the card in force on {@code on}; shared with {@link LookingUpCardsInBulk}. */
    static Found found(java.sql.ResultSet rs, LocalDate on, BenefitLevels benefitLevels) throws java.sql.SQLException {
        int printed = rs.getInt("benefit_level");
        int levelOn = benefitLevels.highestOn(on, rs.getString("group_code"), rs.getString("benefit_group"))
                .orElse(printed);
        LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
        LocalDate death = rs.getObject("date_of_death", LocalDate.class);
        if (death != null && death.isBefore(validTo)) {
            validTo = death;
        }
        return new Found(new CardLookup.Card(rs.getString("card_number"), rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("group_code"), printed,
                levelOn, rs.getObject("valid_from", LocalDate.class), validTo, rs.getString("facility"),
                rs.getObject("five_years_from", LocalDate.class), rs.getBigDecimal("co_paid"),
                rs.getString("status")), death);
    }
}
