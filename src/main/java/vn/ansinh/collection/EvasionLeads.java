package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.Employers;
import vn.ansinh.employer.TaxCode;
import vn.ansinh.parameter.NotInForce;
import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.security.OutOfScope;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Evasion leads from the tax authority's incomes ({@link ImportingTaxIncomes}): per employer tax code, the people taxed
 * as its employees in a month
 * <ul>
 * <li>with no employment at that employer in force at any time in the month (NOT_REGISTERED; every person of a tax
 * code not in the employer register is one), or</li>
 * <li>whose SI salary in force on their last day of the month is below the taxed income capped at the month's SI
 * ceiling by more than the tolerance, a share of that capped income (UNDER_DECLARED; 5 % unless
 * {@code ansinh.collection.evasion-leads.tolerance-percent} says otherwise: allowances that are taxed but are no SI
 * salary make small differences normal).</li>
 * </ul>
 * Estimated unpaid contributions of a line = the month's compulsory rates, employer and employee, every fund together
 * (from its {@link RateBook}: 32 % in 2024) x the missing base: the capped taxed income for NOT_REGISTERED, the capped
 * taxed income minus the declared salary for UNDER_DECLARED. It assumes a Vietnamese worker and the standard
 * occupational accident rate, and uses the SI ceiling for every fund: an estimate to rank leads, not an assessment.
 * Months before the recorded rates are left out. Employers are ranked by their estimate.
 * <p>
 * Scope: registered employers by their commune; unregistered ones (no commune) only for province-level scopes.
 */
@Service
@Transactional(readOnly = true)
public class EvasionLeads {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvasionLeads.class);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 1);
    private static final int MAX_NOTE = 2000;

    private final LeadLines lines;
    private final RateBooks rateBooks;
    private final CollectionAreas areas;
    private final Employers employers;
    private final AuditLog audit;
    private final long toleranceBp;

    EvasionLeads(LeadLines lines, RateBooks rateBooks, CollectionAreas areas, Employers employers, AuditLog audit,
                 @Value("${ansinh.collection.evasion-leads.tolerance-percent:5}") BigDecimal tolerancePercent) {
        this.lines = lines;
        this.rateBooks = rateBooks;
        this.areas = areas;
        this.employers = employers;
        this.audit = audit;
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("the under-declaration tolerance is a percentage from 0 to below 100");
        }
        this.toleranceBp = Dong.basisPoints(tolerancePercent);
    }

    /**
     * Employers with open leads in the area (the actor's whole area by default) for the months from..to (either may be
     * open), the largest estimate first.
     */
    public Page<EvasionLead> ranked(String areaCode, YearMonth from, YearMonth to, boolean includeHandled,
                                    PageRequest page) {
        requireOrder(from, to);
        AreaScope scope = areas.scope(areaCode);
        LeadLines.Filter filter = new LeadLines.Filter(null, scope.likePattern(), unregisteredVisible(scope),
                includeHandled);
        LeadLines.MonthRates rates = rates(from, to);
        if (rates.months().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        LeadLines.Ranked ranked = lines.ranked(rates, toleranceBp, filter, page.size(), page.offset());
        long total = ranked.total() >= 0 ? ranked.total()
                : page.offset() == 0 ? 0 : lines.count(rates, toleranceBp, filter);
        return Page.of(ranked.leads(), page, total);
    }

    /** One employer's lead: its people and months, and what officers noted on it. */
    public EvasionLeadDetail of(String taxCode, YearMonth from, YearMonth to, boolean includeHandled, PageRequest page) {
        String code = visible(taxCode);
        requireOrder(from, to);
        LeadLines.MonthRates rates = rates(from, to);
        LeadLines.Filter filter = new LeadLines.Filter(code, "%", true, includeHandled);
        Optional<EvasionLead> lead = rates.months().isEmpty() ? Optional.empty()
                : lines.lead(rates, toleranceBp, filter);
        List<LeadHandling> handlings = lines.handlings(code);
        if (lead.isEmpty() && handlings.isEmpty()) {
            throw new NotFound("Evasion lead", code);
        }
        List<EvasionLeadLine> items = lead.isEmpty() ? List.of()
                : lines.lines(rates, toleranceBp, filter, page.size(), page.offset());
        return new EvasionLeadDetail(lead.orElse(null),
                Page.of(items, page, lead.map(EvasionLead::personMonths).orElse(0)), handlings);
    }

    /** Notes that the employer's open lead lines (of the months from..to) were handled; 409 when none is open. */
    @Transactional
    public LeadHandling markHandled(String taxCode, YearMonth from, YearMonth to, String note) {
        String code = visible(taxCode);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new InvalidInput("note", "must have 1 to " + MAX_NOTE + " characters");
        }
        requireOrder(from, to);
        lines.lock(code);
        LeadLines.MonthRates rates = rates(from, to);
        LeadLines.Handled handled = (rates.months().isEmpty() ? Optional.<LeadLines.Handled>empty()
                : lines.markHandled(rates, toleranceBp, new LeadLines.Filter(code, "%", true, false), text,
                Actors.current().name(), from, to))
                .orElseThrow(() -> new Conflict("taxCode", "the lead of " + code + " has no open lines"
                        + (from == null && to == null ? "" : " in the months asked for")));
        LeadHandling handling = lines.handling(handled.id()).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("handlingId", handling.id());
        view.put("note", handling.note());
        view.put("from", from == null ? null : from.toString());
        view.put("to", to == null ? null : to.toString());
        view.put("lines", handling.lines());
        view.put("estimatedAmount", handling.estimatedAmount());
        audit.record("HANDLE", "evasion_lead", code, null, view);
        return handling;
    }

    /** The tax code in its compact form, if the actor may see its lead (403 otherwise). */
    private String visible(String taxCode) {
        String code = TaxCode.compact(taxCode);
        TaxCode.problem(code).ifPresent(reason -> {
            throw new InvalidInput("taxCode", reason);
        });
        Optional<EmployerSummary> employer = employers.byTaxCode(code);
        if (employer.isPresent()) {
            Actors.requireInScope(employer.get().areaPath(), "employer " + employer.get().unitCode());
        } else if (!unregisteredVisible(Actors.current().scope())) {
            throw new OutOfScope("unregistered employer " + code + " (seen by province offices only)");
        }
        return code;
    }

    /** An unregistered employer has no commune: a province office (or the whole country) sees it. */
    private static boolean unregisteredVisible(AreaScope scope) {
        return scope.depth() <= 1;
    }

    private static void requireOrder(YearMonth from, YearMonth to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to (" + to + ")");
        }
    }

    /** The rates of every month with tax incomes from..to that has recorded rates. */
    private LeadLines.MonthRates rates(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        List<Long> basisPoints = new ArrayList<>();
        List<Long> ceilings = new ArrayList<>();
        for (YearMonth month : lines.monthsWithIncomes(from == null ? EARLIEST : from.atDay(1),
                to == null ? LATEST : to.atDay(1))) {
            RateBook book = rateBooks.forMonth(month);
            try {
                BigDecimal total = book.compulsoryRates(false, false).stream().map(RateBook.CompulsoryRate::ratePercent)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                long ceiling = book.siHiSalaryCeiling();
                months.add(month);
                basisPoints.add(Dong.basisPoints(total));
                ceilings.add(ceiling);
            } catch (NotInForce e) {
                log.debug("tax incomes of {} left out of evasion leads: {}", month, e.getMessage());
            }
        }
        return new LeadLines.MonthRates(months, basisPoints, ceilings);
    }
}
