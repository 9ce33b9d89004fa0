package vn.ansinh.registry;

import java.time.LocalDate;

/**
 * What registering a person needs. {@code householdCode} and {@code householdRelation} come together or not at all.
 */
public record PersonRegistration(String cccd, String fullName, LocalDate dateOfBirth, Sex sex, String communeCode,
                                 String householdCode, HouseholdRelation householdRelation, boolean ethnicMinority) {
}
