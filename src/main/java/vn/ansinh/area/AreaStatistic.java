package vn.ansinh.area;

/** Population and working-age labour force of an area in a year: the denominators of the coverage rates. */
public record AreaStatistic(String areaCode, int year, int population, int labourForce, String source) {
}
