package vn.ansinh.claim.appraisal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ansinh.card.CardLookup;
import vn.ansinh.card.FullBenefitPolicy;

/**
 * The five-year exemption as the card module decides it, on the figures the bulk look-up already brought: the date
 * the status was reached and what the holder co-paid this year up to the visit.
 */
@Component
class CardFiveYearStatus implements CoPaymentExemptions {

    private final FullBenefitPolicy policy;

    CardFiveYearStatus(FullBenefitPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean exempt(CardLookup.Card card, LocalDate on) {
        return card != null && policy.decide(card, on).fullBenefit();
    }
}
