package vn.ansinh.employer;

import java.time.LocalDate;

/**
 * An employer as the API shows it. {@code suggestedSizeClass} is only set in answers to a registration or update
 * that gave a headcount: the class Decree 80/2021 suggests for it, which may differ from the class recorded.
 */
record EmployerView(long id, String unitCode, String taxCode, String name, String communeCode, String communeName,
                    String areaPath, int wageRegion, Ownership ownership, Sector sector, SizeClass sizeClass,
                    Integer headcount, SizeClass suggestedSizeClass, boolean reducedAccidentRate,
                    LocalDate registeredOn, LocalDate closedOn) {

    EmployerView withSuggestion(SizeClass suggestion) {
        return new EmployerView(id, unitCode, taxCode, name, communeCode, communeName, areaPath, wageRegion, ownership,
                sector, sizeClass, headcount, suggestion, reducedAccidentRate, registeredOn, closedOn);
    }
}
