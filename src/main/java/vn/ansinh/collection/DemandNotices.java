package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Monthly demand notices (RULES.md §10: sent in the first days of each month): every employer in the actor's area
 * that owed contributions past their deadline, or unpaid interest, at the end of the previous month.
 */
@Service
@Transactional(readOnly = true)
public class DemandNotices {

    private final Payers payers;
    private final Arrears arrears;
    private final DemandNoticePdf pdf;
    private final Clock clock;

    DemandNotices(Payers payers, Arrears arrears, DemandNoticePdf pdf, Clock clock) {
        this.payers = payers;
        this.arrears = arrears;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The notices of a month, by unit code. */
    public Page<DemandNotice> of(YearMonth month, PageRequest page) {
        LocalDate asOf = debtDate(month);
        List<DemandNotice> notices = arrears.of(payers.employersIn(Actors.current().scope().likePattern()), asOf)
                .stream().map(a -> notice(a, month)).toList();
        int from = (int) Math.min(page.offset(), notices.size());
        return Page.of(notices.subList(from, Math.min(from + page.size(), notices.size())), page, notices.size());
    }

    /** One employer's notice of a month; 404 when it owed nothing then. */
    public DemandNotice forEmployer(String unitCode, YearMonth month) {
        LocalDate asOf = debtDate(month);
        Payer employer = payers.find(PayerKind.EMPLOYER, unitCode)
                .orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(employer.areaPath(), "employer " + unitCode);
        return arrears.of(employer, asOf).map(a -> notice(a, month))
                .orElseThrow(() -> new NotFound("Debt of employer " + unitCode + " at", asOf));
    }

    /** The notice as a printable PDF in Vietnamese. */
    public byte[] pdf(String unitCode, YearMonth month) {
        return pdf.render(forEmployer(unitCode, month), LocalDate.now(clock));
    }

    /** The notices of a month state the debt at the end of the month before; a month still to come has none. */
    private LocalDate debtDate(YearMonth month) {
        if (month == null) {
            throw new InvalidInput("month", "is required, as YYYY-MM");
        }
        YearMonth now = YearMonth.now(clock);
        if (month.isAfter(now)) {
            throw new InvalidInput("month", month + " has not begun (this month is " + now + ")");
        }
        return month.minusMonths(1).atEndOfMonth();
    }

    private static DemandNotice notice(Arrears.EmployerArrears a, YearMonth month) {
        List<DemandNotice.Line> lines = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Arrears.LateDue>> m : a.byMonth().entrySet()) {
            Map<Fund, Long> byFund = new EnumMap<>(Fund.class);
            m.getValue().forEach(d -> byFund.merge(d.fund(), d.outstanding(), Long::sum));
            Arrears.LateDue first = m.getValue().get(0);
            lines.add(new DemandNotice.Line(m.getKey(), first.deadline(), first.daysLate(), byFund,
                    byFund.values().stream().mapToLong(Long::longValue).sum(),
                    m.getValue().stream().anyMatch(d -> d.evasion().isPresent())));
        }
        Payer e = a.employer();
        DemandNotice.Line oldest = lines.isEmpty() ? null : lines.get(0);
        return new DemandNotice(e.code(), e.name(), e.taxCode(), e.address(), e.provinceName(), month, a.asOf(), a.byFund(), a.debt(),
                a.interest(), a.debt() + a.interest(), oldest == null ? null : oldest.month(),
                oldest == null ? 0 : oldest.daysLate(), a.evasion(), lines);
    }
}
