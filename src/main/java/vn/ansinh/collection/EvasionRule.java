package vn.ansinh.collection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * When late payment becomes evasion (RULES.md §10): while EVASION_AFTER_DAYS is in force (from 2025-07-01), a due
 * still unpaid on the day that many days after its deadline, or later, is evaded (deadline 2025-05-31: evasion from
 * 2025-07-30). Before the rule was in force a due is only late, however old.
 */
@Component
class EvasionRule {

    private final Parameters parameters;

    EvasionRule(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The rule as it stands on a date: empty when no evasion rule is in force then. */
    OptionalInt daysOn(LocalDate asOf) {
        return parameters.history(ParameterCode.EVASION_AFTER_DAYS.name(), null).stream()
                .filter(p -> p.inForceOn(asOf)).findFirst()
                .map(p -> OptionalInt.of(p.value().intValueExact())).orElse(OptionalInt.empty());
    }

    /** Why the unpaid due is evaded on the date, if it is; {@code afterDays} from {@link #daysOn}. */
    static Optional<String> decide(LocalDate deadline, long outstanding, LocalDate asOf, OptionalInt afterDays) {
        long late = PaymentDeadlines.daysLate(deadline, asOf);
        if (outstanding <= 0 || afterDays.isEmpty() || late < afterDays.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(outstanding + " VND unpaid " + late + " days after the deadline " + deadline
                + " (evasion from " + afterDays.getAsInt() + " days)");
    }

    Optional<String> decide(LocalDate deadline, long outstanding, LocalDate asOf) {
        return decide(deadline, outstanding, asOf, daysOn(asOf));
    }
}
