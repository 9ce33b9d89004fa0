package vn.ansinh.registry;

import java.time.LocalDate;
import java.util.List;

/** A person row with the commune and household it points at, as the registry's use cases need it. */
record PersonRow(long id, String cccd, String siCode, String fullName, LocalDate dateOfBirth, Sex sex, long communeId,
                 String communeCode, String communeName, String areaPath, Long householdId, String householdCode,
                 HouseholdRelation householdRelation, boolean ethnicMinority, LocalDate dateOfDeath) {

    PersonView view() {
        return view(null);
    }

    PersonView view(List<Participation> participation) {
        return new PersonView(siCode, cccd, fullName, dateOfBirth, sex, communeCode, communeName, householdCode,
                householdRelation, ethnicMinority, dateOfDeath, participation);
    }

    boolean isHead() {
        return householdRelation == HouseholdRelation.HEAD;
    }
}
