package vn.ansinh.employer;

/** What other modules need to know of an employer. {@code areaPath} is the path of the employer's commune. */
public record EmployerSummary(long id, String unitCode, String taxCode, String name, String communeCode,
                              String areaPath, int wageRegion, boolean reducedAccidentRate) {
}
