package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import vn.ansinh.claim.LineKind;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;

/**
 * What the rules compare against, read once for a run of appraisals: parameters with their whole history, the
 * facilities, daily limits, item restrictions, the review policy, and price lists per facility (loaded the first time
 * a facility is met). Every entry keeps its validity dates and is picked by the date of the care.
 */
final class ReferenceData {

    record Facility(String code, String level, String areaPath) {
    }

    interface Dated {
        LocalDate validFrom();

        LocalDate validTo();

        default boolean inForceOn(LocalDate date) {
            return !date.isBefore(validFrom()) && (validTo() == null || !date.isAfter(validTo()));
        }
    }

    record Price(BigDecimal price, LocalDate validFrom, LocalDate validTo) implements Dated {
    }

    record Restriction(Integer allowedSex, Integer minAge, Integer maxAge, LocalDate validFrom, LocalDate validTo,
                       String legalReference) implements Dated {
    }

    record ReviewPolicy(BigDecimal fundAmount, int rulesFired, LocalDate validFrom, LocalDate validTo)
            implements Dated {
    }

    private final Map<String, List<ParameterValue>> parameters;
    private final Map<String, Facility> facilities;
    private final Function<Collection<String>, Map<String, Facility>> facilityLoader;
    private final Map<String, List<Restriction>> restrictions;
    private final List<ReviewPolicy> reviewPolicies;
    private final Function<Collection<String>, Map<String, Map<String, List<Price>>>> priceLoader;
    private final Map<String, Map<String, List<Price>>> pricesByFacility = new ConcurrentHashMap<>();

    ReferenceData(Map<String, List<ParameterValue>> parameters,
                  Function<Collection<String>, Map<String, Facility>> facilityLoader,
                  Map<String, List<Restriction>> restrictions, List<ReviewPolicy> reviewPolicies,
                  Function<Collection<String>, Map<String, Map<String, List<Price>>>> priceLoader) {
        this.parameters = parameters;
        this.facilities = new ConcurrentHashMap<>();
        this.facilityLoader = facilityLoader;
        this.restrictions = restrictions;
        this.reviewPolicies = reviewPolicies;
        this.priceLoader = priceLoader;
    }

    static String key(ParameterCode code, String qualifier) {
        return code.name() + "|" + (qualifier == null ? "" : qualifier);
    }

    Optional<BigDecimal> parameter(ParameterCode code, String qualifier, LocalDate on) {
        return parameters.getOrDefault(key(code, qualifier), List.of()).stream()
                .filter(v -> v.inForceOn(on)).map(ParameterValue::value).findFirst();
    }

    BigDecimal requireParameter(ParameterCode code, String qualifier, LocalDate on) {
        return parameter(code, qualifier, on).orElseThrow(() -> new IllegalStateException(
                "No " + code + " " + (qualifier == null ? "" : qualifier) + " in force on " + on));
    }

    Optional<Facility> facility(String code) {
        if (!facilities.containsKey(code)) {
            prepare(List.of(code));
        }
        return Optional.ofNullable(facilities.get(code));
    }

    /** Loads the facilities and price lists not yet seen, one query each for the whole batch. */
    void prepare(Collection<String> facilityCodes) {
        List<String> unknown = facilityCodes.stream().distinct().filter(c -> !facilities.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            facilities.putAll(facilityLoader.apply(unknown));
        }
        List<String> missing = facilityCodes.stream().distinct().filter(c -> !pricesByFacility.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            Map<String, Map<String, List<Price>>> loaded = priceLoader.apply(missing);
            for (String code : missing) {
                pricesByFacility.put(code, loaded.getOrDefault(code, Map.of()));
            }
        }
    }

    Optional<BigDecimal> approvedPrice(String facilityCode, LineKind kind, String itemCode, LocalDate on) {
        Map<String, List<Price>> prices = pricesByFacility.get(facilityCode);
        if (prices == null) {
            prepare(List.of(facilityCode));
            prices = pricesByFacility.get(facilityCode);
        }
        return prices.getOrDefault(kind.name() + "|" + itemCode, List.of()).stream()
                .filter(p -> p.inForceOn(on)).map(Price::price).findFirst();
    }

    Optional<Restriction> restriction(String itemCode, LocalDate on) {
        return restrictions.getOrDefault(itemCode, List.of()).stream().filter(r -> r.inForceOn(on)).findFirst();
    }

    Optional<ReviewPolicy> reviewPolicy(LocalDate on) {
        return reviewPolicies.stream().filter(p -> p.inForceOn(on)).findFirst();
    }
}
