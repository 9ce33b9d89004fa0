package vn.ansinh.registry;

/**
 * Corrections to a person; null leaves a field as it is. A {@code householdRelation} without a
 * {@code householdCode} changes the relation within the person's current household.
 */
public record PersonChange(String fullName, String communeCode, String householdCode,
                           HouseholdRelation householdRelation, Boolean ethnicMinority) {

    boolean isEmpty() {
        return fullName == null && communeCode == null && householdCode == null && householdRelation == null
                && ethnicMinority == null;
    }
}
