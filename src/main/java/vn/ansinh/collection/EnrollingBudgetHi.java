package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 * Enrols people whose HI the state budget pays or supports, by group (RULES.md §5), and stops their enrolments.
 * A person has one such enrolment at a time, and none starting in a month an employment touches (HI through the
 * employer comes first; later months the assessment leaves out the same way). Groups defined by age (children under
 * 6, people aged 70-80) take the person's age on the first day of each month: the start month must fit, and the
 * enrolment ends at the latest with the last month that fits.
 */
@Service
public class EnrollingBudgetHi {

    static final String ENTITY = "budget_hi_enrolment";

    public record Enrolment(
            @NotBlank(message = "is required") String siCode,
            @NotNull(message = "is required: POOR, CHILD_UNDER_6, NEAR_POOR, PUPIL_STUDENT, ...") HiSupportGroup group,
            @NotNull(message = "is required: MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY") PaymentSchedule schedule,
            @NotNull(message = "is required, as YYYY-MM") @Schema(type = "string", example = "2027-01") YearMonth startMonth,
            @Schema(type = "string", example = "2027-12", description = "The last month; none while it lasts") YearMonth endMonth) {
    }

    private final BudgetHiEnrolments enrolments;
    private final PersonDirectory people;
    private final CoverPolicy cover;
    private final RateBooks rateBooks;
    private final CollectionAreas areas;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    EnrollingBudgetHi(BudgetHiEnrolments enrolments, PersonDirectory people, CoverPolicy cover, RateBooks rateBooks,
                      CollectionAreas areas, AuditLog audit, Clock clock, JdbcClient jdbc) {
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
    public BudgetHiEnrolment enrol(Enrolment request) {
        PersonSummary person = Enrollees.living(people, request.siCode());
        YearMonth start = request.startMonth();
        YearMonth current = YearMonth.now(clock);
        Enrollees.requireTerm(start, request.endMonth(), current, "months gone by are not assessed again");
        YearMonth end = boundByAge(request.group(), person.dateOfBirth(), start, request.endMonth());
        // The group's national share must be in force from the start.
        new ContributionCalculator(rateBooks.forMonth(start)).budgetHi(request.group(), null);
        EnrolmentLocks.person(jdbc, person.id());
        for (CoverPolicy.Decision decision : new CoverPolicy.Decision[] {
                cover.noBudgetHi(person.id(), start, end, null), cover.notEmployed(person.id(), start, start)}) {
            if (!decision.allowed()) {
                throw new Conflict("siCode", decision.reason());
            }
        }
        long id = enrolments.insert(person.id(), request.group(), start, end, request.schedule(), Actors.current().name());
        BudgetHiEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("ENROL", ENTITY, id, null, after);
        return after;
    }

    /** Ends the enrolment with {@code lastMonth}, which may not cut short the paid period under way. */
    @Transactional
    public BudgetHiEnrolment stop(long id, EnrollingVoluntaryParticipants.Stop stop) {
        BudgetHiEnrolment before = located(id).enrolment();
        before.periods().requireStoppableAfter(stop.lastMonth(), YearMonth.now(clock));
        enrolments.end(id, stop.lastMonth());
        BudgetHiEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("STOP", ENTITY, id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public BudgetHiEnrolment find(long id) {
        return located(id).enrolment();
    }

    @Transactional(readOnly = true)
    public Page<BudgetHiEnrolment> list(String areaCode, String siCode, HiSupportGroup group, PageRequest page) {
        Long personId = siCode == null || siCode.isBlank() ? null : people.bySiCode(siCode.strip())
                .orElseThrow(() -> new NotFound("Person with SI code", siCode)).id();
        return enrolments.within(areas.scope(areaCode).likePattern(), personId, group, page);
    }

    /** The end month, brought forward to the last month the person's age fits the group; refuses a start that does not. */
    private YearMonth boundByAge(HiSupportGroup group, LocalDate dateOfBirth, YearMonth start, YearMonth end) {
        BudgetHiEnrolments.AgeLimit limit = enrolments.ageLimit(group).orElse(null);
        if (limit == null) {
            return end;
        }
        int age = Period.between(dateOfBirth, start.atDay(1)).getYears();
        if (limit.minAge() != null && age < limit.minAge()) {
            throw new InvalidInput("startMonth", String.format("%s starts at age %d: the person turns %d on %s (%s)",
                    group, limit.minAge(), limit.minAge(), dateOfBirth.plusYears(limit.minAge()), limit.legalReference()));
        }
        if (limit.belowAge() == null) {
            return end;
        }
        LocalDate outgrown = dateOfBirth.plusYears(limit.belowAge());
        if (age >= limit.belowAge()) {
            throw new InvalidInput("startMonth", String.format("%s is for people under %d: the person turned %d on %s (%s)",
                    group, limit.belowAge(), limit.belowAge(), outgrown, limit.legalReference()));
        }
        // The last month whose first day comes before the birthday that ends the group.
        YearMonth last = outgrown.getDayOfMonth() == 1 ? YearMonth.from(outgrown).minusMonths(1) : YearMonth.from(outgrown);
        return end == null || end.isAfter(last) ? last : end;
    }

    private BudgetHiEnrolments.Located located(long id) {
        BudgetHiEnrolments.Located located = enrolments.byId(id)
                .orElseThrow(() -> new NotFound("Budget-paid HI enrolment", String.valueOf(id)));
        Actors.requireInScope(located.areaPath(), "Budget-paid HI enrolment " + id);
        return located;
    }
}
