package vn.ansinh.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** A date of birth the registry accepts: known, not in the future, not before 1900 (no CCCD codes those births). */
public final class BirthDatePolicy {

    public static final String FIELD = "dateOfBirth";
    public static final LocalDate EARLIEST = LocalDate.of(CccdNumber.FIRST_CENTURY, 1, 1);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private BirthDatePolicy() {
    }

    /** Today where the office is, the day that decides what is "in the future". */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** Why the date is refused, if it is. */
    public static Optional<String> check(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of("is required");
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of("must not be in the future (today is " + today + ")");
        }
        if (dateOfBirth.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        return Optional.empty();
    }
}
