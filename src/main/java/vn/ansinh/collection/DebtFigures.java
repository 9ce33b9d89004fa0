package vn.ansinh.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.area.Areas;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.InvalidInput;

/** Debt ageing and debt ratio of employers per area (RULES.md §11: debt as a share of what is due). */
@Service
@Transactional(readOnly = true)
public class DebtFigures {

    private final Areas areas;
    private final CollectionAreas collectionAreas;
    private final Payers payers;
    private final Arrears arrears;
    private final DueHistories histories;

    DebtFigures(Areas areas, CollectionAreas collectionAreas, Payers payers, Arrears arrears, DueHistories histories) {
        this.areas = areas;
        this.collectionAreas = collectionAreas;
        this.payers = payers;
        this.arrears = arrears;
        this.histories = histories;
    }

    /** The area's figures at the close of the day, with one row per area one level down. */
    public AreaDebt ofArea(String areaCode, LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidInput("asOf", "is required");
        }
        Area area = collectionAreas.area(areaCode);
        Map<String, Payer> employers = payers.employersIn(new AreaScope(area.path()).likePattern());
        List<Arrears.EmployerArrears> debts = arrears.of(employers, asOf);
        Map<String, Long> dues = histories.owed(PayerKind.EMPLOYER, employers.keySet(),
                YearMonth.of(asOf.getYear(), 1), YearMonth.from(asOf), asOf);

        List<AreaDebt> children = new ArrayList<>();
        for (Area child : areas.children(area.id())) {
            children.add(figures(child, asOf, debts, dues, employers, p -> child.contains(p.areaPath()), List.of()));
        }
        return figures(area, asOf, debts, dues, employers, p -> true, children);
    }

    private static AreaDebt figures(Area area, LocalDate asOf, List<Arrears.EmployerArrears> debts,
                                    Map<String, Long> dues, Map<String, Payer> employers, Predicate<Payer> inside,
                                    List<AreaDebt> children) {
        Map<DebtAge, Long> byAge = new EnumMap<>(DebtAge.class);
        for (DebtAge age : DebtAge.values()) {
            byAge.put(age, 0L);
        }
        long debt = 0;
        long interest = 0;
        int inDebt = 0;
        for (Arrears.EmployerArrears e : debts) {
            if (!inside.test(e.employer())) {
                continue;
            }
            for (Arrears.LateDue d : e.dues()) {
                byAge.merge(DebtAge.of(d.daysLate()), d.outstanding(), Long::sum);
            }
            debt += e.debt();
            interest += e.interest();
            if (e.debt() > 0) {
                inDebt++;
            }
        }
        long assessed = employers.values().stream().filter(inside)
                .mapToLong(p -> dues.getOrDefault(p.code(), 0L)).sum();
        BigDecimal ratio = assessed <= 0 ? null
                : BigDecimal.valueOf(debt).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP);
        return new AreaDebt(area.code(), area.name(), asOf, byAge, debt, interest, assessed, ratio, inDebt, children);
    }
}
