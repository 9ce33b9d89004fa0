package vn.ansinh.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ansinh.dashboard.DashboardPanel;
import vn.ansinh.dashboard.DashboardQuery;
import vn.ansinh.dashboard.Panel;
import vn.ansinh.security.Actors;
import vn.ansinh.security.Role;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The dashboard's collection sections, from {@link CollectionFigures} and {@link DebtFigures}: money collected
 * against the plan, and employers' debt with its ratio and ageing. Shown to those who read collection figures.
 */
@Configuration(proxyBeanMethods = false)
class CollectionPanels {

    @Bean
    DashboardPanel collectionPanel(CollectionFigures figures) {
        return new Section("collection", 20) {
            @Override
            Panel build(DashboardQuery query) {
                AreaCollection c = figures.ofArea(query.area().code(), query.year(), query.asOf());
                String employers = "/employers?area=" + query.area().code();
                // The plan's screen is the managers'; others see the figure without a link.
                String plans = Actors.current().authorities().contains(Role.MANAGER.authority())
                        || Actors.current().authorities().contains(Role.ADMINISTRATOR.authority())
                        ? "/targets/" + query.area().code() + "?year=" + query.year() : null;
                List<Panel.Figure> shown = List.of(
                        new Panel.Figure("collection.collected", Table.Kind.MONEY, c.collected(), c.plannedAmount(), employers),
                        new Panel.Figure("collection.shareOfPlan", Table.Kind.PERCENT, c.shareOfPlanPercent(), null, plans),
                        new Panel.Figure("collection.planned", Table.Kind.MONEY, c.plannedAmount(), null, plans),
                        new Panel.Figure("collection.dues", Table.Kind.MONEY, c.duesYearToDate(), null, employers));
                Table.Builder rows = Table.titled("collection.byArea")
                        .column("area.name", Table.Kind.TEXT)
                        .column("collection.planned", Table.Kind.MONEY)
                        .column("collection.collected", Table.Kind.MONEY)
                        .column("collection.shareOfPlan", Table.Kind.PERCENT)
                        .column("collection.dues", Table.Kind.MONEY)
                        .column("debt.debt", Table.Kind.MONEY)
                        .column("debt.ratio", Table.Kind.PERCENT)
                        .column("debt.shareOfPlan", Table.Kind.PERCENT);
                for (AreaCollection child : c.children()) {
                    rows.row(query.linkTo(child.areaCode()), child.areaName(), child.plannedAmount(), child.collected(),
                            child.shareOfPlanPercent(), child.duesYearToDate(), child.debt(), child.debtRatioPercent(),
                            child.debtShareOfPlanPercent());
                }
                return new Panel(key(), "collection.title", shown, List.of(rows.build()), null);
            }
        };
    }

    @Bean
    DashboardPanel debtPanel(DebtFigures debts, Spreadsheets text) {
        return new Section("debt", 30) {
            @Override
            Panel build(DashboardQuery query) {
                AreaDebt d = debts.ofArea(query.area().code(), query.asOf());
                String debtors = "/debtors?area=" + query.area().code() + "&asOf=" + query.asOf();
                List<Panel.Figure> shown = List.of(
                        new Panel.Figure("debt.debt", Table.Kind.MONEY, d.debt(), null, debtors),
                        new Panel.Figure("debt.ratio", Table.Kind.PERCENT, d.debtRatioPercent(), null, debtors),
                        new Panel.Figure("debt.employers", Table.Kind.NUMBER, d.employersInDebt(), null, debtors),
                        new Panel.Figure("debt.interest", Table.Kind.MONEY, d.interest(), null, debtors));
                Table.Builder ageing = Table.titled("debt.ageing")
                        .column("debt.age", Table.Kind.TEXT)
                        .column("debt.debt", Table.Kind.MONEY);
                d.debtByAge().forEach((age, amount) -> ageing.row(null, text.text("debt.age." + age.name()), amount));
                Table.Builder byArea = Table.titled("debt.byArea")
                        .column("area.name", Table.Kind.TEXT)
                        .column("debt.debt", Table.Kind.MONEY);
                for (DebtAge age : DebtAge.values()) {
                    byArea.column("debt.age." + age.name(), Table.Kind.MONEY);
                }
                byArea.column("debt.ratio", Table.Kind.PERCENT).column("debt.employers", Table.Kind.NUMBER);
                for (AreaDebt child : d.children()) {
                    Object[] cells = new Object[DebtAge.values().length + 4];
                    cells[0] = child.areaName();
                    cells[1] = child.debt();
                    for (DebtAge age : DebtAge.values()) {
                        cells[2 + age.ordinal()] = child.debtByAge().get(age);
                    }
                    cells[cells.length - 2] = child.debtRatioPercent();
                    cells[cells.length - 1] = child.employersInDebt();
                    byArea.row(query.linkTo(child.areaCode()), cells);
                }
                return new Panel(key(), "debt.title", shown, List.of(ageing.build(), byArea.build()), null);
            }
        };
    }

    /** A collection section, shown only to the roles that read collection figures. */
    abstract static class Section implements DashboardPanel {

        private final String key;
        private final int order;

        Section(String key, int order) {
            this.key = key;
            this.order = order;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Optional<Panel> panel(DashboardQuery query) {
            var authorities = Actors.current().authorities();
            boolean reads = authorities.contains(Role.ADMINISTRATOR.authority())
                    || authorities.contains(Role.COLLECTION_OFFICER.authority())
                    || authorities.contains(Role.MANAGER.authority());
            return reads ? Optional.of(build(query)) : Optional.empty();
        }

        abstract Panel build(DashboardQuery query);
    }
}
