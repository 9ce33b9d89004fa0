package vn.ansinh.registry;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The staff UI's person search: one box that takes a CCCD (12 digits), an SI code (10 digits) or a name typed with or
 * without accents. htmx refreshes only the results while the officer types; without JavaScript the form submits.
 */
@Controller
class PersonSearchPages {

    static final int PAGE_SIZE = 20;

    private final FindingPeople finding;
    private final Spreadsheets spreadsheets;

    PersonSearchPages(FindingPeople finding, Spreadsheets spreadsheets) {
        this.finding = finding;
        this.spreadsheets = spreadsheets;
    }

    /** The whole result of a search as Excel. */
    @GetMapping(path = "/people", params = "format=xlsx")
    @PreAuthorize(RegistryRoles.READ)
    ResponseEntity<byte[]> export(@RequestParam String q) {
        String query = q.strip();
        Table.Builder table = Table.titled("people.title")
                .column("person.siCode", Table.Kind.TEXT)
                .column("person.cccd", Table.Kind.TEXT)
                .column("person.name", Table.Kind.TEXT)
                .column("person.dateOfBirth", Table.Kind.DATE)
                .column("person.commune", Table.Kind.TEXT)
                .column("person.household", Table.Kind.TEXT)
                .column("person.dateOfDeath", Table.Kind.DATE);
        for (PersonView p : Spreadsheets.all(page -> find(query, page))) {
            table.row(null, p.siCode(), p.cccd(), p.fullName(), p.dateOfBirth(), p.communeName(), p.householdCode(),
                    p.dateOfDeath());
        }
        return spreadsheets.download("people", table.build());
    }

    @GetMapping("/people")
    @PreAuthorize(RegistryRoles.READ)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            try {
                model.addAttribute("results", find(query, PageRequest.of(page == null ? 0 : page, PAGE_SIZE)));
            } catch (InvalidInput e) {
                model.addAttribute("invalid", e.field());
            }
        }
        return htmx != null ? "registry/people :: results" : "registry/people";
    }

    /** Digits alone are an identifier: 12 a CCCD, 10 an SI code; anything else is a name. */
    private Page<PersonView> find(String query, PageRequest page) {
        if (query.matches("[0-9]+")) {
            return switch (query.length()) {
                case 12 -> finding.search(query, null, null, null, page);
                case 10 -> finding.search(null, query, null, null, page);
                default -> throw new InvalidInput("q", "digits must be a 12-digit CCCD or a 10-digit SI code");
            };
        }
        return finding.search(null, null, query, null, page);
    }
}
