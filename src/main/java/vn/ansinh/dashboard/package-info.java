/**
 * The management dashboard per area and year, with a drill-down from the province to its districts and communes,
 * the Excel download of its tables and the monthly report as PDF. Modules contribute panels by implementing
 * {@link vn.ansinh.dashboard.DashboardPanel}; the dashboard depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package vn.ansinh.dashboard;
