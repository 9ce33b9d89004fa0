package vn.ansinh.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.InvalidInput;

/**
 * Collection figures per area and year for the dashboard ({@link AreaCollection} defines each figure): money
 * collected against the plan from the ledger, dues and debt from {@link DebtFigures}, for an area and each area one
 * level down.
 */
@Service
@Transactional(readOnly = true)
public class CollectionFigures {

    /*
     * The area and its children in one statement: each with its plan of the year and the money received in the year
     * to date from payers whose commune lies inside it (Payers.PAYERS locates every kind of payer).
     */
    private static final String COLLECTED = """
            with received as (
                select p.payer_kind, p.payer_code, sum(p.amount) as amount
                from ledger_posting p join ledger_journal j on j.id = p.journal_id
                where p.account = 'BANK' and j.booked_on between :first and :asOf
                group by 1, 2
            ),
            located as (
                select payer.path, r.amount
                from received r join (%s) payer on payer.kind = r.payer_kind and payer.code = r.payer_code
                where payer.path like :scope
            )
            select a.id, a.code, a.name, cp.planned_amount,
                   coalesce((select sum(l.amount) from located l where starts_with(l.path, a.path)), 0) as collected
            from area a
            left join collection_plan cp on cp.area_id = a.id and cp.year = :year
            where a.id = :area or (a.parent_id = :area and a.valid_to is null)
            order by a.id <> :area, a.code""".formatted(Payers.PAYERS);

    private final JdbcClient jdbc;
    private final CollectionAreas areas;
    private final DebtFigures debts;

    CollectionFigures(JdbcClient jdbc, CollectionAreas areas, DebtFigures debts) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.debts = debts;
    }

    /** The area's figures for the year at the close of {@code asOf} (a day of that year), with its children's. */
    public AreaCollection ofArea(String areaCode, int year, LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidInput("asOf", "is required");
        }
        if (asOf.getYear() != year) {
            throw new InvalidInput("asOf", "must be a day of " + year + ", was " + asOf);
        }
        Area area = areas.area(areaCode);
        AreaDebt debt = debts.ofArea(area.code(), asOf);
        Map<String, AreaDebt> childDebts = debt.children().stream()
                .collect(Collectors.toMap(AreaDebt::areaCode, Function.identity()));
        List<Row> rows = jdbc.sql(COLLECTED)
                .param("first", LocalDate.of(year, 1, 1)).param("asOf", asOf).param("year", year)
                .param("area", area.id()).param("scope", new AreaScope(area.path()).likePattern())
                .query((rs, i) -> new Row(rs.getString("code"), rs.getString("name"),
                        rs.getObject("planned_amount", Long.class), rs.getLong("collected")))
                .list();
        List<AreaCollection> children = rows.subList(1, rows.size()).stream()
                .map(r -> figures(r, year, asOf, childDebts.get(r.code()), List.of()))
                .toList();
        return figures(rows.get(0), year, asOf, debt, children);
    }

    private record Row(String code, String name, Long planned, long collected) {
    }

    private static AreaCollection figures(Row row, int year, LocalDate asOf, AreaDebt debt,
                                          List<AreaCollection> children) {
        long dues = debt == null ? 0 : debt.duesYearToDate();
        long owed = debt == null ? 0 : debt.debt();
        return new AreaCollection(row.code(), row.name(), year, asOf, row.collected(), row.planned(),
                AreaCollection.percent(row.collected(), row.planned()), dues, owed,
                debt == null ? null : debt.debtRatioPercent(), AreaCollection.percent(owed, row.planned()), children);
    }
}
