package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaFigures;
import vn.ansinh.area.Areas;
import vn.ansinh.area.CoverageTarget;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * Managers set, per area and year, the SI and HI coverage targets ({@link AreaFigures#setTarget}) and the collection
 * plan ({@link CollectionPlans#set}): one row for the area and one for each area under it. Both services audit.
 */
@Controller
class TargetPages {

    static final String MANAGERS = "hasAnyRole('ADMINISTRATOR','MANAGER')";

    private final CollectionAreas areas;
    private final Areas tree;
    private final AreaFigures figures;
    private final CollectionPlans plans;
    private final Spreadsheets spreadsheets;
    private final Clock clock;

    TargetPages(CollectionAreas areas, Areas tree, AreaFigures figures, CollectionPlans plans, Spreadsheets spreadsheets,
                Clock clock) {
        this.areas = areas;
        this.tree = tree;
        this.figures = figures;
        this.plans = plans;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    record Row(Area area, BigDecimal siTarget, BigDecimal hiTarget, Long plannedAmount) {
    }

    @GetMapping("/targets/{code}")
    @PreAuthorize(MANAGERS)
    String targets(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        Area area = areas.area(code);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("area", area);
        model.addAttribute("year", y);
        model.addAttribute("years", List.of(y - 1, y, y + 1));
        model.addAttribute("rows", rows(area, y));
        return "collection/targets";
    }

    @GetMapping(path = "/targets/{code}", params = "format=xlsx")
    @PreAuthorize(MANAGERS)
    ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam int year) {
        Area area = areas.area(code);
        Table.Builder table = Table.titled("targets.title")
                .column("area.code", Table.Kind.TEXT).column("area.name", Table.Kind.TEXT)
                .column("coverage.siTarget", Table.Kind.PERCENT).column("coverage.hiTarget", Table.Kind.PERCENT)
                .column("collection.planned", Table.Kind.MONEY);
        for (Row r : rows(area, year)) {
            table.row(null, r.area().code(), r.area().name(), r.siTarget(), r.hiTarget(), r.plannedAmount());
        }
        return spreadsheets.download("targets-" + area.code() + "-" + year, table.build());
    }

    @PostMapping("/targets/{code}")
    @PreAuthorize(MANAGERS)
    String save(@PathVariable String code, @RequestParam int year, @RequestParam String area,
                @RequestParam(required = false) String siTarget, @RequestParam(required = false) String hiTarget,
                @RequestParam(required = false) String plannedAmount, RedirectAttributes redirect) {
        Area page = areas.area(code);
        Area row = areas.area(area);
        try {
            BigDecimal si = decimal("siTarget", siTarget);
            BigDecimal hi = decimal("hiTarget", hiTarget);
            if ((si == null) != (hi == null)) {
                throw new InvalidInput(si == null ? "siTarget" : "hiTarget", "set both coverage targets or neither");
            }
            if (si != null) {
                figures.setTarget(row.code(), year, si, hi);
            }
            Long plan = amount(plannedAmount);
            if (plan != null) {
                plans.set(row.code(), year, plan);
            }
            redirect.addFlashAttribute("saved", row.name());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", row.name() + " · " + e.field() + ": " + e.reason());
        }
        return "redirect:/targets/" + page.code() + "?year=" + year;
    }

    private List<Row> rows(Area area, int year) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(area, year));
        tree.children(area.id()).forEach(child -> rows.add(row(child, year)));
        return rows;
    }

    private Row row(Area area, int year) {
        var target = figures.target(area.code(), year);
        return new Row(area, target.map(CoverageTarget::siLabourShare).orElse(null),
                target.map(CoverageTarget::hiPopulationShare).orElse(null),
                plans.of(area.code(), year).map(CollectionPlan::plannedAmount).orElse(null));
    }

    private static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + text + "' is not a percentage");
        }
    }

    /** Whole VND; the officer may type thousands separators (dots, commas or spaces). */
    private static Long amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("[.,\\s]", "");
        if (!digits.matches("[0-9]{1,18}")) {
            throw new InvalidInput("plannedAmount", "'" + text + "' is not a whole number of VND");
        }
        return Long.parseLong(digits);
    }
}
