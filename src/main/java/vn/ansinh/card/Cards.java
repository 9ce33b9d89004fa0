package vn.ansinh.card;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.security.Actors;

/** The recorded cards and their history. */
@Repository
public class Cards {

    private static final String SELECT = """
            select id, person_id, card_number, group_code, benefit_group, benefit_level, valid_from, valid_to, status,
                   revoked_reason
            from hi_card""";

    private final JdbcClient jdbc;

    Cards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HealthInsuranceCard> byNumber(String cardNumber) {
        return jdbc.sql(SELECT + " where card_number = :number").param("number", cardNumber).query(Cards::card).optional();
    }

    public Optional<HealthInsuranceCard> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = :person").param("person", personId).query(Cards::card).optional();
    }

    public List<CardEvent> history(long cardId) {
        return jdbc.sql("""
                        select event, card_number, group_code, benefit_level, valid_from, valid_to, reason, at, actor
                        from hi_card_history where card_id = :card order by at, id""")
                .param("card", cardId)
                .query((rs, i) -> new CardEvent(CardEvent.Kind.valueOf(rs.getString("event")),
                        rs.getString("card_number"), rs.getString("group_code"), rs.getInt("benefit_level"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("reason"), rs.getTimestamp("at").toInstant(), rs.getString("actor")))
                .list();
    }

    /** The facility registered for primary care on a date (MA_DKBD). */
    public Optional<String> registeredFacility(long cardId, LocalDate on) {
        return jdbc.sql("""
                        select facility_code from hi_card_facility where card_id = :card and valid_from <= :on
                        order by valid_from desc limit 1""")
                .param("card", cardId).param("on", on).query(String.class).optional();
    }

    /** Records the card as it now is in its history. */
    void recordHistory(long cardId, CardEvent.Kind event, String reason) {
        jdbc.sql("""
                        insert into hi_card_history (card_id, event, card_number, group_code, benefit_level, valid_from,
                                                     valid_to, reason, actor)
                        select id, :event, card_number, group_code, benefit_level, valid_from, valid_to, :reason, :actor
                        from hi_card where id = :card""")
                .param("card", cardId).param("event", event.name()).param("reason", reason)
                .param("actor", Actors.current().name()).update();
    }

    static HealthInsuranceCard card(ResultSet rs, int row) throws SQLException {
        return new HealthInsuranceCard(rs.getLong("id"), rs.getLong("person_id"), rs.getString("card_number"),
                rs.getString("group_code"), rs.getString("benefit_group"), rs.getInt("benefit_level"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                CardStatus.valueOf(rs.getString("status")), rs.getString("revoked_reason"));
    }
}
