package vn.ansinh.web;

import java.util.List;

import org.springframework.ui.Model;

import vn.ansinh.shared.Page;

/** Fills the model of the generic list page ({@code templates/list/table.html}) and names its view. */
public final class ListPage {

    public static final String VIEW = "list/table";
    /** The table alone, for an htmx request or a section another page loads. */
    public static final String TABLE_FRAGMENT = "list/table :: table(table=${table})";

    private ListPage() {
    }

    /**
     * A filter of the list, shown above it as a field of one GET form (submitting keeps the other filters).
     *
     * @param labelKey message key of its label
     * @param value    the value now applied, or null
     * @param options  the choices (value, text already in the reader's language) of a select; empty for a text box
     */
    public record Filter(String name, String labelKey, String value, List<Option> options) {

        public Filter {
            options = List.copyOf(options);
        }

        public static Filter text(String name, String labelKey, Object value) {
            return new Filter(name, labelKey, value == null ? null : value.toString(), List.of());
        }

        public static Filter choice(String name, String labelKey, Object value, List<Option> options) {
            return new Filter(name, labelKey, value == null ? null : value.toString(), options);
        }

        public boolean isChoice() {
            return !options.isEmpty();
        }
    }

    public record Option(String value, String text) {
    }

    /**
     * @param heading   the page title, already in the reader's language
     * @param results   the page of results the table shows (for the pager and the count), or null
     * @param pageLink  the list's URL ending in {@code page=}, or null
     * @param exportLink the URL of its Excel download, or null
     */
    public static String show(Model model, String heading, String note, Table table, Page<?> results, String pageLink,
                              String exportLink) {
        return show(model, heading, note, table, results, pageLink, exportLink, List.of());
    }

    /** As above, with filters: a GET form on the page's own path ({@code pageLink} before its query). */
    public static String show(Model model, String heading, String note, Table table, Page<?> results, String pageLink,
                              String exportLink, List<Filter> filters) {
        model.addAttribute("heading", heading);
        model.addAttribute("note", note);
        model.addAttribute("table", table);
        model.addAttribute("results", results);
        model.addAttribute("pageLink", pageLink);
        model.addAttribute("exportLink", exportLink);
        model.addAttribute("filters", List.copyOf(filters));
        model.addAttribute("filterAction", pageLink == null ? "" : pageLink.replaceFirst("\\?.*$", ""));
        return VIEW;
    }
}
