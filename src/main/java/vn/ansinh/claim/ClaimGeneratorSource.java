package vn.ansinh.claim;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.claim.appraisal.PriceLists;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * The card holders and facilities in the database a {@link ClaimGenerator} claims for, and the reference data that
 * lets appraisal judge its claims (the catalogue's approved prices, daily limits and one-sex services).
 */
@Component
public class ClaimGeneratorSource {

    private final JdbcClient jdbc;
    private final Parameters parameters;

    private final PriceLists priceLists;

    ClaimGeneratorSource(JdbcClient jdbc, Parameters parameters, PriceLists priceLists) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.priceLists = priceLists;
    }

    /**
     * Makes the generator's catalogue the reference data of every registered facility from {@code from}: approved
     * prices for facilities without a price list (imported as a price-list file), each test once a day, the one-sex
     * services. Idempotent.
     */
    @Transactional
    public void seedReferenceData(LocalDate from) {
        String reference = "Synthetic catalogue of the claim generator (demo and benchmark data)";
        for (String test : ClaimGenerator.testsOncePerDay()) {
            jdbc.sql("""
                            insert into claim_service_daily_limit (item_code, max_per_day, valid_from, legal_reference)
                            select :code, 1, :from, :reference
                            where not exists (select 1 from claim_service_daily_limit where item_code = :code)""")
                    .param("code", test).param("from", from).param("reference", reference).update();
        }
        ClaimGenerator.servicesForOneSex().forEach((code, sex) -> jdbc.sql("""
                        insert into claim_item_restriction (item_code, allowed_sex, valid_from, legal_reference)
                        select :code, :sex, :from, :reference
                        where not exists (select 1 from claim_item_restriction where item_code = :code)""")
                .param("code", code).param("sex", sex).param("from", from).param("reference", reference).update());
        // Facilities priced before (an earlier seeding, or the office's own lists) keep their prices.
        List<String> facilities = jdbc.sql("""
                        select f.code from health_facility f
                        where not exists (select 1 from claim_price_list p where p.facility_code = f.code)
                        order by f.code""").query(String.class).list();
        if (facilities.isEmpty()) {
            return;
        }
        // The import drops appraisal's reference-data cache, so it comes last.
        priceLists.importCsv("generator-catalogue.csv",
                ClaimGenerator.approvedPricesCsv(facilities, from).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                reference);
    }

    /** Up to {@code limit} holders of active cards (lowest ids first, so a seed gives the same claims) and facilities. */
    public ClaimGenerator generator(long seed, int limit, double errorRate, LocalDate from, LocalDate to) {
        return generator("/", seed, limit, errorRate, from, to);
    }

    /** As {@link #generator(long, int, double, LocalDate, LocalDate)}, for the people and facilities of one area. */
    public ClaimGenerator generator(String areaPath, long seed, int limit, double errorRate, LocalDate from,
                                    LocalDate to) {
        List<ClaimGenerator.Holder> holders = jdbc.sql("""
                        select c.card_number, p.full_name, p.date_of_birth, p.sex, p.cccd, c.benefit_level, c.valid_from,
                               c.valid_to,
                               (select f.facility_code from hi_card_facility f where f.card_id = c.id
                                order by f.valid_from desc limit 1) as facility
                        from hi_card c join person p on p.id = c.person_id join area a on a.id = p.commune_id
                        where c.status = 'ACTIVE' and c.valid_to >= :from and c.valid_from <= :to
                          and starts_with(a.path, :path)
                        order by c.id limit :limit""")
                .param("from", from).param("to", to).param("limit", limit).param("path", areaPath)
                .query((rs, n) -> new ClaimGenerator.Holder(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), "F".equals(rs.getString(4)) ? 2 : 1, rs.getString(5),
                        parameters.valueOf(ParameterCode.HI_BENEFIT_LEVEL, rs.getString(6), from),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9)))
                .list();
        List<String> facilities = jdbc.sql("""
                        select f.code from health_facility f join area a on a.id = f.commune_id
                        where starts_with(a.path, :path) order by f.code""")
                .param("path", areaPath).query(String.class).list();
        return new ClaimGenerator(seed, holders, facilities, errorRate, from, to);
    }
}
