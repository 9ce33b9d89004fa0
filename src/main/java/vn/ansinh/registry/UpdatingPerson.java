package vn.ansinh.registry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.InvalidInput;

/**
 * Corrects a person's name, commune, household or ethnic minority flag. CCCD, sex and date of birth are not
 * corrected here: they are the identity the SI code was issued to. A move needs both communes in the actor's area.
 */
@Service
public class UpdatingPerson {

    private final People people;
    private final FindingPeople finding;
    private final Communes communes;
    private final KeepingHouseholds households;
    private final AuditLog audit;

    UpdatingPerson(People people, FindingPeople finding, Communes communes, KeepingHouseholds households,
                   AuditLog audit) {
        this.people = people;
        this.finding = finding;
        this.communes = communes;
        this.households = households;
        this.audit = audit;
    }

    @Transactional
    public PersonView update(String siCode, PersonChange change) {
        if (change == null || change.isEmpty()) {
            throw new InvalidInput("body", "give at least one of fullName, communeCode, householdCode, "
                    + "householdRelation, ethnicMinority");
        }
        PersonRow person = finding.inScope(siCode);
        String fullName = change.fullName() == null ? person.fullName() : PersonNames.normalise(change.fullName());
        long communeId = change.communeCode() == null ? person.communeId()
                : communes.inScope("communeCode", change.communeCode()).id();
        boolean ethnicMinority = change.ethnicMinority() == null ? person.ethnicMinority() : change.ethnicMinority();
        HouseholdRow household = null;
        if (change.householdCode() != null) {
            household = households.inScope("householdCode", change.householdCode());
        } else if (change.householdRelation() != null) {
            if (person.householdCode() == null) {
                throw new InvalidInput("householdCode", "the person belongs to no household; give one");
            }
            household = households.inScope("householdCode", person.householdCode());
        }

        PersonView before = person.view();
        people.update(person.id(), fullName, communeId, ethnicMinority);
        if (household != null) {
            households.place(person, household, change.householdRelation());
        }
        PersonView after = people.byId(person.id()).orElseThrow().view();
        if (!after.equals(before)) {
            audit.record("UPDATE", RegisteringPerson.ENTITY, siCode, before, after);
        }
        return after;
    }
}
