package vn.ansinh.claim.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.dashboard.DashboardPanel;
import vn.ansinh.dashboard.DashboardQuery;
import vn.ansinh.dashboard.Panel;
import vn.ansinh.security.Actors;
import vn.ansinh.security.Role;
import vn.ansinh.web.Table;

/**
 * The dashboard's HI spending section: approved claims of the year against the area's budget with the year-end
 * projection, month by month against the year before, and the facilities standing out among their peers in the
 * year so far. Shown to managers, appraisers and administrators.
 */
@Component
class ClaimsPanel implements DashboardPanel {

    private final HealthInsuranceFund fund;
    private final AnomalyLeads anomalies;

    ClaimsPanel(HealthInsuranceFund fund, AnomalyLeads anomalies) {
        this.fund = fund;
        this.anomalies = anomalies;
    }

    @Override
    public String key() {
        return "claims";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Panel> panel(DashboardQuery query) {
        var authorities = Actors.current().authorities();
        boolean reads = authorities.contains(Role.ADMINISTRATOR.authority())
                || authorities.contains(Role.CLAIMS_APPRAISER.authority())
                || authorities.contains(Role.MANAGER.authority());
        if (!reads) {
            return Optional.empty();
        }
        YearMonth asOf = YearMonth.from(query.asOf());
        FundPosition position = fund.ofArea(query.area().code(), query.year(), asOf);
        String settlements = "/api/v1/claims/settlements?period=" + query.year();
        List<Panel.Figure> figures = List.of(
                new Panel.Figure("claims.spent", Table.Kind.MONEY, position.spent(), position.budget(), settlements),
                new Panel.Figure("claims.spentShareOfBudget", Table.Kind.PERCENT, position.spentShareOfBudgetPercent(),
                        null, null),
                new Panel.Figure("claims.projected", Table.Kind.MONEY, position.projectedYearEnd(), position.budget(), null),
                new Panel.Figure("claims.projectedShareOfBudget", Table.Kind.PERCENT,
                        position.projectedShareOfBudgetPercent(), null, null),
                new Panel.Figure("claims.inReview", Table.Kind.MONEY, position.inReview(), null,
                        "/claims/review"));
        Table.Builder months = Table.titled("claims.byMonth")
                .column("claims.month", Table.Kind.TEXT)
                .column("claims.thisYear", Table.Kind.MONEY)
                .column("claims.yearBefore", Table.Kind.MONEY);
        position.months().forEach(m -> months.row(null, m.month().toString(), m.approved(), m.approvedYearBefore()));
        Table.Builder leads = Table.titled("claims.anomalies")
                .column("claims.facility", Table.Kind.TEXT)
                .column("claims.indicator", Table.Kind.TEXT)
                .column("claims.value", Table.Kind.NUMBER)
                .column("claims.peerMedian", Table.Kind.NUMBER)
                .column("claims.timesMedian", Table.Kind.NUMBER);
        for (AnomalyLead lead : anomalies.of(new SettlementPeriod(String.valueOf(query.year()),
                YearMonth.of(query.year(), 1), asOf))) {
            leads.row("/claims/review?facility=" + lead.facilityCode(), lead.facilityCode() + " " + lead.facilityName(), lead.indicator(), lead.value(),
                    lead.peerMedian(), lead.timesMedian());
        }
        Panel.Chart chart = new Panel.Chart("claims.byMonth",
                position.months().stream().map(m -> m.month().toString()).toList(),
                List.of(new Panel.Series("claims.thisYear", position.months().stream().map(FundPosition.Month::approved)
                                .toList(), false),
                        new Panel.Series("claims.yearBefore", position.months().stream()
                                .map(FundPosition.Month::approvedYearBefore).toList(), true)));
        return Optional.of(new Panel(key(), "dashboard.claims.title", figures, List.of(months.build(), leads.build()),
                chart));
    }
}
