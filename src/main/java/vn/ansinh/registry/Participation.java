package vn.ansinh.registry;

import java.time.LocalDate;

/**
 * A period in which a person takes part in a scheme ({@code SI_COMPULSORY}, {@code SI_VOLUNTARY}, {@code HI},
 * {@code UI}) as a participant group (RULES.md section 6, {@code DN}, {@code HN}, ...). {@code validTo} is the last
 * day, or null while it lasts. Written by the generator and the collection and card modules; the registry only shows it.
 */
public record Participation(String scheme, String groupCode, LocalDate validFrom, LocalDate validTo) {
}
