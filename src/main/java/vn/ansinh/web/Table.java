package vn.ansinh.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list or a dashboard table as data: a title, typed columns and rows, each row with an optional link. Screens render
 * it, {@link Spreadsheets} writes it to .xlsx and PDF reports print it, so one table is never built three times.
 * Titles and headers are message keys (resolved in the reader's language); cells keep their type: a {@code long} of
 * VND stays a number in Excel.
 */
public record Table(String titleKey, List<Column> columns, List<Row> rows) {

    /** How a cell is shown and exported: money is whole VND, a percent has two decimals (32.49 means 32.49 %). */
    public enum Kind { TEXT, NUMBER, MONEY, PERCENT, DATE }

    public record Column(String headerKey, Kind kind) {
    }

    public record Row(List<Object> cells, String link) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Builder titled(String titleKey) {
        return new Builder(titleKey);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public static final class Builder {

        private final String titleKey;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        private Builder(String titleKey) {
            this.titleKey = titleKey;
        }

        public Builder column(String headerKey, Kind kind) {
            columns.add(new Column(headerKey, kind));
            return this;
        }

        /** A row whose first cell links to {@code link} (null for none); cells may be null (shown as a dash). */
        public Builder row(String link, Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                        + columns.size() + " columns");
            }
            rows.add(new Row(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))), link));
            return this;
        }

        public Table build() {
            return new Table(titleKey, columns, rows);
        }
    }
}
