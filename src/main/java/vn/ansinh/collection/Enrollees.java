package vn.ansinh.collection;

import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
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
}
