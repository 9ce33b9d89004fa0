package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/** Employers that evade contributions ({@link EvasionRule}) on a date, in the actor's area or one inside it. */
@Service
@Transactional(readOnly = true)
public class EvasionCases {

    private final CollectionAreas areas;
    private final Payers payers;
    private final Arrears arrears;
    private final Clock clock;

    EvasionCases(CollectionAreas areas, Payers payers, Arrears arrears, Clock clock) {
        this.areas = areas;
        this.payers = payers;
        this.arrears = arrears;
        this.clock = clock;
    }

    /** Cases on the date (today when null), by unit code; none before the evasion rule came into force. */
    public Page<EvasionCase> on(LocalDate date, String areaCode, PageRequest page) {
        LocalDate asOf = date == null ? LocalDate.now(clock) : date;
        Map<String, Payer> employers = payers.employersIn(areas.scope(areaCode).likePattern());
        List<EvasionCase> cases = arrears.of(employers, asOf).stream()
                .filter(Arrears.EmployerArrears::evasion)
                .map(EvasionCases::evasionCase)
                .toList();
        int from = (int) Math.min(page.offset(), cases.size());
        return Page.of(cases.subList(from, Math.min(from + page.size(), cases.size())), page, cases.size());
    }

    private static EvasionCase evasionCase(Arrears.EmployerArrears e) {
        List<Arrears.LateDue> evaded = e.dues().stream().filter(d -> d.evasion().isPresent()).toList();
        Arrears.LateDue oldest = evaded.get(0);
        return new EvasionCase(e.employer().code(), e.employer().name(), e.employer().address(), e.asOf(),
                evaded.stream().map(Arrears.LateDue::period).distinct().toList(),
                evaded.stream().mapToLong(Arrears.LateDue::outstanding).sum(), oldest.daysLate(), oldest.deadline());
    }
}
