package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.shared.VietnameseText;

/**
 * Small generated provinces (5,000 people) under province codes no other test uses: 91 is loaded once and shared by
 * the read-only checks, 92-94 are each loaded by one test.
 */
@IntegrationTest
class DemoProvincesTests {

    private static final int PEOPLE = 5_000;
    private static final ProvinceSpec SHARED = new ProvinceSpec(7, "91", "Tỉnh Thử Nghiệm", PEOPLE);
    private static final String REFERENCE_DAY = "2024-12-31";
    /** Province codes of birth registration a CCCD may start with (the 63 pre-2025 provinces). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    @Autowired
    DemoProvinces provinces;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void loadTheSharedProvince() {
        provinces.load(SHARED); // loads once; later calls find it loaded
    }

    @Test
    void theSameSeedAndSizeGiveByteIdenticalRowsAndAnotherSeedDoesNot() throws Exception {
        ProvinceSpec spec = new ProvinceSpec(2024, "40", "Nghệ An", PEOPLE);
        Map<Table, String> first = digests(spec);
        Map<Table, String> second = digests(spec);
        Map<Table, String> otherSeed = digests(new ProvinceSpec(2025, "40", "Nghệ An", PEOPLE));

        assertThat(second).isEqualTo(first);
        assertThat(first.get(Table.PERSON)).isNotEqualTo(otherSeed.get(Table.PERSON));
        assertThat(first.get(Table.PARTICIPATION)).isNotEqualTo(otherSeed.get(Table.PARTICIPATION));
    }

    @Test
    void everyCccdIsTwelveDigitsAgreeingWithSexAndBirthYearAndNoneRepeats() {
        List<Object[]> people = jdbc.sql("""
                        select p.cccd, p.sex, p.date_of_birth from person p join area a on a.id = p.commune_id
                        where a.path like '/91/%'""")
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .list();
        assertThat(people).hasSize(PEOPLE);
        Set<String> seen = new HashSet<>();
        int bornElsewhere = 0;
        for (Object[] p : people) {
            String cccd = (String) p[0];
            LocalDate born = (LocalDate) p[2];
            int centurySex = (born.getYear() >= 2000 ? 2 : 0) + ("F".equals(p[1]) ? 1 : 0);
            assertThat(cccd).matches("[0-9]{12}");
            assertThat(PROVINCES).contains(cccd.substring(0, 3));
            assertThat(cccd.charAt(3) - '0').as("century and sex digit of %s", cccd).isEqualTo(centurySex);
            assertThat(cccd.substring(4, 6)).as("birth year digits of %s", cccd)
                    .isEqualTo(String.format("%02d", born.getYear() % 100));
            assertThat(seen.add(cccd)).as("%s repeats", cccd).isTrue();
            if (!cccd.startsWith("091")) {
                bornElsewhere++;
            }
        }
        assertThat(bornElsewhere).isBetween(PEOPLE / 50, PEOPLE / 5);
    }

    @Test
    void sexesAreBalancedAndTheAgePyramidHasManyAdultsAndFewOld() {
        Map<String, Object> shares = jdbc.sql("""
                        select avg(case when p.sex = 'F' then 100.0 else 0 end) as women,
                               avg(case when extract(year from p.date_of_birth) between 1981 and 2000 then 100.0 else 0 end) as aged_25_44,
                               avg(case when extract(year from p.date_of_birth) <= 1955 then 100.0 else 0 end) as over_70,
                               avg(case when extract(year from p.date_of_birth) >= 2020 then 100.0 else 0 end) as under_6
                        from person p join area a on a.id = p.commune_id where a.path like '/91/%'""").query().singleRow();
        assertThat(((Number) shares.get("women")).doubleValue()).isBetween(45.0, 55.0);
        assertThat(((Number) shares.get("aged_25_44")).doubleValue()).isBetween(28.0, 38.0);
        assertThat(((Number) shares.get("over_70")).doubleValue()).isBetween(3.0, 10.0);
        assertThat(((Number) shares.get("under_6")).doubleValue()).isBetween(6.0, 12.0);
    }

    @Test
    void namesAreNfcWithTheirSearchKeysAndSiCodesCarryTheProvinceCode() {
        List<String[]> people = jdbc.sql("""
                        select p.full_name, p.name_search, p.si_code from person p join area a on a.id = p.commune_id
                        where a.path like '/91/%'""")
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        Set<String> siCodes = new HashSet<>();
        for (String[] p : people) {
            assertThat(Normalizer.isNormalized(p[0], Normalizer.Form.NFC)).isTrue();
            assertThat(p[1]).isEqualTo(VietnameseText.searchKey(p[0]));
            assertThat(p[2]).matches("91[0-9]{8}");
            siCodes.add(p[2]);
        }
        assertThat(siCodes).hasSize(PEOPLE);
        long nguyen = people.stream().filter(p -> p[0].startsWith("Nguyễn ")).count();
        assertThat(nguyen).isBetween(PEOPLE * 30L / 100, PEOPLE * 45L / 100);
    }

    @Test
    void coverageOnTheReferenceDayLandsNearTheSeedsFigures() {
        Map<String, Object> statistic = jdbc.sql("""
                        select s.population, s.labour_force from area_statistic s join area a on a.id = s.area_id
                        where a.level = 'PROVINCE' and a.code = '91' and s.year = 2024""").query().singleRow();
        long population = ((Number) statistic.get("population")).longValue();
        long labourForce = ((Number) statistic.get("labour_force")).longValue();
        long hi = participants("'HI'");
        long si = participants("'SI_COMPULSORY', 'SI_VOLUNTARY'");
        long compulsory = participants("'SI_COMPULSORY'");

        assertThat(100.0 * labourForce / population).isBetween(55.0, 61.0);
        assertThat(100.0 * hi / population).isBetween(92.0, 96.0);
        assertThat(100.0 * si / labourForce).isBetween(23.0, 29.0);
        assertThat(100.0 * compulsory / labourForce).isBetween(17.0, 23.0);
    }

    @Test
    void everyChildUnderSixHasAChildsCardAndEveryPensionerIsSixtyOrOlder() {
        long childrenWithoutTe = jdbc.sql("""
                        select count(*) from person p join area a on a.id = p.commune_id
                        where a.path like '/91/%' and p.date_of_birth > date '2018-12-31'
                          and p.date_of_birth <= date '2024-12-31'
                          and (p.date_of_death is null or p.date_of_death > date '2024-12-31')
                          and not exists (select 1 from participation x where x.person_id = p.id and x.scheme = 'HI'
                                          and x.group_code = 'TE' and x.valid_from <= date '2024-12-31'
                                          and x.valid_to >= date '2024-12-31')""").query(Long.class).single();
        long youngPensioners = jdbc.sql("""
                        select count(*) from participation x join person p on p.id = x.person_id
                        join area a on a.id = p.commune_id
                        where a.path like '/91/%' and x.group_code = 'HT' and p.date_of_birth > date '1965-12-31'""")
                .query(Long.class).single();
        assertThat(childrenWithoutTe).isZero();
        assertThat(youngPensioners).isZero();
    }

    @Test
    void everyHouseholdHasAHeadWhoIsOneOfItsMembers() {
        Map<String, Object> households = jdbc.sql("""
                        select count(*) as households,
                               count(*) filter (where p.id is null or p.household_id <> h.id
                                                or p.household_relation <> 'HEAD') as bad_heads,
                               (select count(*) from person q join area b on b.id = q.commune_id
                                where b.path like '/91/%') as people
                        from household h join area a on a.id = h.commune_id
                        left join person p on p.id = h.head_person_id
                        where a.path like '/91/%'""").query().singleRow();
        long count = ((Number) households.get("households")).longValue();
        assertThat(((Number) households.get("bad_heads")).longValue()).isZero();
        assertThat((double) PEOPLE / count).isBetween(3.3, 3.9);
    }

    @Test
    void employersAreMostlyMicroAndSmallWithValidUniqueTaxCodes() {
        List<String[]> employers = jdbc.sql("""
                        select e.size_class, e.tax_code from employer e join area a on a.id = e.commune_id
                        where a.path like '/91/%'""")
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        long microOrSmall = employers.stream().filter(e -> e[0].equals("MICRO") || e[0].equals("SMALL")).count();
        assertThat(employers).hasSizeGreaterThan(20);
        assertThat(100.0 * microOrSmall / employers.size()).isGreaterThanOrEqualTo(90.0);
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        Set<String> taxCodes = new HashSet<>();
        for (String[] e : employers) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (e[1].charAt(i) - '0') * weights[i];
            }
            assertThat(e[1]).matches("[0-9]{10}");
            assertThat(e[1].charAt(9) - '0').as("check digit of %s", e[1]).isEqualTo(10 - sum % 11);
            taxCodes.add(e[1]);
        }
        assertThat(taxCodes).hasSize(employers.size());
    }

    @Test
    void loadingAProvinceAgainDoesNothing() {
        long peopleBefore = countPeople("91");

        LoadReport again = provinces.load(SHARED);

        assertThat(again.outcome()).isEqualTo(LoadReport.Outcome.ALREADY_LOADED);
        assertThat(countPeople("91")).isEqualTo(peopleBefore).isEqualTo(PEOPLE);
        assertThat(jdbc.sql("select count(*) from demo_load where province_code = '91'").query(Long.class).single())
                .isOne();
    }

    @Test
    void aPartialProvinceIsDeletedAndLoadedAgain() {
        ProvinceSpec spec = new ProvinceSpec(8, "92", "Tỉnh Dở Dang", PEOPLE);
        LoadReport first = provinces.load(spec);
        Map<String, Long> counts = counts("92");
        // What a load cut short by other means would leave: rows, but no completion mark and not all of them.
        jdbc.sql("delete from demo_load where province_code = '92'").update();
        jdbc.sql("""
                delete from participation where id % 2 = 0 and person_id in
                    (select p.id from person p join area a on a.id = p.commune_id where a.path like '/92/%')""").update();

        LoadReport second = provinces.load(spec);

        assertThat(first.outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(second.outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(counts("92")).isEqualTo(counts);
        assertThat(second.rows()).isEqualTo(first.rows());
        assertThat(provinces.isLoaded("92")).isTrue();
    }

    @Test
    void aLoadThatFailsHalfwayLeavesNothingBehindAndCanBeRetried() {
        ProvinceSpec spec = new ProvinceSpec(9, "93", "Tỉnh Gián Đoạn", PEOPLE);
        DemoProvinces.Options crashAfterFirstCommune = DemoProvinces.Options.DEFAULT.withProgress((people, rows) -> {
            if (people > 0) {
                throw new IllegalStateException("simulated crash after " + people + " people");
            }
        });

        assertThatThrownBy(() -> provinces.load(spec, crashAfterFirstCommune)).hasMessageContaining("simulated crash");
        assertThat(jdbc.sql("select count(*) from area where path like '/93/%'").query(Long.class).single()).isZero();
        assertThat(provinces.isLoaded("93")).isFalse();

        LoadReport retry = provinces.load(spec);
        assertThat(retry.outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(countPeople("93")).isEqualTo(PEOPLE);
    }

    @Test
    void identitySequencesContinueAfterTheLoadedIds() {
        long maxPerson = jdbc.sql("select max(id) from person").query(Long.class).single();
        long area = jdbc.sql("""
                        insert into area (code, level, name, path, valid_from)
                        values ('S' || floor(random() * 1e8)::text, 'PROVINCE', 'Tỉnh Sau Nạp', '/S' || floor(random() * 1e8)::text || '/',
                                date '2008-01-01') returning id""").query(Long.class).single();
        long maxArea = jdbc.sql("select max(id) from area where id <> :id").param("id", area).query(Long.class).single();

        assertThat(area).isGreaterThan(maxArea);
        assertThat(jdbc.sql("select nextval(pg_get_serial_sequence('person', 'id'))").query(Long.class).single())
                .isGreaterThan(maxPerson);
    }

    @Test
    void theDemoLoginsAndTokensWork() throws Exception {
        ProvinceSpec spec = new ProvinceSpec(10, "94", "Tỉnh Trình Diễn", PEOPLE);
        provinces.load(spec, DemoProvinces.Options.DEFAULT.withBeforeCommit(() -> accounts.create(spec)));

        mvc.perform(get("/api/v1/audit").with(httpBasic("admin", "ansinh-admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(httpBasic("admin", "wrong-password"))).andExpect(status().isUnauthorized());
        // The facility is authenticated by its token but may not read the audit log.
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + DemoAccounts.FACILITY_TOKEN))
                .andExpect(status().isForbidden());
        String districtOfficerArea = jdbc.sql("""
                        select a.path from staff_user u join area a on a.id = u.area_id where u.username = 'district'""")
                .query(String.class).single();
        assertThat(districtOfficerArea).matches("/94/[0-9]{3}/");
    }

    private Map<Table, String> digests(ProvinceSpec spec) throws Exception {
        Map<Table, MessageDigest> digests = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            digests.put(table, MessageDigest.getInstance("SHA-256"));
        }
        provinces.generator(spec).generate(IdBases.ONE, chunk -> {
            for (Table table : Table.values()) {
                digests.get(table).update(chunk.bytes(table));
            }
        });
        Map<Table, String> hex = new EnumMap<>(Table.class);
        digests.forEach((table, digest) -> hex.put(table, HexFormat.of().formatHex(digest.digest())));
        return hex;
    }

    private long participants(String schemes) {
        return jdbc.sql("""
                        select count(distinct x.person_id) from participation x join person p on p.id = x.person_id
                        join area a on a.id = p.commune_id
                        where a.path like '/91/%' and x.scheme in (""" + schemes + """
                        ) and x.valid_from <= cast(:day as date) and (x.valid_to is null or x.valid_to >= cast(:day as date))""")
                .param("day", REFERENCE_DAY).query(Long.class).single();
    }

    private long countPeople(String provinceCode) {
        return jdbc.sql("select count(*) from person p join area a on a.id = p.commune_id where a.path like :like")
                .param("like", "/" + provinceCode + "/%").query(Long.class).single();
    }

    private Map<String, Long> counts(String provinceCode) {
        String like = "/" + provinceCode + "/%";
        String people = "(select p.id from person p join area a on a.id = p.commune_id where a.path like :like)";
        return Map.of(
                "area", count("select count(*) from area where path like :like", like),
                "person", count("select count(*) from person where id in " + people, like),
                "household", count("select count(*) from household h join area a on a.id = h.commune_id where a.path like :like", like),
                "employer", count("select count(*) from employer e join area a on a.id = e.commune_id where a.path like :like", like),
                "employment", count("select count(*) from employment where person_id in " + people, like),
                "participation", count("select count(*) from participation where person_id in " + people, like),
                "area_statistic", count("select count(*) from area_statistic s join area a on a.id = s.area_id where a.path like :like", like));
    }

    private long count(String sql, String like) {
        return jdbc.sql(sql).param("like", like).query(Long.class).single();
    }
}
