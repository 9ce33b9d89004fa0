package vn.ansinh.collection;

import java.time.YearMonth;

import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/** Who may be enrolled in a voluntary or budget-paid scheme: a registered, living person inside the actor's area. */
final class Enrollees {

    private Enrollees() {
    }

    static PersonSummary living(PersonDirectory people, String siCode) {
        PersonSummary person = people.bySiCode(siCode.strip())
                .orElseThrow(() -> new NotFound("Person with SI code", siCode));
        Actors.requireInScope(person.areaPath(), "Person " + person.siCode());
        if (person.dateOfDeath() != null) {
            throw new Conflict("siCode", "died on " + person.dateOfDeath());
        }
        return person;
    }

    /**
     * The months a new enrolment asks for: from this month on, since months gone by are not assessed again (the
     * scheme's own reason is given as {@code whyNotPast}), and ending, if it ends, no earlier than it starts.
     */
    static void requireTerm(YearMonth start, YearMonth end, YearMonth current, String whyNotPast) {
        if (start.isBefore(current)) {
            throw new InvalidInput("startMonth", "must be " + current + " or later: " + whyNotPast);
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidInput("endMonth", "must not be before the start month " + start);
        }
    }
}
