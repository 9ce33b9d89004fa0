package vn.ansinh.registry;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Households and their members. A household has at most one head and the head is always one of its members
 * (the database holds both too, see V10): a member joins as head only while there is none, the head hands over
 * with {@link #setHead}, and the head leaves only as the last member. Every change is audited and checked against
 * the actor's area.
 */
@Service
public class KeepingHouseholds {

    static final String ENTITY = "household";

    private final Households households;
    private final People people;
    private final Communes communes;
    private final AuditLog audit;

    KeepingHouseholds(Households households, People people, Communes communes, AuditLog audit) {
        this.households = households;
        this.people = people;
        this.communes = communes;
        this.audit = audit;
    }

    /** What a new household needs; {@code livingStandard} defaults to ordinary. */
    public record NewHousehold(String code, String communeCode, String address, LivingStandard livingStandard) {
    }

    @Transactional
    public HouseholdView create(NewHousehold request) {
        if (request.code() == null || !request.code().matches(InputPatterns.HOUSEHOLD_CODE)) {
            throw new InvalidInput("code", InputPatterns.HOUSEHOLD_CODE_MESSAGE);
        }
        Area commune = communes.inScope("communeCode", request.communeCode());
        if (households.byCode(request.code()).isPresent()) {
            throw new Conflict("code", "household " + request.code() + " already exists");
        }
        LivingStandard standard = request.livingStandard() == null ? LivingStandard.ORDINARY : request.livingStandard();
        String address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
        long id = households.insert(request.code(), commune.id(), address, standard)
                .orElseThrow(() -> new Conflict("code", "household " + request.code() + " already exists"));
        HouseholdView after = view(households.byId(id).orElseThrow());
        audit.record("CREATE", ENTITY, request.code(), null, after);
        return after;
    }

    @Transactional(readOnly = true)
    public HouseholdView find(String code) {
        return view(inScope(code));
    }

    /** Households (without their members) in the actor's area, optionally inside one area of any level. */
    @Transactional(readOnly = true)
    public Page<HouseholdView> list(String areaCode, PageRequest page) {
        String areaLike = areaCode == null ? "%" : new AreaScope(communes.any("communeCode", areaCode).path()).likePattern();
        return households.within(Actors.current().scope().likePattern(), areaLike, page)
                .map(h -> new HouseholdView(h.code(), h.communeCode(), h.communeName(), h.address(),
                        h.livingStandard(), null, null));
    }

    @Transactional(readOnly = true)
    public List<HouseholdView.Member> members(String code) {
        return view(inScope(code)).members();
    }

    /** Adds a person to the household (moving them from another one), or changes a member's relation. */
    @Transactional
    public HouseholdView addMember(String code, String siCode, HouseholdRelation relation) {
        HouseholdRow household = inScope(code);
        PersonRow person = memberCandidate(siCode);
        HouseholdView before = view(household);
        place(person, household, relation);
        HouseholdView after = view(households.byId(household.id()).orElseThrow());
        audit.record("ADD_MEMBER", ENTITY, code, before, after);
        return after;
    }

    @Transactional
    public HouseholdView removeMember(String code, String siCode) {
        HouseholdRow household = inScope(code);
        PersonRow person = people.bySiCode(siCode).orElseThrow(() -> new NotFound("person with SI code", siCode));
        if (!household.code().equals(person.householdCode())) {
            throw new Conflict("siCode", siCode + " is not a member of household " + code);
        }
        HouseholdView before = view(household);
        leave(person, "siCode");
        people.placeInHousehold(person.id(), null, null);
        HouseholdView after = view(households.byId(household.id()).orElseThrow());
        audit.record("REMOVE_MEMBER", ENTITY, code, before, after);
        return after;
    }

    /**
     * Makes a member the head; the former head stays a member with {@code formerHeadBecomes} as relation (OTHER when
     * not given).
     */
    @Transactional
    public HouseholdView setHead(String code, String siCode, HouseholdRelation formerHeadBecomes) {
        if (formerHeadBecomes == HouseholdRelation.HEAD) {
            throw new InvalidInput("formerHeadRelation", "must not be HEAD: a household has one head");
        }
        HouseholdRow household = inScope(code);
        PersonRow person = memberCandidate(siCode);
        if (!household.code().equals(person.householdCode())) {
            throw new Conflict("siCode", siCode + " is not a member of household " + code
                    + "; add them as a member first");
        }
        if (person.isHead()) {
            return view(household);
        }
        HouseholdView before = view(household);
        if (household.headPersonId() != null) {
            // The old head gives up HEAD first: the database allows one HEAD per household at any moment.
            people.placeInHousehold(household.headPersonId(), household.id(),
                    formerHeadBecomes == null ? HouseholdRelation.OTHER : formerHeadBecomes);
        }
        people.placeInHousehold(person.id(), household.id(), HouseholdRelation.HEAD);
        households.setHead(household.id(), person.id());
        HouseholdView after = view(households.byId(household.id()).orElseThrow());
        audit.record("SET_HEAD", ENTITY, code, before, after);
        return after;
    }

    @Transactional
    public HouseholdView changeLivingStandard(String code, LivingStandard livingStandard) {
        if (livingStandard == null) {
            throw new InvalidInput("livingStandard", "is required");
        }
        HouseholdRow household = inScope(code);
        if (household.livingStandard() == livingStandard) {
            return view(household);
        }
        households.setLivingStandard(household.id(), livingStandard);
        audit.record("CHANGE_LIVING_STANDARD", ENTITY, code, Map.of("livingStandard", household.livingStandard()),
                Map.of("livingStandard", livingStandard));
        return view(households.byId(household.id()).orElseThrow());
    }

    /** The household with this code, given as {@code field} in a request; refused outside the actor's area. */
    HouseholdRow inScope(String field, String code) {
        HouseholdRow household = households.byCode(code)
                .orElseThrow(() -> new InvalidInput(field, "no household has code " + code));
        Actors.requireInScope(household.areaPath(), "household " + code);
        return household;
    }

    /**
     * Puts a person in a household with a relation, or changes their relation in it: the one place the head rules
     * are applied when someone joins. Callers audit.
     */
    void place(PersonRow person, HouseholdRow target, HouseholdRelation relation) {
        if (relation == null) {
            throw new InvalidInput("householdRelation", "is required with a household");
        }
        boolean alreadyMember = target.code().equals(person.householdCode());
        if (alreadyMember && person.householdRelation() == relation) {
            return;
        }
        if (alreadyMember && person.isHead()) {
            throw new Conflict("householdRelation", person.siCode() + " is the head of household " + target.code()
                    + "; make another member the head first");
        }
        if (relation == HouseholdRelation.HEAD && target.headPersonId() != null) {
            String head = people.byId(target.headPersonId()).map(PersonRow::siCode).orElse("?");
            throw new Conflict("householdRelation", "household " + target.code() + " already has a head (SI code "
                    + head + "); change the head instead");
        }
        if (!alreadyMember) {
            leave(person, "householdCode");
        }
        people.placeInHousehold(person.id(), target.id(), relation);
        if (relation == HouseholdRelation.HEAD) {
            households.setHead(target.id(), person.id());
        }
    }

    /** Lets a person go from their household, if any: a head only as its last member. */
    private void leave(PersonRow person, String field) {
        if (person.householdId() == null || !person.isHead()) {
            return;
        }
        if (people.members(person.householdId()).size() > 1) {
            throw new Conflict(field, person.siCode() + " is the head of household " + person.householdCode()
                    + ", which has other members; make another member the head first");
        }
        households.setHead(person.householdId(), null);
    }

    private HouseholdRow inScope(String code) {
        HouseholdRow household = households.byCode(code).orElseThrow(() -> new NotFound("household", code));
        Actors.requireInScope(household.areaPath(), "household " + code);
        return household;
    }

    private PersonRow memberCandidate(String siCode) {
        PersonRow person = people.bySiCode(siCode)
                .orElseThrow(() -> new InvalidInput("siCode", "no person has SI code " + siCode));
        Actors.requireInScope(person.areaPath(), "person " + siCode);
        return person;
    }

    private HouseholdView view(HouseholdRow household) {
        List<PersonRow> members = people.members(household.id());
        String head = members.stream().filter(PersonRow::isHead).map(PersonRow::siCode).findFirst().orElse(null);
        return new HouseholdView(household.code(), household.communeCode(), household.communeName(),
                household.address(), household.livingStandard(), head,
                members.stream().map(m -> new HouseholdView.Member(m.siCode(), m.fullName(), m.dateOfBirth(), m.sex(),
                        m.householdRelation(), m.dateOfDeath())).toList());
    }
}
