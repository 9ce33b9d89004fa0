package vn.ansinh.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in look-up for many encounters at once (claim appraisal): the same query and the same judgement as
 * {@link LookingUpCards}, run once for a whole batch, each request on its own visit date.
 */
@Service
public class LookingUpCardsInBulk {

    /** A look-up by a 15-character card number or a 12-digit CCCD, as a facility would make it on {@code on}. */
    public record Request(String id, String name, LocalDate dateOfBirth, LocalDate on) {
    }

    private final JdbcClient jdbc;
    private final BenefitLevels benefitLevels;

    LookingUpCardsInBulk(JdbcClient jdbc, BenefitLevels benefitLevels) {
        this.jdbc = jdbc;
        this.benefitLevels = benefitLevels;
    }

    /** One answer per request, in the requests' order. */
    @Transactional(readOnly = true)
    public List<CardLookup> lookUpAll(List<Request> requests) {
        CardLookup[] answers = new CardLookup[requests.size()];
        LookingUpCards.Found[] found = new LookingUpCards.Found[requests.size()];
        List<Integer> bySi = new ArrayList<>();
        List<Integer> byCccd = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String key = requests.get(i).id() == null ? "" : requests.get(i).id().strip().toUpperCase();
            if (key.length() == 12 && key.chars().allMatch(Character::isDigit)) {
                byCccd.add(i);
            } else if (key.length() == 15 && CardNumber.wellFormed(key)) {
                bySi.add(i);
            } else {
                answers[i] = CardLookup.of(LookupResult.WRONG_CARD_NUMBER, null);
            }
        }
        query("p.si_code", bySi, requests, true, found);
        query("p.cccd", byCccd, requests, false, found);
        for (int i = 0; i < requests.size(); i++) {
            if (answers[i] != null) {
                continue;
            }
            Request request = requests.get(i);
            if (found[i] == null) {
                answers[i] = CardLookup.of(LookupResult.NO_CARD, null);
            } else {
                CardLookup.Card card = found[i].card();
                answers[i] = CardLookup.of(LookingUpCards.judge(request.id().strip().toUpperCase(), request.name(),
                        request.dateOfBirth(), request.on(), card, found[i].dateOfDeath()), card);
            }
        }
        return Arrays.asList(answers);
    }

    private void query(String column, List<Integer> indexes, List<Request> requests, boolean bySiCode,
                       LookingUpCards.Found[] found) {
        if (indexes.isEmpty()) {
            return;
        }
        Integer[] positions = indexes.toArray(Integer[]::new);
        String[] keys = new String[positions.length];
        String[] dates = new String[positions.length];
        for (int j = 0; j < positions.length; j++) {
            Request request = requests.get(positions[j]);
            String key = request.id().strip().toUpperCase();
            keys[j] = bySiCode ? key.substring(5) : key;
            dates[j] = request.on().toString();
        }
        // The single look-up's query, each row judged on its own date.
        String sql = LookingUpCards.SELECT.replaceFirst("select ", "select r.i, ")
                .replace(":yearStart", "cast(date_trunc('year', r.on_date) as date)").replace(":on", "r.on_date")
                + " join unnest(cast(:positions as int[]), cast(:keys as text[]), cast(:dates as date[]))"
                + " as r(i, key, on_date) on " + column + " = r.key";
        jdbc.sql(sql).param("positions", positions).param("keys", keys).param("dates", dates)
                .query(rs -> {
                    int i = rs.getInt("i");
                    found[i] = LookingUpCards.found(rs, requests.get(i).on(), benefitLevels);
                });
    }
}
