package vn.ansinh.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import vn.ansinh.collection.EmployerPaymentStanding;

/**
 * How far a card runs, from what was actually paid. Employees: to the end of the last month their employer has fully
 * paid, and while the employer is in arrears the months after it are the employer's to pay for (an exposure).
 * Budget-paid groups: the calendar year of the run. Others (pensioners, supported and household groups): the
 * participation period, because their payments are not in the ledger yet. No card runs past the end of the run's
 * year (next year's run extends it) nor past the holder's death.
 */
final class CardValidityPolicy {

    private CardValidityPolicy() {
    }

    record Span(LocalDate from, LocalDate to) {
    }

    /** The card's span, empty when nothing paid covers the run date's person; and the uncovered span, if any. */
    record Decision(Optional<Span> card, Optional<Span> exposure) {
        static Decision none() {
            return new Decision(Optional.empty(), Optional.empty());
        }
    }

    static Decision decide(Funding funding, LocalDate on, LocalDate participationFrom, LocalDate participationTo,
                           LocalDate employmentStart, EmployerPaymentStanding standing, LocalDate dateOfDeath) {
        LocalDate yearEnd = LocalDate.of(on.getYear(), 12, 31);
        LocalDate to = participationTo == null ? yearEnd : earlier(participationTo, yearEnd);
        if (dateOfDeath != null && dateOfDeath.isBefore(to)) {
            to = dateOfDeath;
        }
        return switch (funding) {
            case EMPLOYER -> employee(on, participationFrom, to, employmentStart, standing);
            case BUDGET -> span(later(participationFrom, LocalDate.of(on.getYear(), 1, 1)), to);
            case SI_FUND, SUPPORTED, HOUSEHOLD -> span(participationFrom, to);
        };
    }

    private static Decision employee(LocalDate on, LocalDate participationFrom, LocalDate lastDay,
                                     LocalDate employmentStart, EmployerPaymentStanding standing) {
        if (employmentStart == null) {
            return Decision.none();
        }
        LocalDate from = later(participationFrom, employmentStart);
        YearMonth paidThrough = standing == null ? null : standing.paidThrough();
        Optional<Span> card = paidThrough == null ? Optional.empty()
                : span(from, earlier(lastDay, paidThrough.atEndOfMonth())).card();
        Optional<Span> exposure = Optional.empty();
        if (standing != null && standing.inArrears()) {
            LocalDate uncoveredFrom = paidThrough == null ? from : later(from, paidThrough.plusMonths(1).atDay(1));
            LocalDate uncoveredTo = earlier(lastDay, YearMonth.from(on).atEndOfMonth());
            if (!uncoveredTo.isBefore(uncoveredFrom)) {
                exposure = Optional.of(new Span(uncoveredFrom, uncoveredTo));
            }
        }
        return new Decision(card, exposure);
    }

    private static Decision span(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? Decision.none() : new Decision(Optional.of(new Span(from, to)), Optional.empty());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
