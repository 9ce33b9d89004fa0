package vn.ansinh.claim.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * Holds the appraisal's {@link ReferenceData} for a short while, so a stream of batches reads the small tables once;
 * a change made here (a price list import) drops it at once, a change made elsewhere is seen within {@link #TTL}.
 */
@Component
class ReferenceDataCache {

    static final Duration TTL = Duration.ofMinutes(1);

    private static final List<ParameterCode> CODES = List.of(ParameterCode.BASE_SALARY, ParameterCode.HI_BENEFIT_LEVEL,
            ParameterCode.HI_SMALL_VISIT_THRESHOLD_SHARE, ParameterCode.HI_OUT_OF_ROUTE_SHARE,
            ParameterCode.HI_CARD_GRACE_DAYS, ParameterCode.EXAMINATION_FEE_RATIO);

    private final JdbcClient jdbc;
    private final Parameters parameters;
    private volatile ReferenceData current;
    private volatile Instant loadedAt = Instant.EPOCH;

    ReferenceDataCache(JdbcClient jdbc, Parameters parameters) {
        this.jdbc = jdbc;
        this.parameters = parameters;
    }

    ReferenceData current() {
        ReferenceData data = current;
        if (data == null || Instant.now().isAfter(loadedAt.plus(TTL))) {
            data = load();
            current = data;
            loadedAt = Instant.now();
        }
        return data;
    }

    void invalidate() {
        current = null;
    }

    private ReferenceData load() {
        Map<String, List<vn.ansinh.parameter.ParameterValue>> values = new HashMap<>();
        for (ParameterCode code : CODES) {
            List<String> qualifiers = code.qualifiers().isEmpty() ? java.util.Collections.singletonList(null)
                    : code.qualifiers();
            for (String qualifier : qualifiers) {
                values.put(ReferenceData.key(code, qualifier), parameters.history(code.name(), qualifier));
            }
        }
        Map<String, List<ReferenceData.Restriction>> restrictions = new HashMap<>();
        jdbc.sql("""
                        select item_code, allowed_sex, min_age, max_age, valid_from, valid_to, legal_reference
                        from claim_item_restriction""")
                .query(rs -> {
                    restrictions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new ReferenceData.Restriction(rs.getObject(2, Integer.class), rs.getObject(3, Integer.class),
                                    rs.getObject(4, Integer.class), rs.getObject(5, LocalDate.class),
                                    rs.getObject(6, LocalDate.class), rs.getString(7)));
                });
        List<ReferenceData.ReviewPolicy> policies = jdbc.sql(
                        "select fund_amount, rules_fired, valid_from, valid_to from claim_review_policy")
                .query((rs, i) -> new ReferenceData.ReviewPolicy(rs.getBigDecimal(1), rs.getInt(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list();
        return new ReferenceData(values, this::facilities, restrictions, policies, this::prices);
    }

    private Map<String, ReferenceData.Facility> facilities(Collection<String> codes) {
        Map<String, ReferenceData.Facility> facilities = new HashMap<>();
        jdbc.sql("""
                        select f.code, f.level, a.path from health_facility f join area a on a.id = f.commune_id
                        where f.code = any(:codes)""")
                .param("codes", codes.toArray(String[]::new))
                .query(rs -> {
                    facilities.put(rs.getString(1), new ReferenceData.Facility(rs.getString(1), rs.getString(2),
                            rs.getString(3)));
                });
        return facilities;
    }

    private Map<String, Map<String, List<ReferenceData.Price>>> prices(Collection<String> facilityCodes) {
        Map<String, Map<String, List<ReferenceData.Price>>> prices = new HashMap<>();
        jdbc.sql("""
                        select facility_code, kind, item_code, price, valid_from, valid_to from claim_price_list
                        where facility_code = any(:codes)""")
                .param("codes", facilityCodes.toArray(String[]::new))
                .query(rs -> {
                    prices.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2) + "|" + rs.getString(3), k -> new ArrayList<>())
                            .add(new ReferenceData.Price(rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                                    rs.getObject(6, LocalDate.class)));
                });
        return prices;
    }
}
