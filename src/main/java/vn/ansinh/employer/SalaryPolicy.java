package vn.ansinh.employer;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ansinh.parameter.NotInForce;
import vn.ansinh.parameter.Parameters;
import vn.ansinh.shared.InvalidInput;

/** Measures a monthly SI salary against the floor and ceiling in force (RULES.md §4), from the reference parameters. */
@Component
class SalaryPolicy {

    private final Parameters parameters;

    SalaryPolicy(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The assessment of a salary starting on a date; throws {@link InvalidInput} on {@code amountField} when it is
     * below the floor, or on {@code dateField} when no floor or ceiling is recorded for that date.
     */
    SalaryAssessment requireAcceptable(long amount, int wageRegion, LocalDate on, String amountField, String dateField) {
        SalaryAssessment assessment;
        try {
            assessment = assess(amount, wageRegion, on);
        } catch (NotInForce e) {
            throw e.forField(dateField);
        }
        if (assessment.belowFloor()) {
            throw new InvalidInput(amountField, assessment.note());
        }
        return assessment;
    }

    /** The assessment of a salary starting on a date, below the floor or not; {@link NotInForce} without bounds. */
    SalaryAssessment assess(long amount, int wageRegion, LocalDate on) {
        return SalaryAssessment.of(amount, on, wageRegion, parameters.regionalMinimumWage(wageRegion, on),
                parameters.siSalaryCeiling(on));
    }
}
