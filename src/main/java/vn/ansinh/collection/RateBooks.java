package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.parameter.NotInForce;
import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.ParameterValue;
import vn.ansinh.parameter.Parameters;

/**
 * Reads the {@link RateBook} of a contribution month from the reference parameters, as in force on the first day
 * of the month. Nothing is cached (as in {@link Parameters}): a period an administrator adds shows in the next book.
 * One repeatable-read transaction, so a book never mixes values from before and after a concurrent change.
 */
@Service
public class RateBooks {

    private static final int WAGE_REGIONS = 4;

    private final Parameters parameters;

    RateBooks(Parameters parameters) {
        this.parameters = parameters;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public RateBook forMonth(YearMonth month) {
        LocalDate on = month.atDay(1);
        List<ParameterValue> inForce = new ArrayList<>();
        List<NotInForce> notInForce = new ArrayList<>();
        for (ParameterCode code : RateBook.CODES) {
            for (String qualifier : code.qualifiers().isEmpty() ? List.of("") : code.qualifiers()) {
                // From the history rather than Parameters.inForce: a missing value is recorded, not thrown, since an
                // exception would mark this transaction rollback-only.
                Optional<ParameterValue> value = parameters.history(code.name(), qualifier).stream()
                        .filter(v -> v.inForceOn(on)).findFirst();
                value.ifPresentOrElse(inForce::add, () -> notInForce.add(new NotInForce(code.name(), qualifier, on)));
            }
        }
        // The ceilings as Parameters derives them, when what they derive from is in force.
        Long siHiCeiling = held(notInForce, ParameterCode.BASE_SALARY, ParameterCode.SI_HI_SALARY_CEILING_MULTIPLE)
                ? parameters.siSalaryCeiling(on) : null;
        Map<Integer, Long> uiCeilings = new HashMap<>();
        if (held(notInForce, ParameterCode.UI_SALARY_CEILING_MULTIPLE)) {
            for (int region = 1; region <= WAGE_REGIONS; region++) {
                String qualifier = ParameterCode.wageRegion(region);
                boolean wageInForce = notInForce.stream().noneMatch(e ->
                        e.code().equals(ParameterCode.REGIONAL_MINIMUM_WAGE.name()) && e.qualifier().equals(qualifier));
                if (wageInForce) {
                    uiCeilings.put(region, parameters.uiSalaryCeiling(region, on));
                }
            }
        }
        return new RateBook(month, inForce, notInForce, siHiCeiling, uiCeilings);
    }

    private static boolean held(List<NotInForce> notInForce, ParameterCode... codes) {
        for (ParameterCode code : codes) {
            if (notInForce.stream().anyMatch(e -> e.code().equals(code.name()))) {
                return false;
            }
        }
        return true;
    }
}
