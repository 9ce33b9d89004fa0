package vn.ansinh.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of a parameter: {@code value} in force from {@code validFrom} to {@code validTo} inclusive (null: open),
 * with the legal text it comes from. {@code qualifier} is null for codes that have none.
 */
public record ParameterValue(long id, String code, String qualifier, LocalDate validFrom, LocalDate validTo,
                             BigDecimal value, ParameterUnit unit, String legalReference, Confidence confidence,
                             String note) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(validFrom)) && (validTo == null || !validTo.isBefore(from));
    }
}
