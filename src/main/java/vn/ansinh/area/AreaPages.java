package vn.ansinh.area;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;

/** The staff UI's area pages: an area's figures for this year and the areas under it. */
@Controller
class AreaPages {

    private final Areas areas;
    private final AreaFigures figures;
    private final Clock clock;

    AreaPages(Areas areas, AreaFigures figures, Clock clock) {
        this.areas = areas;
        this.figures = figures;
        this.clock = clock;
    }

    record Row(Area area, AreaStatistic stat) {
    }

    @GetMapping("/areas")
    String scopeRoot() {
        String path = Actors.current().scope().path();
        String[] codes = path.substring(1).split("/");
        return codes.length == 0 || codes[0].isEmpty() ? "redirect:/" : "redirect:/areas/" + codes[codes.length - 1];
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, Model model) {
        Area area = areas.byCode(code).orElseThrow(() -> new NotFound("Area", code));
        Actors.requireInScope(area.path(), "Area " + code);
        int year = LocalDate.now(clock).getYear();
        List<Area> ancestors = new ArrayList<>();
        for (String ancestor : area.path().substring(1).split("/")) {
            if (!ancestor.equals(area.code())) {
                areas.byCode(ancestor).filter(a -> Actors.current().scope().covers(a.path())).ifPresent(ancestors::add);
            }
        }
        Map<Long, AreaStatistic> childStats = figures.statisticsOfChildren(area.id(), year).stream()
                .collect(Collectors.toMap(AreaFigures.ChildStatistic::areaId, AreaFigures.ChildStatistic::statistic));
        model.addAttribute("area", area);
        model.addAttribute("ancestors", ancestors);
        model.addAttribute("year", year);
        model.addAttribute("stat", latest(figures.statistics(code), year).orElse(null));
        model.addAttribute("target", figures.target(code, year).orElse(null));
        model.addAttribute("children", areas.children(area.id()).stream()
                .map(child -> new Row(child, childStats.get(child.id()))).toList());
        return "area/area";
    }

    private static Optional<AreaStatistic> latest(List<AreaStatistic> stats, int year) {
        return stats.stream().filter(s -> s.year() <= year).reduce((a, b) -> b);
    }

}
