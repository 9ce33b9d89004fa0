package vn.ansinh.collection;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Enrols people in voluntary SI, changes their income, schedule or category from a later paid period, and stops
 * enrolments (RULES.md §5). Every write is audited and checked against the actor's area.
 * <p>
 * The rules: an enrolment starts this month or later (months gone by are not paid for; paying missing years in a lump
 * sum is not supported); the income must lie between the rural poverty line and VOLUNTARY_SI_INCOME_CEILING_MULTIPLE
 * x base salary in force in the month it applies from, as {@link ContributionCalculator#voluntary} checks; a person
 * has one voluntary enrolment at a time and none in a month touched by a compulsory employment ({@link CoverPolicy});
 * a change applies from the first month of a future paid period; a stop leaves the paid period under way intact.
 */
@Service
public class EnrollingVoluntaryParticipants {

    static final String ENTITY = "voluntary_enrolment";

    public record Enrolment(
            @NotBlank(message = "is required") String siCode,
            @NotNull(message = "is required, in whole VND") @Positive(message = "must be positive") Long income,
            @NotNull(message = "is required: MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY") PaymentSchedule schedule,
            @NotNull(message = "is required: POOR, NEAR_POOR, ETHNIC_MINORITY or OTHER") VoluntarySupportCategory category,
            @NotNull(message = "is required, as YYYY-MM") @Schema(type = "string", example = "2027-01") YearMonth startMonth,
            @Schema(type = "string", example = "2027-12", description = "The last month; none while it lasts") YearMonth endMonth) {
    }

    /** What changes from {@code fromMonth}; a missing field keeps its value. */
    public record Change(
            @NotNull(message = "is required, as YYYY-MM") @Schema(type = "string", example = "2027-04") YearMonth fromMonth,
            @Positive(message = "must be positive") Long income,
            PaymentSchedule schedule,
            VoluntarySupportCategory category) {
    }

    public record Stop(@NotNull(message = "is required, as YYYY-MM") @Schema(type = "string", example = "2027-06") YearMonth lastMonth) {
    }

    private final VoluntaryEnrolments enrolments;
    private final PersonDirectory people;
    private final CoverPolicy cover;
    private final RateBooks rateBooks;
    private final CollectionAreas areas;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    EnrollingVoluntaryParticipants(VoluntaryEnrolments enrolments, PersonDirectory people, CoverPolicy cover,
                                   RateBooks rateBooks, CollectionAreas areas, AuditLog audit, Clock clock,
                                   JdbcClient jdbc) {
        this.enrolments = enrolments;
        this.people = people;
        this.cover = cover;
        this.rateBooks = rateBooks;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public VoluntaryEnrolment enrol(Enrolment request) {
        PersonSummary person = Enrollees.living(people, request.siCode());
        YearMonth current = currentMonth();
        YearMonth start = request.startMonth();
        Enrollees.requireTerm(start, request.endMonth(), current, "voluntary SI is not paid for months gone by "
                + "(paying missing years in a lump sum is not supported)");
        VoluntaryEnrolment.Term term = new VoluntaryEnrolment.Term(start, request.income(), request.schedule(),
                request.category());
        check(term);
        EnrolmentLocks.person(jdbc, person.id());
        require(cover.noOtherVoluntaryEnrolment(person.id(), start, request.endMonth(), null));
        require(cover.notEmployed(person.id(), start, request.endMonth()));

        String by = Actors.current().name();
        long id = enrolments.insert(person.id(), start, request.endMonth(), by);
        enrolments.putTerm(id, term, by);
        VoluntaryEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("ENROL", ENTITY, id, null, after);
        return after;
    }

    /** Records new terms from the first month of a future paid period; the terms before it stay as they were. */
    @Transactional
    public VoluntaryEnrolment change(long id, Change change) {
        VoluntaryEnrolments.Located located = located(id);
        VoluntaryEnrolment before = located.enrolment();
        YearMonth from = change.fromMonth();
        YearMonth current = currentMonth();
        if (!from.isAfter(current)) {
            throw new InvalidInput("fromMonth", "must be after " + current + ": a change applies from a future paid period");
        }
        if (from.isBefore(before.startMonth()) || before.endMonth() != null && from.isAfter(before.endMonth())) {
            throw new InvalidInput("fromMonth", "must fall within the enrolment, from " + before.startMonth()
                    + (before.endMonth() == null ? "" : " to " + before.endMonth()));
        }
        before.terms().stream().filter(t -> t.fromMonth().isAfter(from)).findFirst().ifPresent(t -> {
            throw new Conflict("fromMonth", "a change from " + t.fromMonth() + " is already recorded; change from that "
                    + "month or later");
        });
        VoluntaryEnrolment.Term now = before.termIn(from);
        before.periods().containing(from).filter(p -> !p.first().equals(from)).ifPresent(p -> {
            throw new InvalidInput("fromMonth", "must begin a paid period: the " + now.schedule() + " period from "
                    + p.first() + " runs to " + p.last() + ", the next begins " + p.last().plusMonths(1));
        });
        VoluntaryEnrolment.Term next = new VoluntaryEnrolment.Term(from,
                change.income() == null ? now.income() : change.income(),
                change.schedule() == null ? now.schedule() : change.schedule(),
                change.category() == null ? now.category() : change.category());
        if (next.equals(new VoluntaryEnrolment.Term(from, now.income(), now.schedule(), now.category()))) {
            throw new InvalidInput("fromMonth", "nothing changes: give a new income, schedule or category");
        }
        check(next);
        enrolments.putTerm(id, next, Actors.current().name());
        VoluntaryEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("CHANGE_TERMS", ENTITY, id, before, after);
        return after;
    }

    /** Ends the enrolment with {@code lastMonth}, which may not cut short the paid period under way. */
    @Transactional
    public VoluntaryEnrolment stop(long id, Stop stop) {
        VoluntaryEnrolment before = located(id).enrolment();
        before.periods().requireStoppableAfter(stop.lastMonth(), currentMonth());
        enrolments.end(id, stop.lastMonth());
        VoluntaryEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("STOP", ENTITY, id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public VoluntaryEnrolment find(long id) {
        return located(id).enrolment();
    }

    /** Enrolments of people living in the area (the actor's whole area when none is given), or of one person. */
    @Transactional(readOnly = true)
    public Page<VoluntaryEnrolment> list(String areaCode, String siCode, PageRequest page) {
        Long personId = siCode == null || siCode.isBlank() ? null : people.bySiCode(siCode.strip())
                .orElseThrow(() -> new NotFound("Person with SI code", siCode)).id();
        return enrolments.within(areas.scope(areaCode).likePattern(), personId, page);
    }

    private VoluntaryEnrolments.Located located(long id) {
        VoluntaryEnrolments.Located located = enrolments.byId(id)
                .orElseThrow(() -> new NotFound("Voluntary enrolment", String.valueOf(id)));
        Actors.requireInScope(located.areaPath(), "Voluntary enrolment " + id);
        return located;
    }

    /** The income, schedule and category must make a valid quote at the rates of the term's first month. */
    private void check(VoluntaryEnrolment.Term term) {
        new ContributionCalculator(rateBooks.forMonth(term.fromMonth()))
                .voluntary(new VoluntaryIncome(term.income(), term.category(), term.schedule().months()));
    }

    private static void require(CoverPolicy.Decision decision) {
        if (!decision.allowed()) {
            throw new Conflict("siCode", decision.reason());
        }
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock);
    }
}
