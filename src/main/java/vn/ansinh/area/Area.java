package vn.ansinh.area;

import java.time.LocalDate;

/**
 * An administrative area. {@code path} lists the codes from the province down ({@code /42/436/18211/}); an area
 * contains another when the other's path starts with its own.
 */
public record Area(long id, String code, AreaLevel level, String name, String parentCode, String path,
                   Integer wageRegion, LocalDate validFrom, LocalDate validTo) {

    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
