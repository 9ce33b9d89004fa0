package vn.ansinh.registry;

import java.time.LocalDate;

/** What other modules need to know of a person. {@code areaPath} is the path of the person's commune. */
public record PersonSummary(long id, String cccd, String siCode, String fullName, LocalDate dateOfBirth, String sex,
                            String communeCode, String areaPath, LocalDate dateOfDeath) {
}
