package vn.ansinh.registry;

import java.time.LocalDate;
import java.util.List;

/** A household as the API shows it: the head first among the members. */
public record HouseholdView(String code, String communeCode, String communeName, String address,
                            LivingStandard livingStandard, String headSiCode, List<Member> members) {

    public record Member(String siCode, String fullName, LocalDate dateOfBirth, Sex sex,
                         HouseholdRelation householdRelation, LocalDate dateOfDeath) {
    }
}
