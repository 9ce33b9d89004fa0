package vn.ansinh.web;

import org.springframework.ui.Model;

import vn.ansinh.shared.Page;

/** Fills the model of the generic list page ({@code templates/list/table.html}) and names its view. */
public final class ListPage {

    public static final String VIEW = "list/table";

    private ListPage() {
    }

    /**
     * @param heading   the page title, already in the reader's language
     * @param results   the page of results the table shows (for the pager and the count), or null
     * @param pageLink  the list's URL ending in {@code page=}, or null
     * @param exportLink the URL of its Excel download, or null
     */
    public static String show(Model model, String heading, String note, Table table, Page<?> results, String pageLink,
                              String exportLink) {
        model.addAttribute("heading", heading);
        model.addAttribute("note", note);
        model.addAttribute("table", table);
        model.addAttribute("results", results);
        model.addAttribute("pageLink", pageLink);
        model.addAttribute("exportLink", exportLink);
        return VIEW;
    }
}
