package vn.ansinh.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.dashboard.DashboardPanel;
import vn.ansinh.dashboard.DashboardQuery;
import vn.ansinh.dashboard.Panel;
import vn.ansinh.web.Table;

/** The dashboard's coverage section: SI and HI coverage against the year's target, the trend, and the areas below. */
@Component
class CoveragePanel implements DashboardPanel {

    /** The trend shows this many years up to the one asked for. */
    static final int TREND_YEARS = 8;

    private final CoverageFigures coverage;

    CoveragePanel(CoverageFigures coverage) {
        this.coverage = coverage;
    }

    @Override
    public String key() {
        return "coverage";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel(DashboardQuery query) {
        CoverageFigures.Coverage c = coverage.ofArea(query.area(), query.year(), query.asOf());
        String people = "/people/covered?area=" + query.area().code() + "&on=" + query.asOf() + "&scheme=";
        List<Panel.Figure> figures = List.of(
                new Panel.Figure("coverage.siShare", Table.Kind.PERCENT, c.siPercent(), c.siTarget(), people + "SI"),
                new Panel.Figure("coverage.hiShare", Table.Kind.PERCENT, c.hiPercent(), c.hiTarget(), people + "HI"),
                new Panel.Figure("coverage.siParticipants", Table.Kind.NUMBER, c.siParticipants(), null, people + "SI"),
                new Panel.Figure("coverage.hiParticipants", Table.Kind.NUMBER, c.hiParticipants(), null, people + "HI"),
                new Panel.Figure("area.labourForce", Table.Kind.NUMBER, c.labourForce(), null, "/areas/" + c.areaCode()),
                new Panel.Figure("area.population", Table.Kind.NUMBER, c.population(), null, "/areas/" + c.areaCode()));

        Table.Builder children = Table.titled("coverage.byArea")
                .column("area.name", Table.Kind.TEXT)
                .column("area.labourForce", Table.Kind.NUMBER)
                .column("coverage.siParticipants", Table.Kind.NUMBER)
                .column("coverage.siShare", Table.Kind.PERCENT)
                .column("coverage.siTarget", Table.Kind.PERCENT)
                .column("area.population", Table.Kind.NUMBER)
                .column("coverage.hiParticipants", Table.Kind.NUMBER)
                .column("coverage.hiShare", Table.Kind.PERCENT)
                .column("coverage.hiTarget", Table.Kind.PERCENT);
        for (CoverageFigures.Coverage child : coverage.ofChildren(query.area(), query.year(), query.asOf())) {
            children.row(query.linkTo(child.areaCode()), child.areaName(), child.labourForce(), child.siParticipants(),
                    child.siPercent(), child.siTarget(), child.population(), child.hiParticipants(), child.hiPercent(),
                    child.hiTarget());
        }

        List<CoverageFigures.Coverage> trend = coverage.trend(query.area(), query.year() - TREND_YEARS + 1, c);
        Table.Builder years = Table.titled("coverage.trend")
                .column("dashboard.year", Table.Kind.TEXT)
                .column("coverage.siParticipants", Table.Kind.NUMBER)
                .column("coverage.siShare", Table.Kind.PERCENT)
                .column("coverage.siTarget", Table.Kind.PERCENT)
                .column("coverage.hiParticipants", Table.Kind.NUMBER)
                .column("coverage.hiShare", Table.Kind.PERCENT)
                .column("coverage.hiTarget", Table.Kind.PERCENT);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> si = new ArrayList<>();
        List<BigDecimal> siTarget = new ArrayList<>();
        List<BigDecimal> hi = new ArrayList<>();
        List<BigDecimal> hiTarget = new ArrayList<>();
        for (CoverageFigures.Coverage point : trend) {
            labels.add(String.valueOf(point.year()));
            si.add(point.siPercent());
            siTarget.add(point.siTarget());
            hi.add(point.hiPercent());
            hiTarget.add(point.hiTarget());
            years.row(null, String.valueOf(point.year()), point.siParticipants(), point.siPercent(), point.siTarget(),
                    point.hiParticipants(), point.hiPercent(), point.hiTarget());
        }
        Panel.Chart chart = new Panel.Chart("coverage.trend", labels, List.of(
                new Panel.Series("coverage.siShare", si, false), new Panel.Series("coverage.siTarget", siTarget, true),
                new Panel.Series("coverage.hiShare", hi, false), new Panel.Series("coverage.hiTarget", hiTarget, true)));
        return Optional.of(new Panel(key(), "coverage.title", figures, List.of(children.build(), years.build()), chart));
    }
}
