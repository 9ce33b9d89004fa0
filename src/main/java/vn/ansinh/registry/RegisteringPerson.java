package vn.ansinh.registry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/**
 * Registers a person: one CCCD, one person, one SI code for life. The CCCD must agree with sex and date of birth,
 * the commune must be current and in the actor's area, and a CCCD already registered is refused with the SI code
 * it has.
 */
@Service
public class RegisteringPerson {

    static final String ENTITY = "person";

    private final People people;
    private final SiCodes siCodes;
    private final Communes communes;
    private final KeepingHouseholds households;
    private final AuditLog audit;

    RegisteringPerson(People people, SiCodes siCodes, Communes communes, KeepingHouseholds households,
                      AuditLog audit) {
        this.people = people;
        this.siCodes = siCodes;
        this.communes = communes;
        this.households = households;
        this.audit = audit;
    }

    @Transactional
    public PersonView register(PersonRegistration request) {
        if (request.sex() == null) {
            throw new InvalidInput("sex", "is required, M or F");
        }
        BirthDatePolicy.check(request.dateOfBirth(), BirthDatePolicy.today()).ifPresent(reason -> {
            throw new InvalidInput(BirthDatePolicy.FIELD, reason);
        });
        CccdPolicy.check(request.cccd(), request.sex(), request.dateOfBirth()).orThrow();
        String fullName = PersonNames.normalise(request.fullName());
        if ((request.householdCode() == null) != (request.householdRelation() == null)) {
            throw new InvalidInput(request.householdCode() == null ? "householdCode" : "householdRelation",
                    "household code and relation come together");
        }
        Area commune = communes.inScope("communeCode", request.communeCode());
        refuseIfRegistered(request.cccd());
        HouseholdRow household = request.householdCode() == null ? null
                : households.inScope("householdCode", request.householdCode());

        SiCode siCode = siCodes.allocate();
        long id = people.insert(request.cccd(), siCode.value(), fullName, request.dateOfBirth(), request.sex(),
                        commune.id(), request.ethnicMinority())
                .orElseThrow(() -> {
                    // Registered by someone else since the check above: the unique constraint decided.
                    refuseIfRegistered(request.cccd());
                    return new Conflict("cccd", "already registered");
                });
        if (household != null) {
            households.place(people.byId(id).orElseThrow(), household, request.householdRelation());
        }
        PersonView after = people.byId(id).orElseThrow().view();
        audit.record("REGISTER", ENTITY, after.siCode(), null, after);
        return after;
    }

    private void refuseIfRegistered(String cccd) {
        people.byCccd(cccd).ifPresent(existing -> {
            throw new Conflict("cccd", "already registered with SI code " + existing.siCode());
        });
    }
}
