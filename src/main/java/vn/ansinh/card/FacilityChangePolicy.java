package vn.ansinh.card;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a card holder may change the registered primary-care facility: only from the first day of a quarter, and not
 * back in time, so facilities paid per capita for a quarter keep the same list all quarter.
 */
final class FacilityChangePolicy {

    private FacilityChangePolicy() {
    }

    /** The reason the change is refused, or empty when it is allowed. */
    static Optional<String> check(LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom.getDayOfMonth() != 1 || (effectiveFrom.getMonthValue() - 1) % 3 != 0) {
            return Optional.of("must be the first day of a quarter (1 Jan, 1 Apr, 1 Jul or 1 Oct), was " + effectiveFrom);
        }
        if (effectiveFrom.isBefore(today)) {
            return Optional.of("must not be in the past (today is " + today + ")");
        }
        return Optional.empty();
    }
}
