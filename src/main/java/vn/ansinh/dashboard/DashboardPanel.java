package vn.ansinh.dashboard;

import java.util.Optional;

/**
 * A section of the dashboard, contributed by the module that owns its figures (coverage by the registry, collection
 * and debt by collection, spending by claims). The dashboard collects every bean of this type, orders them and renders
 * each {@link Panel} the same way, in the page, the Excel download and the monthly PDF report.
 */
public interface DashboardPanel {

    /** Stable name of the panel ("coverage", "collection", "claims"...), also the id of its section in the page. */
    String key();

    /** Place on the page: lower first. */
    int order();

    /**
     * The panel for the area as of the query's day, or empty when the actor's roles do not cover it or the module has
     * nothing to show. The area is already checked to be inside the actor's scope.
     */
    Optional<Panel> panel(DashboardQuery query);
}
