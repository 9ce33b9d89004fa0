package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.TestAreas;
import vn.ansinh.claim.Claim;
import vn.ansinh.claim.ClaimFiles;
import vn.ansinh.claim.Claims;

/**
 * Insured people with cards, facilities, price lists, limits and restrictions for appraisal tests, with codes unique
 * per test run (tests share one database); {@link #store} keeps a built claim the way intake does.
 */
final class AppraisalFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 10_000 * 1000);

    private final JdbcClient jdbc;
    private final Claims claims;
    private final ClaimFiles files;
    private final ReferenceDataCache cache;
    final TestAreas areas;

    AppraisalFixtures(JdbcClient jdbc, Claims claims, ClaimFiles files, ReferenceDataCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.claims = claims;
        this.files = files;
        this.areas = TestAreas.create(jdbc);
    }

    record Insured(String cardNumber, String fullName, LocalDate dateOfBirth, String siCode) {
    }

    /** A facility of the level in commune A1 of this fixture's province. */
    String facility(String level) {
        while (true) {
            String code = String.format("%05d", 50_000 + SEQ.incrementAndGet() % 50_000);
            int inserted = jdbc.sql("""
                            insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                            values (:code, 'Bệnh viện thử', 'benh vien thu', :level, :commune, date '2015-01-01')
                            on conflict do nothing""")
                    .param("code", code).param("level", level).param("commune", areas.communeA1()).update();
            if (inserted == 1) {
                return code;
            }
        }
    }

    /** A person with a card of the group and printed level, valid over the dates, registered at the facility. */
    Insured insured(String group, int level, LocalDate from, LocalDate to, String registeredFacility) {
        long n = SEQ.incrementAndGet();
        String cccd = String.format("096%09d", n % 1_000_000_000L);
        String si = String.format("95%08d", n % 100_000_000L);
        String name = "Trần Thị Bình " + n;
        LocalDate dob = LocalDate.of(1980, 6, 15);
        long person = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, lower(:name), :dob, 'M', :commune) returning id""")
                .param("cccd", cccd).param("si", si).param("name", name).param("dob", dob)
                .param("commune", areas.communeA1()).query(Long.class).single();
        String card = group + level + "42" + si;
        long cardId = jdbc.sql("""
                        insert into hi_card (person_id, card_number, group_code, benefit_group, benefit_level,
                                             valid_from, valid_to)
                        values (:person, :card, :group, :group, :level, :from, :to) returning id""")
                .param("person", person).param("card", card).param("group", group).param("level", level)
                .param("from", from).param("to", to).query(Long.class).single();
        jdbc.sql("insert into hi_card_facility (card_id, valid_from, facility_code) values (:card, :from, :facility)")
                .param("card", cardId).param("from", from).param("facility", registeredFacility).update();
        return new Insured(card, name, dob, si);
    }

    String key() {
        return "LK-" + SEQ.incrementAndGet();
    }

    String itemCode() {
        return "T" + SEQ.incrementAndGet();
    }

    long store(Claim claim) {
        long file = files.keep("appraisal-test", claim.facilityCode(), "<GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8))
                .id();
        return claims.save(claim, file).id();
    }

    void approvedPrice(String facility, String kind, String item, long price, LocalDate from) {
        jdbc.sql("""
                        insert into claim_price_list (facility_code, kind, item_code, price, valid_from, legal_reference)
                        values (:facility, :kind, :item, :price, :from, 'test price list')""")
                .param("facility", facility).param("kind", kind).param("item", item)
                .param("price", BigDecimal.valueOf(price)).param("from", from).update();
        cache.invalidate();
    }

    void dailyLimit(String item, int max) {
        jdbc.sql("""
                        insert into claim_service_daily_limit (item_code, max_per_day, valid_from, legal_reference)
                        values (:item, :max, date '2016-01-01', 'test limit')""")
                .param("item", item).param("max", max).update();
        cache.invalidate();
    }

    void onlyForSex(String item, int sex) {
        jdbc.sql("""
                        insert into claim_item_restriction (item_code, allowed_sex, valid_from, legal_reference)
                        values (:item, :sex, date '2016-01-01', 'test restriction')""")
                .param("item", item).param("sex", sex).update();
        cache.invalidate();
    }
}
