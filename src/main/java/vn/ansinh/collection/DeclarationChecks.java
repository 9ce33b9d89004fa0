package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.EmploymentDeclarations;
import vn.ansinh.employer.Employments;
import vn.ansinh.employer.SalaryPeriod;
import vn.ansinh.parameter.NotInForce;
import vn.ansinh.registry.CccdPolicy;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.shared.VietnameseText;

/**
 * Checks labour changes of one employer against the registers before any is applied, in order, each also against
 * the changes before it (a list that hires the same person twice, or leaves before it hires). A change is about a
 * registered person, with a valid CCCD (the registry's {@link CccdPolicy}) and the name and date of birth registered
 * for it (accents and case aside); a hire about someone not employed there on the day, any other change about
 * someone who is; a salary not below the regional minimum wage (one above the SI ceiling is flagged, not refused).
 * The employer register applies its own checks again when the change is applied; these give every reason at once.
 * Reasons never quote what the registry holds about a person (name, date of birth): an employer's system sees them.
 */
@Component
class DeclarationChecks {

    /** A change that passed, with the person it is about and the remark on its salary, if any. */
    record Accepted(LabourChange change, PersonSummary person, String salaryNote) {
    }

    /** The changes that passed, in order; the problems of the others; remarks that do not stop a change. */
    record Outcome(List<Accepted> accepted, List<RowIssue> errors, List<RowIssue> flags) {
    }

    private final PersonDirectory people;
    private final Employments employments;
    private final EmploymentDeclarations declarations;
    private final Clock clock;

    DeclarationChecks(PersonDirectory people, Employments employments, EmploymentDeclarations declarations,
                      Clock clock) {
        this.people = people;
        this.employments = employments;
        this.declarations = declarations;
        this.clock = clock;
    }

    Outcome check(EmployerSummary employer, List<LabourChange> changes) {
        Book book = new Book(employer);
        List<Accepted> accepted = new ArrayList<>();
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> flags = new ArrayList<>();
        YearMonth current = YearMonth.now(clock);
        for (LabourChange change : changes) {
            List<RowIssue> found = new ArrayList<>();
            PersonSummary person = person(change, found);
            String salaryNote = salary(employer, change, found);
            if (salaryNote != null) {
                flags.add(new RowIssue(change.line(), LabourChange.MONTHLY_SALARY, salaryNote));
            }
            if (change.kind().monthly()) {
                unpaidMonth(change, current, found);
            }
            if (person != null) {
                book.check(person, change, found);
            }
            if (found.isEmpty()) {
                book.apply(person, change);
                accepted.add(new Accepted(change, person, salaryNote));
            }
            errors.addAll(found);
        }
        return new Outcome(accepted, errors, flags);
    }

    /** The registered person the change is about, if the CCCD is valid and registered. */
    private PersonSummary person(LabourChange change, List<RowIssue> found) {
        CccdPolicy.Decision cccd = CccdPolicy.check(change.cccd(), null, null);
        if (!cccd.valid()) {
            found.add(issue(change, LabourChange.CCCD, String.join("; ", cccd.reasons())));
            return null;
        }
        Optional<PersonSummary> registered = people.byCccd(change.cccd());
        if (registered.isEmpty()) {
            found.add(issue(change, LabourChange.CCCD, "no person is registered with CCCD " + change.cccd()));
            return null;
        }
        PersonSummary person = registered.get();
        if (change.fullName() != null
                && !VietnameseText.searchKey(change.fullName()).equals(VietnameseText.searchKey(person.fullName()))) {
            found.add(issue(change, LabourChange.FULL_NAME, "'" + change.fullName()
                    + "' is not the name registered for CCCD " + change.cccd()));
        }
        if (change.dateOfBirth() != null && !change.dateOfBirth().equals(person.dateOfBirth())) {
            found.add(issue(change, LabourChange.DATE_OF_BIRTH, change.dateOfBirth()
                    + " is not the date of birth registered for CCCD " + change.cccd()));
        }
        return person;
    }

    /** Refuses a salary below the floor; returns the remark on one above the SI ceiling. */
    private String salary(EmployerSummary employer, LabourChange change, List<RowIssue> found) {
        if (!change.kind().statesSalary()) {
            return null;
        }
        try {
            EmploymentDeclarations.SalaryCheck salary = declarations.checkSalary(change.monthlySalary(),
                    employer.wageRegion(), change.effectiveDate());
            if (salary.belowFloor()) {
                found.add(issue(change, LabourChange.MONTHLY_SALARY, salary.note()));
            }
            return salary.aboveSiCeiling() ? salary.note() : null;
        } catch (NotInForce e) {
            found.add(issue(change, LabourChange.EFFECTIVE_DATE, e.reason()));
            return null;
        }
    }

    private static void unpaidMonth(LabourChange change, YearMonth current, List<RowIssue> found) {
        if (change.month().isAfter(current)) {
            found.add(issue(change, LabourChange.MONTH, change.month() + " has not begun: unpaid leave is declared "
                    + "for the current month or one before it"));
        }
        int days = change.month().lengthOfMonth();
        if (change.unpaidDays() > days) {
            found.add(issue(change, LabourChange.UNPAID_DAYS, change.month() + " has only " + days + " days"));
        }
    }

    private static RowIssue issue(LabourChange change, String field, String reason) {
        return new RowIssue(change.line(), field, reason);
    }

    /** Where a fact came from, to say so when a later change contradicts it. */
    private static String origin(int line) {
        return line == 0 ? "" : " (line " + line + ")";
    }

    /** An employment at the employer as recorded, then as the changes accepted so far leave it. */
    private static final class Tenure {
        final LocalDate start;
        final int hiredOn;
        LocalDate end;
        int leftOn;
        /** The first day of each salary, with the line that declared it (0: recorded). */
        final Map<LocalDate, Integer> salaries = new HashMap<>();

        Tenure(LocalDate start, LocalDate end, int hiredOn) {
            this.start = start;
            this.end = end;
            this.hiredOn = hiredOn;
        }

        boolean inForceOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }

        boolean inForceDuring(YearMonth month) {
            return !start.isAfter(month.atEndOfMonth()) && (end == null || !end.isBefore(month.atDay(1)));
        }

        String period() {
            return "from " + start + (end == null ? "" : " to " + end);
        }
    }

    /** The employer's employments of each person met so far, and the unpaid-leave months declared so far. */
    private final class Book {

        private final EmployerSummary employer;
        private final Map<Long, List<Tenure>> tenures = new HashMap<>();
        private final Map<String, Integer> unpaidMonths = new LinkedHashMap<>();

        Book(EmployerSummary employer) {
            this.employer = employer;
        }

        private List<Tenure> of(PersonSummary person) {
            return tenures.computeIfAbsent(person.id(), id -> employments.ofPerson(id).stream()
                    .filter(e -> e.employerId() == employer.id())
                    .map(e -> {
                        Tenure t = new Tenure(e.startDate(), e.endDate(), 0);
                        e.salaries().stream().map(SalaryPeriod::validFrom).forEach(from -> t.salaries.put(from, 0));
                        return t;
                    })
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll));
        }

        private Optional<Tenure> inForceOn(PersonSummary person, LocalDate day) {
            return of(person).stream().filter(t -> t.inForceOn(day)).findFirst();
        }

        private Optional<Tenure> inForceDuring(PersonSummary person, YearMonth month) {
            return of(person).stream().filter(t -> t.inForceDuring(month)).reduce((a, b) -> b);
        }

        void check(PersonSummary person, LabourChange change, List<RowIssue> found) {
            LocalDate day = change.effectiveDate();
            switch (change.kind()) {
                case HIRE -> {
                    Optional<Tenure> open = of(person).stream().filter(t -> t.end == null).findFirst();
                    Optional<Tenure> overlapping = of(person).stream().filter(t -> t.end != null && !t.end.isBefore(day)).findFirst();
                    if (open.isPresent()) {
                        found.add(issue(change, LabourChange.CCCD, "is already employed here " + open.get().period()
                                + origin(open.get().hiredOn) + "; declare the leave first"));
                    } else if (overlapping.isPresent()) {
                        found.add(issue(change, LabourChange.EFFECTIVE_DATE, "overlaps the employment here "
                                + overlapping.get().period() + origin(overlapping.get().leftOn)));
                    }
                }
                case LEAVE -> {
                    Optional<Tenure> tenure = inForceOn(person, day);
                    if (tenure.isEmpty()) {
                        found.add(notEmployed(person, change));
                    } else if (tenure.get().end != null) {
                        found.add(issue(change, LabourChange.EFFECTIVE_DATE, "the employment here "
                                + tenure.get().period() + " has already ended" + origin(tenure.get().leftOn)));
                    }
                }
                case SALARY_CHANGE -> {
                    Optional<Tenure> tenure = inForceOn(person, day);
                    if (tenure.isEmpty()) {
                        found.add(notEmployed(person, change));
                    } else if (tenure.get().start.equals(day)) {
                        found.add(issue(change, LabourChange.EFFECTIVE_DATE, "is the first day of the employment; "
                                + "the salary from then is the one declared with the hire"));
                    } else if (tenure.get().salaries.containsKey(day)) {
                        int line = tenure.get().salaries.get(day);
                        found.add(issue(change, LabourChange.EFFECTIVE_DATE, "a salary from " + day + " is already "
                                + (line == 0 ? "recorded" : "declared on line " + line)));
                    }
                }
                case UNPAID_LEAVE -> {
                    if (inForceDuring(person, change.month()).isEmpty()) {
                        found.add(notEmployed(person, change));
                    }
                    Integer line = unpaidMonths.get(person.id() + ":" + change.month());
                    if (line != null) {
                        found.add(issue(change, LabourChange.MONTH, "unpaid leave for " + change.month()
                                + " is already declared on line " + line));
                    }
                }
            }
        }

        private RowIssue notEmployed(PersonSummary person, LabourChange change) {
            String when = change.kind().monthly() ? "in " + change.month() : "on " + change.effectiveDate();
            List<Tenure> all = of(person);
            String known = all.isEmpty() ? "; no employment of theirs is recorded here"
                    : "; their employment here runs " + String.join(", ", all.stream().map(Tenure::period).toList());
            return issue(change, change.dateField(), "CCCD " + person.cccd() + " is not employed at unit "
                    + employer.unitCode() + " " + when + known);
        }

        /** What an accepted change does to the employments the next changes are checked against. */
        void apply(PersonSummary person, LabourChange change) {
            LocalDate day = change.effectiveDate();
            switch (change.kind()) {
                case HIRE -> {
                    Tenure hired = new Tenure(day, null, change.line());
                    hired.salaries.put(day, change.line());
                    of(person).add(hired);
                }
                case LEAVE -> inForceOn(person, day).ifPresent(t -> {
                    t.end = day;
                    t.leftOn = change.line();
                });
                case SALARY_CHANGE -> inForceOn(person, day).ifPresent(t -> t.salaries.put(day, change.line()));
                case UNPAID_LEAVE -> unpaidMonths.put(person.id() + ":" + change.month(), change.line());
            }
        }
    }
}
