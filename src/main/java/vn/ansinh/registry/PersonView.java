package vn.ansinh.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the API shows them. {@code participation} is filled when one person is read and left out of search
 * results and audit records.
 */
public record PersonView(String siCode, String cccd, String fullName, LocalDate dateOfBirth, Sex sex,
                         String communeCode, String communeName, String householdCode,
                         HouseholdRelation householdRelation, boolean ethnicMinority, LocalDate dateOfDeath,
                         List<Participation> participation) {
}
