package vn.ansinh.employer;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.area.Area;
import vn.ansinh.area.Areas;
import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The staff UI's employer search: one box for a unit code, a tax code or part of the name (accents optional), only
 * inside the officer's area, or inside one area of it ({@code area}, the dashboard's link: then an empty box lists
 * all the area's employers). htmx refreshes the results while typing; without JavaScript the form submits. The same
 * search downloads as Excel ({@code format=xlsx}).
 */
@Controller
class EmployerSearchPages {

    /** Those who open the employer page (collection's screen): collection officers, administrators, managers. */
    static final String READERS = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','MANAGER')";
    static final int PAGE_SIZE = 20;

    private final Employers employers;
    private final Areas areas;
    private final Spreadsheets spreadsheets;

    EmployerSearchPages(Employers employers, Areas areas, Spreadsheets spreadsheets) {
        this.employers = employers;
        this.areas = areas;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/employers")
    @PreAuthorize(READERS)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String area,
                  @RequestParam(required = false) Integer page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        AreaScope scope = scope(area);
        model.addAttribute("q", query);
        model.addAttribute("area", area == null || area.isBlank() ? null : areas.byCode(area.strip()).orElse(null));
        model.addAttribute("path", area == null || area.isBlank() ? "/employers" : "/employers?area=" + area.strip());
        if (!query.isEmpty() || model.getAttribute("area") != null) {
            model.addAttribute("results", find(query, scope, PageRequest.of(page == null ? 0 : page, PAGE_SIZE)));
        }
        return htmx != null ? "employer/employers :: results" : "employer/employers";
    }

    @GetMapping(path = "/employers", params = "format=xlsx")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String area) {
        String query = q == null ? "" : q.strip();
        AreaScope scope = scope(area);
        Table.Builder table = Table.titled("employers.title")
                .column("employer.unitCode", Table.Kind.TEXT)
                .column("employer.taxCode", Table.Kind.TEXT)
                .column("employer.name", Table.Kind.TEXT)
                .column("person.commune", Table.Kind.TEXT)
                .column("employer.employees", Table.Kind.NUMBER)
                .column("employers.closed", Table.Kind.DATE);
        for (EmployerView e : Spreadsheets.all(p -> find(query, scope, p))) {
            table.row(null, e.unitCode(), e.taxCode(), e.name(), e.communeName(), e.headcount(), e.closedOn());
        }
        return spreadsheets.download("employers", table.build());
    }

    /** The named area (inside the officer's, else 403), or the officer's whole area. */
    private AreaScope scope(String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            return Actors.current().scope();
        }
        Area area = areas.byCode(areaCode.strip()).orElseThrow(() -> new NotFound("Area", areaCode));
        Actors.requireInScope(area.path(), "Area " + area.code());
        return new AreaScope(area.path());
    }

    /** An exact unit code first, then a tax code (digits with an optional branch suffix), else part of the name. */
    private Page<EmployerView> find(String query, AreaScope scope, PageRequest page) {
        String like = scope.likePattern();
        if (query.isEmpty()) {
            return employers.search(like, null, null, null, page);
        }
        var byUnit = employers.view(query.toUpperCase()).filter(e -> scope.covers(e.areaPath()));
        if (byUnit.isPresent()) {
            return Page.of(List.of(byUnit.get()), page, 1);
        }
        if (query.matches("[0-9]{10}(-?[0-9]{3})?")) {
            return employers.search(like, TaxCode.compact(query), null, null, page);
        }
        return employers.search(like, null, VietnameseText.searchKey(query), null, page);
    }
}
