package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Employers' arrears at the close of a day: contribution dues unpaid after their deadline, and interest charged and
 * unpaid. What demand notices, evasion cases and debt figures are made of. Dues not yet at their deadline are no
 * debt.
 */
@Component
class Arrears {

    /** A due unpaid after its deadline. */
    record LateDue(YearMonth period, Fund fund, LocalDate deadline, long outstanding, long daysLate,
                   Optional<String> evasion) {
    }

    /** One employer's arrears; {@code dues} oldest month first. */
    record EmployerArrears(Payer employer, LocalDate asOf, List<LateDue> dues, long interest) {

        long debt() {
            return dues.stream().mapToLong(LateDue::outstanding).sum();
        }

        boolean evasion() {
            return dues.stream().anyMatch(d -> d.evasion().isPresent());
        }

        Optional<LateDue> oldest() {
            return dues.stream().min(Comparator.comparing(LateDue::period));
        }

        Map<Fund, Long> byFund() {
            Map<Fund, Long> byFund = new EnumMap<>(Fund.class);
            dues.forEach(d -> byFund.merge(d.fund(), d.outstanding(), Long::sum));
            return byFund;
        }

        /** The late dues grouped by contribution month, oldest first. */
        Map<YearMonth, List<LateDue>> byMonth() {
            return dues.stream().collect(Collectors.groupingBy(LateDue::period, TreeMap::new, Collectors.toList()));
        }
    }

    private final DueHistories histories;
    private final EvasionRule evasion;

    Arrears(DueHistories histories, EvasionRule evasion) {
        this.histories = histories;
        this.evasion = evasion;
    }

    /** Arrears of these employers (by unit code), leaving out those that owe nothing after a deadline. */
    List<EmployerArrears> of(Map<String, Payer> employers, LocalDate asOf) {
        OptionalInt evasionDays = evasion.daysOn(asOf);
        Map<String, List<LateDue>> dues = new LinkedHashMap<>();
        for (DueHistories.OpenDue due : histories.open(PayerKind.EMPLOYER, employers.keySet(), asOf)) {
            long late = due.daysLate(asOf);
            if (late > 0) {
                dues.computeIfAbsent(due.payerCode(), k -> new ArrayList<>()).add(new LateDue(due.period(), due.fund(),
                        due.deadline(), due.outstanding(), late,
                        EvasionRule.decide(due.deadline(), due.outstanding(), asOf, evasionDays)));
            }
        }
        Map<String, Long> interest = histories.interestOutstanding(PayerKind.EMPLOYER, employers.keySet(), asOf);
        List<EmployerArrears> arrears = new ArrayList<>();
        for (Payer employer : employers.values()) {
            List<LateDue> late = dues.getOrDefault(employer.code(), List.of());
            long unpaidInterest = Math.max(0, interest.getOrDefault(employer.code(), 0L));
            if (!late.isEmpty() || unpaidInterest > 0) {
                arrears.add(new EmployerArrears(employer, asOf, late, unpaidInterest));
            }
        }
        return arrears;
    }

    Optional<EmployerArrears> of(Payer employer, LocalDate asOf) {
        return of(Map.of(employer.code(), employer), asOf).stream().findFirst();
    }
}
