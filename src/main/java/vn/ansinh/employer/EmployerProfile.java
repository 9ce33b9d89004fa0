package vn.ansinh.employer;

import vn.ansinh.area.Area;

/** The checked, resolved description of an employer that registration and update both write. */
record EmployerProfile(String name, Area commune, int wageRegion, Ownership ownership, Sector sector,
                       SizeClass sizeClass, Integer headcount, SizeClass suggestedSizeClass,
                       boolean reducedAccidentRate) {
}
