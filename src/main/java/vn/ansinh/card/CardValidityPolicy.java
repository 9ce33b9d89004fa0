package vn.ansinh.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import vn.ansinh.collection.EmployerPaymentStanding;
import vn.ansinh.collection.PaidHiSpan;

/**
 * How far a card runs, from what was actually paid. Employees: to the end of the last month their employer has fully
 * paid, and while the employer is in arrears the months after it are the employer's to pay for (an exposure).
 * Households and budget-supported participants (who pay a share themselves): the months they have paid, as the
 * collection ledger shows them, however far in advance. Budget-paid groups: the calendar year of the run. Groups the
 * SI funds pay for (pensioners, benefit recipients): the participation period to the end of the run's year. Never
 * outside the participation period nor past the holder's death.
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
                           LocalDate employmentStart, EmployerPaymentStanding standing, PaidHiSpan paid,
                           LocalDate dateOfDeath) {
        LocalDate yearEnd = LocalDate.of(on.getYear(), 12, 31);
        LocalDate lastDay = participationTo == null ? LocalDate.MAX : participationTo;
        if (dateOfDeath != null && dateOfDeath.isBefore(lastDay)) {
            lastDay = dateOfDeath;
        }
        LocalDate toYearEnd = earlier(lastDay, yearEnd);
        return switch (funding) {
            case EMPLOYER -> employee(on, participationFrom, toYearEnd, employmentStart, standing);
            case BUDGET -> span(later(participationFrom, LocalDate.of(on.getYear(), 1, 1)), toYearEnd);
            case SI_FUND -> span(participationFrom, toYearEnd);
            case SUPPORTED, HOUSEHOLD -> paid == null ? Decision.none()
                    : span(later(participationFrom, paid.first().atDay(1)), earlier(lastDay, paid.last().atEndOfMonth()));
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
