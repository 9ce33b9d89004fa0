package vn.ansinh.dashboard;

import java.time.LocalDate;

import vn.ansinh.area.Area;

/**
 * What the dashboard shows: an area, a year, and the day the figures are taken at ({@code asOf}: today in the current
 * year, the year's last day for a past year, a month's last day for the monthly report).
 */
public record DashboardQuery(Area area, int year, LocalDate asOf) {

    /** The dashboard of another area (a drill-down row) for the same year. */
    public String linkTo(String areaCode) {
        return DashboardQuery.link(areaCode, year);
    }

    public static String link(String areaCode, int year) {
        return "/dashboard/" + areaCode + "?year=" + year;
    }
}
