package vn.ansinh.card;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * The yearly co-payment cap (RULES.md section 7): a holder with five consecutive years of HI on the visit date who has
 * co-paid more than {@code HI_CO_PAYMENT_CAP_MULTIPLE} x {@code BASE_SALARY} (both in force on the visit date) in that
 * calendar year is paid 100 % for the rest of the year. The claims appraisal asks this for each visit.
 */
@Service
public class FullBenefitPolicy {

    private final JdbcClient jdbc;
    private final CoPayments coPayments;
    private final Parameters parameters;

    FullBenefitPolicy(JdbcClient jdbc, CoPayments coPayments, Parameters parameters) {
        this.jdbc = jdbc;
        this.coPayments = coPayments;
        this.parameters = parameters;
    }

    public FullBenefitDecision decide(long personId, LocalDate visitDate) {
        BigDecimal cap = cap(visitDate);
        BigDecimal coPaid = coPayments.accumulatedThisYear(personId, visitDate);
        Optional<Optional<LocalDate>> card = jdbc.sql("select five_years_from from hi_card where person_id = :person")
                .param("person", personId).query((rs, i) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional();
        if (card.isEmpty()) {
            return new FullBenefitDecision(false, "no card", null, coPaid, cap);
        }
        LocalDate fiveYearsFrom = card.get().orElse(null);
        return decide(fiveYearsFrom, coPaid, cap, visitDate);
    }

    /**
     * The same decision on what a look-up for the visit date returned (claims appraisal looks cards up in bulk, and
     * asks this for every claim). The cap, two parameter look-ups, is looked up only for a holder who has five years
     * on the visit date; for the others the decision's cap is null.
     */
    public FullBenefitDecision decide(CardLookup.Card card, LocalDate visitDate) {
        LocalDate fiveYearsFrom = card.fiveYearsFrom();
        boolean reached = fiveYearsFrom != null && !fiveYearsFrom.isAfter(visitDate);
        return decide(fiveYearsFrom, card.coPaymentThisYear(), reached ? cap(visitDate) : null, visitDate);
    }

    private BigDecimal cap(LocalDate visitDate) {
        return parameters.valueOf(ParameterCode.HI_CO_PAYMENT_CAP_MULTIPLE, visitDate)
                .multiply(BigDecimal.valueOf(parameters.amountOf(ParameterCode.BASE_SALARY, visitDate)));
    }

    /** The rule itself, on figures already read. */
    static FullBenefitDecision decide(LocalDate fiveYearsFrom, BigDecimal coPaid, BigDecimal cap, LocalDate visitDate) {
        if (fiveYearsFrom == null || fiveYearsFrom.isAfter(visitDate)) {
            String when = fiveYearsFrom == null ? "not reached" : "reached only on " + fiveYearsFrom;
            return new FullBenefitDecision(false, "five consecutive years of HI " + when, fiveYearsFrom, coPaid, cap);
        }
        if (coPaid.compareTo(cap) <= 0) {
            return new FullBenefitDecision(false, "co-paid " + coPaid.toPlainString() + " VND in " + visitDate.getYear()
                    + ", not more than the cap of " + cap.toPlainString() + " VND", fiveYearsFrom, coPaid, cap);
        }
        return new FullBenefitDecision(true, "five consecutive years since " + fiveYearsFrom + " and co-paid "
                + coPaid.toPlainString() + " VND in " + visitDate.getYear() + ", more than the cap of "
                + cap.toPlainString() + " VND", fiveYearsFrom, coPaid, cap);
    }
}
