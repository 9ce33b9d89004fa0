package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.card.CardLookup;
import vn.ansinh.claim.Claim;
import vn.ansinh.parameter.ParameterCode;

/**
 * The benefit percent due on an encounter (RULES.md sections 6 and 7), all on the admission date: the card's level
 * in force that day (the card module applies the 2026 CN/LH change), times the out-of-route share for self-referred
 * care at the facility's level; 100 % at commune health stations, for a visit below the small-visit threshold, and
 * for holders exempt by the five-year rule, none of which applies to care paid at a reduced out-of-route share.
 * Emergency care (patient category 2) is paid at the full card level at any facility.
 */
@Component
class BenefitPercents {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Route levels ended on 2024-12-31; a facility still recorded at its old level is read at the technical level
    // that replaced it, and the other way round, so either label finds the rule in force.
    private static final Map<String, String> COUNTERPART = Map.of("CENTRAL", "SPECIALISED", "PROVINCIAL", "BASIC",
            "DISTRICT", "BASIC", "COMMUNE", "INITIAL", "SPECIALISED", "CENTRAL", "BASIC", "PROVINCIAL",
            "INITIAL", "COMMUNE");

    record Decision(BigDecimal percent, String basis) {
    }

    private final CoPaymentExemptions exemptions;

    BenefitPercents(CoPaymentExemptions exemptions) {
        this.exemptions = exemptions;
    }

    Decision decide(Claim claim, CardLookup.Card card, ReferenceData reference) {
        LocalDate on = claim.admittedAt().toLocalDate();
        int level = card.benefitLevel();
        BigDecimal cardPercent = reference.requireParameter(ParameterCode.HI_BENEFIT_LEVEL, String.valueOf(level), on);
        String cardBasis = "card level " + level + " = " + plain(cardPercent) + " %";
        Optional<ReferenceData.Facility> facility = reference.facility(claim.facilityCode());
        String facilityLevel = facility.map(ReferenceData.Facility::level).orElse(null);
        if ("COMMUNE".equals(facilityLevel)) {
            return new Decision(HUNDRED, "commune health station: 100 %");
        }
        boolean emergency = claim.patientCategory().startsWith("2");
        String registered = card.registeredFacility() != null ? card.registeredFacility() : claim.registeredFacility();
        boolean selfReferred = !emergency && claim.patientCategory().startsWith("3")
                && !claim.facilityCode().equals(registered);
        if (selfReferred && facilityLevel != null) {
            String kind = claim.encounterType().inpatient() ? "INPATIENT" : "OUTPATIENT";
            Optional<BigDecimal> share = reference.parameter(ParameterCode.HI_OUT_OF_ROUTE_SHARE,
                    facilityLevel + ":" + kind, on)
                    .or(() -> reference.parameter(ParameterCode.HI_OUT_OF_ROUTE_SHARE,
                            COUNTERPART.get(facilityLevel) + ":" + kind, on));
            if (share.isPresent() && share.get().compareTo(HUNDRED) < 0) {
                BigDecimal percent = cardPercent.multiply(share.get()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                return new Decision(percent, cardBasis + " x out-of-route " + facilityLevel.toLowerCase() + " "
                        + kind.toLowerCase() + " " + plain(share.get()) + " % = " + plain(percent) + " %");
            }
        }
        if (cardPercent.compareTo(HUNDRED) < 0) {
            BigDecimal share = reference.requireParameter(ParameterCode.HI_SMALL_VISIT_THRESHOLD_SHARE, null, on);
            BigDecimal threshold = reference.requireParameter(ParameterCode.BASE_SALARY, null, on).multiply(share)
                    .movePointLeft(2).setScale(0, RoundingMode.HALF_UP);
            if (claim.totals().hiTotal().compareTo(threshold) < 0) {
                return new Decision(HUNDRED, "visit costing " + plain(claim.totals().hiTotal()) + " below "
                        + plain(share) + " % of base salary (" + plain(threshold) + "): 100 %");
            }
            if (exemptions.exempt(card, on)) {
                return new Decision(HUNDRED, "five consecutive years and yearly co-payment cap reached: 100 %");
            }
        }
        return new Decision(cardPercent.setScale(2, RoundingMode.UNNECESSARY),
                emergency ? "emergency: full " + cardBasis : cardBasis);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
