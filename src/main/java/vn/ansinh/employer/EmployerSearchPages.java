package vn.ansinh.employer;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.security.Actors;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;

/**
 * The staff UI's employer search: one box for a unit code, a tax code or part of the name (accents optional), only
 * inside the officer's area. htmx refreshes the results while typing; without JavaScript the form submits.
 */
@Controller
class EmployerSearchPages {

    /** Those who open the employer page (collection's screen): collection officers, administrators, managers. */
    static final String READERS = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','MANAGER')";
    static final int PAGE_SIZE = 20;

    private final Employers employers;

    EmployerSearchPages(Employers employers) {
        this.employers = employers;
    }

    @GetMapping("/employers")
    @PreAuthorize(READERS)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            model.addAttribute("results", find(query, PageRequest.of(page == null ? 0 : page, PAGE_SIZE)));
        }
        return htmx != null ? "employer/employers :: results" : "employer/employers";
    }

    /** An exact unit code first, then a tax code (digits with an optional branch suffix), else part of the name. */
    private Page<EmployerView> find(String query, PageRequest page) {
        String scope = Actors.current().scope().likePattern();
        var byUnit = employers.view(query.toUpperCase()).filter(e -> Actors.current().scope().covers(e.areaPath()));
        if (byUnit.isPresent()) {
            return Page.of(List.of(byUnit.get()), page, 1);
        }
        if (query.matches("[0-9]{10}(-?[0-9]{3})?")) {
            return employers.search(scope, TaxCode.compact(query), null, null, page);
        }
        return employers.search(scope, null, VietnameseText.searchKey(query), null, page);
    }
}
