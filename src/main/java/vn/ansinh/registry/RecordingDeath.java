package vn.ansinh.registry;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/** Records the date a person died, once: benefits, cards and contributions stop on it. */
@Service
public class RecordingDeath {

    static final String FIELD = "dateOfDeath";

    private final People people;
    private final FindingPeople finding;
    private final AuditLog audit;

    RecordingDeath(People people, FindingPeople finding, AuditLog audit) {
        this.people = people;
        this.finding = finding;
        this.audit = audit;
    }

    @Transactional
    public PersonView record(String siCode, LocalDate dateOfDeath) {
        if (dateOfDeath == null) {
            throw new InvalidInput(FIELD, "is required");
        }
        LocalDate today = BirthDatePolicy.today();
        if (dateOfDeath.isAfter(today)) {
            throw new InvalidInput(FIELD, "must not be in the future (today is " + today + ")");
        }
        PersonRow person = finding.inScope(siCode);
        if (dateOfDeath.isBefore(person.dateOfBirth())) {
            throw new InvalidInput(FIELD, "must not be before the date of birth " + person.dateOfBirth());
        }
        if (person.dateOfDeath() != null) {
            throw new Conflict(FIELD, "already recorded as " + person.dateOfDeath());
        }
        people.recordDeath(person.id(), dateOfDeath);
        PersonView after = people.byId(person.id()).orElseThrow().view();
        audit.record("RECORD_DEATH", RegisteringPerson.ENTITY, siCode, person.view(), after);
        return after;
    }
}
