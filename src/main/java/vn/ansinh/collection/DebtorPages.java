package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.area.Area;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.ListPage;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/** The list behind the dashboard's debt figures: employers in the area owing after a deadline, largest debt first. */
@Controller
class DebtorPages {

    static final int PAGE_SIZE = 50;

    private final CollectionAreas areas;
    private final Payers payers;
    private final Arrears arrears;
    private final Spreadsheets spreadsheets;
    private final Clock clock;

    DebtorPages(CollectionAreas areas, Payers payers, Arrears arrears, Spreadsheets spreadsheets, Clock clock) {
        this.areas = areas;
        this.payers = payers;
        this.arrears = arrears;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    @GetMapping("/debtors")
    @PreAuthorize(CollectionRoles.READ)
    String debtors(@RequestParam String area,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) Integer page, Model model) {
        Area a = areas.area(area);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Arrears.EmployerArrears> all = debtors(a, day);
        PageRequest request = PageRequest.of(page == null ? 0 : page, PAGE_SIZE);
        Page<Arrears.EmployerArrears> shown = Page.of(all.subList((int) Math.min(all.size(), request.offset()),
                (int) Math.min(all.size(), request.offset() + request.size())), request, all.size());
        String link = "/debtors?area=" + a.code() + "&asOf=" + day;
        return ListPage.show(model, spreadsheets.text("debtors.title") + " · " + a.name(),
                spreadsheets.format(Table.Kind.DATE, day), table(shown.items()), shown, link + "&page=",
                link + "&format=xlsx");
    }

    @GetMapping(path = "/debtors", params = "format=xlsx")
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> export(@RequestParam String area,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Area a = areas.area(area);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return spreadsheets.download("debtors-" + a.code() + "-" + day, table(debtors(a, day)));
    }

    private List<Arrears.EmployerArrears> debtors(Area area, LocalDate asOf) {
        Map<String, Payer> employers = payers.employersIn(new AreaScope(area.path()).likePattern());
        return arrears.of(employers, asOf).stream()
                .filter(e -> e.debt() > 0)
                .sorted(Comparator.comparingLong(Arrears.EmployerArrears::debt).reversed()
                        .thenComparing(e -> e.employer().code()))
                .toList();
    }

    private Table table(List<Arrears.EmployerArrears> debtors) {
        Table.Builder table = Table.titled("debtors.title")
                .column("employer.unitCode", Table.Kind.TEXT)
                .column("employer.name", Table.Kind.TEXT)
                .column("employer.taxCode", Table.Kind.TEXT)
                .column("debt.debt", Table.Kind.MONEY)
                .column("debt.interest", Table.Kind.MONEY)
                .column("debtors.oldestMonth", Table.Kind.TEXT)
                .column("debtors.daysLate", Table.Kind.NUMBER)
                .column("debtors.evasion", Table.Kind.TEXT);
        for (Arrears.EmployerArrears e : debtors) {
            long daysLate = e.dues().stream().mapToLong(Arrears.LateDue::daysLate).max().orElse(0);
            table.row("/employers/" + e.employer().code(), e.employer().code(), e.employer().name(),
                    e.employer().taxCode(), e.debt(), e.interest(),
                    e.oldest().map(d -> d.period().toString()).orElse(null), daysLate,
                    spreadsheets.text(e.evasion() ? "yes" : "no"));
        }
        return table.build();
    }
}
