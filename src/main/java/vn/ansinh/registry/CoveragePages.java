package vn.ansinh.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ansinh.area.Area;
import vn.ansinh.area.Areas;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.ListPage;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/** The list behind a coverage figure of the dashboard: the people counted as SI or HI participants on a day. */
@Controller
class CoveragePages {

    static final int PAGE_SIZE = 50;

    private final CoverageFigures coverage;
    private final Areas areas;
    private final Spreadsheets spreadsheets;
    private final Clock clock;

    CoveragePages(CoverageFigures coverage, Areas areas, Spreadsheets spreadsheets, Clock clock) {
        this.coverage = coverage;
        this.areas = areas;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    @GetMapping("/people/covered")
    @PreAuthorize(RegistryRoles.READ)
    String covered(@RequestParam String area, @RequestParam CoverageFigures.Scheme scheme,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   @RequestParam(required = false) Integer page, Model model) {
        Area a = area(area);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        var results = coverage.participants(a, scheme, day, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
        String link = link(a, scheme, day);
        return ListPage.show(model, spreadsheets.text("covered.title." + scheme) + " · " + a.name(),
                spreadsheets.format(Table.Kind.DATE, day), table(results.items()), results,
                link + "&page=", link + "&format=xlsx");
    }

    @GetMapping(path = "/people/covered", params = "format=xlsx")
    @PreAuthorize(RegistryRoles.READ)
    ResponseEntity<byte[]> export(@RequestParam String area, @RequestParam CoverageFigures.Scheme scheme,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Area a = area(area);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return spreadsheets.download("covered-" + scheme + "-" + a.code() + "-" + day,
                table(Spreadsheets.all(p -> coverage.participants(a, scheme, day, p))));
    }

    private Area area(String code) {
        Area area = areas.byCode(code).orElseThrow(() -> new NotFound("Area", code));
        Actors.requireInScope(area.path(), "Area " + code);
        return area;
    }

    private static String link(Area area, CoverageFigures.Scheme scheme, LocalDate day) {
        return UriComponentsBuilder.fromPath("/people/covered").queryParam("area", area.code())
                .queryParam("scheme", scheme).queryParam("on", day).build().toUriString();
    }

    private static Table table(List<CoverageFigures.Participant> people) {
        Table.Builder table = Table.titled("covered.sheet")
                .column("person.siCode", Table.Kind.TEXT)
                .column("person.name", Table.Kind.TEXT)
                .column("person.dateOfBirth", Table.Kind.DATE)
                .column("person.commune", Table.Kind.TEXT)
                .column("participation.group", Table.Kind.TEXT)
                .column("participation.from", Table.Kind.DATE)
                .column("participation.to", Table.Kind.DATE);
        for (CoverageFigures.Participant p : people) {
            table.row("/people/" + p.siCode(), p.siCode(), p.fullName(), p.dateOfBirth(), p.communeName(),
                    p.groupCode(), p.validFrom(), p.validTo());
        }
        return table.build();
    }
}
