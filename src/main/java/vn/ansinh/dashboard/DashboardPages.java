package vn.ansinh.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.area.Areas;
import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The dashboard of an area for a year: every module's {@link DashboardPanel}, with the areas one level down as
 * links (province, then district, then commune). Officers reach only areas inside their scope. The same panels make
 * the Excel download and the monthly PDF report.
 */
@Controller
class DashboardPages {

    /** The panel the claims module adds; until it exists the page keeps a marked place for it. */
    static final String CLAIMS_PANEL = "claims";
    static final int YEARS_SHOWN = 10;

    private final Areas areas;
    private final List<DashboardPanel> panels;
    private final Spreadsheets spreadsheets;
    private final MonthlyReportPdf reports;
    private final Clock clock;

    DashboardPages(Areas areas, List<DashboardPanel> panels, Spreadsheets spreadsheets, MonthlyReportPdf reports,
                   Clock clock) {
        this.areas = areas;
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        this.spreadsheets = spreadsheets;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @PreAuthorize("isAuthenticated()")
    String scopeRoot(@RequestParam(required = false) Integer year) {
        AreaScope scope = Actors.current().scope();
        Optional<Area> root = scope.depth() == 0
                ? areas.within(scope.likePattern(), AreaLevel.PROVINCE, PageRequest.of(0, 1)).items().stream().findFirst()
                : areas.byCode(lastCode(scope.path()));
        return root.map(a -> "redirect:" + DashboardQuery.link(a.code(), year(year))).orElse("redirect:/");
    }

    @GetMapping("/dashboard/{code}")
    @PreAuthorize("isAuthenticated()")
    String dashboard(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        DashboardQuery query = query(code, year(year));
        List<Panel> shown = panels(query);
        List<Integer> years = IntStream.rangeClosed(0, YEARS_SHOWN - 1).map(i -> today().getYear() - i).boxed().toList();
        model.addAttribute("query", query);
        model.addAttribute("area", query.area());
        model.addAttribute("ancestors", ancestors(query.area()));
        model.addAttribute("years", years);
        model.addAttribute("panels", shown);
        model.addAttribute("charts", shown.stream().filter(p -> p.chart() != null)
                .collect(java.util.stream.Collectors.toMap(Panel::key, p -> chart(p.chart()))));
        model.addAttribute("claimsPending", panels.stream().noneMatch(p -> CLAIMS_PANEL.equals(p.key())));
        model.addAttribute("month", YearMonth.from(query.asOf()));
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/{code}/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String panel) {
        DashboardQuery query = query(code, year(year));
        List<Table> tables = new ArrayList<>();
        for (Panel p : panels(query)) {
            if (panel == null || panel.equals(p.key())) {
                tables.add(figures(p));
                tables.addAll(p.tables());
            }
        }
        return spreadsheets.download("dashboard-" + query.area().code() + "-" + query.year()
                + (panel == null ? "" : "-" + panel), tables);
    }

    /** The monthly report of the area: every panel as of the month's last day (today for the running month). */
    @GetMapping("/dashboard/{code}/report")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> monthlyReport(@PathVariable String code,
                                         @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        YearMonth reported = month == null ? YearMonth.from(today()) : month;
        if (reported.isAfter(YearMonth.from(today()))) {
            throw new InvalidInput("month", "must not be after this month, was " + reported);
        }
        LocalDate asOf = reported.equals(YearMonth.from(today())) ? today() : reported.atEndOfMonth();
        DashboardQuery query = new DashboardQuery(area(code), reported.getYear(), asOf);
        byte[] pdf = reports.render(query, reported, panels(query).stream().map(p -> new MonthlyReportPdf.Section(p, figures(p))).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bao-cao-" + code + "-" + reported + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** The chart as plain lists and maps, which the template's JavaScript inlining writes as JSON. */
    private java.util.Map<String, Object> chart(Panel.Chart chart) {
        List<java.util.Map<String, Object>> series = chart.series().stream()
                .map(s -> java.util.Map.<String, Object>of("label", spreadsheets.text(s.labelKey()),
                        "data", s.values(),
                        "dashed", s.dashed()))
                .toList();
        return java.util.Map.of("labels", chart.labels(), "series", series);
    }

    private List<Panel> panels(DashboardQuery query) {
        return panels.stream().map(p -> p.panel(query)).flatMap(Optional::stream).toList();
    }

    /** A panel's headline figures as a table, for the downloads. */
    private Table figures(Panel panel) {
        Table.Builder table = Table.titled(panel.titleKey())
                .column("dashboard.figure", Table.Kind.TEXT)
                .column("dashboard.value", Table.Kind.NUMBER)
                .column("dashboard.target", Table.Kind.NUMBER)
                .column("dashboard.unit", Table.Kind.TEXT);
        for (Panel.Figure f : panel.figures()) {
            String unit = switch (f.kind()) {
                case MONEY -> "₫";
                case PERCENT -> "%";
                default -> "";
            };
            table.row(f.link(), spreadsheets.text(f.labelKey()), f.value(), f.target(), unit);
        }
        return table.build();
    }

    private DashboardQuery query(String code, int year) {
        LocalDate today = today();
        if (year > today.getYear() || year < 2000) {
            throw new InvalidInput("year", "must be between 2000 and " + today.getYear() + ", was " + year);
        }
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return new DashboardQuery(area(code), year, asOf);
    }

    private Area area(String code) {
        Area area = areas.byCode(code).orElseThrow(() -> new NotFound("Area", code));
        Actors.requireInScope(area.path(), "Area " + code);
        return area;
    }

    /** The areas above this one that the actor may open, province first. */
    private List<Area> ancestors(Area area) {
        List<Area> ancestors = new ArrayList<>();
        for (String code : area.path().substring(1).split("/")) {
            if (!code.equals(area.code())) {
                areas.byCode(code).filter(a -> Actors.current().scope().covers(a.path())).ifPresent(ancestors::add);
            }
        }
        return ancestors;
    }

    private int year(Integer year) {
        return year == null ? today().getYear() : year;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String lastCode(String path) {
        String[] codes = path.substring(1).split("/");
        return codes[codes.length - 1];
    }
}
