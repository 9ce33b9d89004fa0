package vn.ansinh.parameter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * The values of reference parameters in force on a date: the one place any module takes a rate, amount or
 * threshold from. Nothing is cached: every answer is read from the table (an indexed lookup in a few hundred rows),
 * so a period an administrator adds is seen by the next call, on every node. Callers that need a parameter for many
 * dates in a batch can read its {@link #history} once and use {@link ParameterValue#inForceOn}.
 */
@Service
@Transactional(readOnly = true)
public class Parameters {

    private final ParameterPeriods periods;

    Parameters(ParameterPeriods periods) {
        this.periods = periods;
    }

    /** The value of a code without qualifier on a date; {@link NotInForce} when none is. */
    public BigDecimal valueOf(String code, LocalDate on) {
        return valueOf(code, null, on);
    }

    public BigDecimal valueOf(String code, String qualifier, LocalDate on) {
        return inForce(code, qualifier, on).value();
    }

    public BigDecimal valueOf(ParameterCode code, LocalDate on) {
        return valueOf(code.name(), null, on);
    }

    public BigDecimal valueOf(ParameterCode code, String qualifier, LocalDate on) {
        return valueOf(code.name(), qualifier, on);
    }

    /** A VND amount as whole dong; {@link InvalidInput} if the code is not measured in VND. */
    public long amountOf(String code, LocalDate on) {
        return amountOf(code, null, on);
    }

    public long amountOf(String code, String qualifier, LocalDate on) {
        ParameterCode known = known(code);
        if (known.unit() != ParameterUnit.VND) {
            throw new InvalidInput("code", code + " is measured in " + known.unit() + ", not VND");
        }
        return valueOf(code, qualifier, on).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public long amountOf(ParameterCode code, LocalDate on) {
        return amountOf(code.name(), null, on);
    }

    public long amountOf(ParameterCode code, String qualifier, LocalDate on) {
        return amountOf(code.name(), qualifier, on);
    }

    /** The whole period in force on the date, with its legal reference. */
    public ParameterValue inForce(String code, String qualifier, LocalDate on) {
        ParameterCode known = known(code);
        String q = known.requireQualifier(qualifier);
        if (on == null) {
            throw new InvalidInput("on", "a date is required");
        }
        return periods.inForce(known.name(), q, on).orElseThrow(() -> new NotInForce(known.name(), q, on));
    }

    /** Every period of a code and qualifier, oldest first. */
    public List<ParameterValue> history(String code, String qualifier) {
        ParameterCode known = known(code);
        return periods.history(known.name(), known.requireQualifier(qualifier));
    }

    // Amounts derived from two parameters: computed here once, not in every module that needs them.

    /** The regional minimum wage of a wage region (1..4): the floor of the compulsory SI salary. */
    public long regionalMinimumWage(int wageRegion, LocalDate on) {
        return amountOf(ParameterCode.REGIONAL_MINIMUM_WAGE, ParameterCode.wageRegion(wageRegion), on);
    }

    /** The ceiling of the SI and HI salary: SI_HI_SALARY_CEILING_MULTIPLE x BASE_SALARY (46,800,000 from Jul 2024). */
    public long siSalaryCeiling(LocalDate on) {
        return multiple(ParameterCode.SI_HI_SALARY_CEILING_MULTIPLE, amountOf(ParameterCode.BASE_SALARY, on), on);
    }

    /** The ceiling of the UI salary: UI_SALARY_CEILING_MULTIPLE x the region's minimum wage (99,200,000 region I from Jul 2024). */
    public long uiSalaryCeiling(int wageRegion, LocalDate on) {
        return multiple(ParameterCode.UI_SALARY_CEILING_MULTIPLE, regionalMinimumWage(wageRegion, on), on);
    }

    private long multiple(ParameterCode multipleCode, long amount, LocalDate on) {
        return valueOf(multipleCode, on).multiply(BigDecimal.valueOf(amount))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static ParameterCode known(String code) {
        return ParameterCode.find(code).orElseThrow(() -> new NotFound("Parameter code", code));
    }
}
