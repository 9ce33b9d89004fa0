package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.util.List;

import vn.ansinh.web.Table;

/**
 * One dashboard section: headline figures, tables (each also downloadable as Excel) and an optional trend chart.
 * Titles and labels are message keys.
 */
public record Panel(String key, String titleKey, List<Figure> figures, List<Table> tables, Chart chart) {

    public Panel {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /**
     * A headline figure: {@code value} of the kind, optionally against a {@code target} of the same kind, and the
     * link to the list behind it (null for none).
     */
    public record Figure(String labelKey, Table.Kind kind, Object value, Object target, String link) {
    }

    /** A line chart over {@code labels} (e.g. years); each series a message key and one value per label (or null). */
    public record Chart(String titleKey, List<String> labels, List<Series> series) {
    }

    public record Series(String labelKey, List<BigDecimal> values, boolean dashed) {
    }
}
