package vn.ansinh.card;

import java.time.LocalDate;

/** A health facility (MACSKCB, five digits: province and number). */
public record Facility(String code, String name, FacilityLevel level, String communeCode, boolean primaryCare,
                       LocalDate validFrom, LocalDate validTo) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
