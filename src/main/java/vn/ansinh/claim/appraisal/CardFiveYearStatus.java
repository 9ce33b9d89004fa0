package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ansinh.card.CardLookup;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * The five-year exemption from what the card look-up gives: the date the status was reached and what the holder has
 * co-paid this year, against HI_CO_PAYMENT_CAP_MULTIPLE x BASE_SALARY on the visit date.
 */
@Component
class CardFiveYearStatus implements CoPaymentExemptions {

    private final Parameters parameters;

    CardFiveYearStatus(Parameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public boolean exempt(CardLookup.Card card, LocalDate on) {
        if (card == null || card.fiveYearsFrom() == null || on.isBefore(card.fiveYearsFrom())) {
            return false;
        }
        // Reached only for the few holders with the status, so two indexed reads here cost nothing in bulk.
        BigDecimal cap = parameters.valueOf(ParameterCode.HI_CO_PAYMENT_CAP_MULTIPLE, on)
                .multiply(BigDecimal.valueOf(parameters.amountOf(ParameterCode.BASE_SALARY, on)));
        return BigDecimal.valueOf(card.coPaymentThisYear()).compareTo(cap) > 0;
    }
}
