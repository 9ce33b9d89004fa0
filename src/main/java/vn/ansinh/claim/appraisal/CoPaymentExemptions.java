package vn.ansinh.claim.appraisal;

import java.time.LocalDate;

import vn.ansinh.card.CardLookup;

/**
 * The one place appraisal asks whether a card holder pays no co-payment on a date because of the five-year rule:
 * five consecutive years of HI and more than the yearly cap co-paid already (RULES.md section 7). The card module owns
 * the rule ({@code FullBenefitPolicy}); {@link CardFiveYearStatus} asks it.
 */
public interface CoPaymentExemptions {

    boolean exempt(CardLookup.Card card, LocalDate on);
}
