package vn.ansinh.collection;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Enrols households in household HI and stops their enrolments (RULES.md §5). Household HI is paid for 3, 6 or 12
 * months at a time. The members are listed in paying order; each must belong to the household, be alive, and not be
 * covered otherwise in the start month: HI through an employer comes first, and a member whose HI the budget pays or
 * supports pays no household rate and earns no discount for the others ({@link CoverPolicy}). In later months the
 * assessment leaves out whoever is covered otherwise then, and the members after them move up.
 * To change the members, stop the enrolment after a paid period and enrol the household again from the next.
 */
@Service
public class EnrollingHouseholds {

    static final String ENTITY = "household_hi_enrolment";

    /** The schedules household HI may be paid on. */
    static final Set<PaymentSchedule> SCHEDULES = Set.of(PaymentSchedule.QUARTERLY, PaymentSchedule.HALF_YEARLY,
            PaymentSchedule.YEARLY);

    public record Enrolment(
            @NotBlank(message = "is required") String householdCode,
            @NotEmpty(message = "lists the members to insure, in paying order") List<String> memberSiCodes,
            @NotNull(message = "is required: QUARTERLY, HALF_YEARLY or YEARLY") PaymentSchedule schedule,
            @NotNull(message = "is required, as YYYY-MM") @Schema(type = "string", example = "2027-01") YearMonth startMonth,
            @Schema(type = "string", example = "2027-12", description = "The last month; none while it lasts") YearMonth endMonth) {
    }

    private final HouseholdHiEnrolments enrolments;
    private final CoverPolicy cover;
    private final CollectionAreas areas;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    EnrollingHouseholds(HouseholdHiEnrolments enrolments, CoverPolicy cover, CollectionAreas areas, AuditLog audit,
                        Clock clock, JdbcClient jdbc) {
        this.enrolments = enrolments;
        this.cover = cover;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public HouseholdHiEnrolment enrol(Enrolment request) {
        HouseholdHiEnrolments.Household household = household(request.householdCode());
        if (!SCHEDULES.contains(request.schedule())) {
            throw new InvalidInput("schedule", "household HI is paid for 3, 6 or 12 months: QUARTERLY, HALF_YEARLY or YEARLY");
        }
        YearMonth start = request.startMonth();
        YearMonth current = YearMonth.now(clock);
        Enrollees.requireTerm(start, request.endMonth(), current, "household HI starts when it is paid");
        EnrolmentLocks.household(jdbc, household.id());
        overlapping(household, start, request.endMonth());
        List<Long> members = members(household, request.memberSiCodes(), start, request.endMonth());

        long id = enrolments.insert(household.id(), start, request.endMonth(), request.schedule(), members,
                Actors.current().name());
        HouseholdHiEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("ENROL", ENTITY, id, null, after);
        return after;
    }

    /** Ends the enrolment with {@code lastMonth}, which may not cut short the paid period under way. */
    @Transactional
    public HouseholdHiEnrolment stop(long id, EnrollingVoluntaryParticipants.Stop stop) {
        HouseholdHiEnrolment before = located(id).enrolment();
        before.periods().requireStoppableAfter(stop.lastMonth(), YearMonth.now(clock));
        enrolments.end(id, stop.lastMonth());
        HouseholdHiEnrolment after = enrolments.byId(id).orElseThrow().enrolment();
        audit.record("STOP", ENTITY, id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public HouseholdHiEnrolment find(long id) {
        return located(id).enrolment();
    }

    @Transactional(readOnly = true)
    public Page<HouseholdHiEnrolment> list(String areaCode, String householdCode, PageRequest page) {
        Long householdId = householdCode == null || householdCode.isBlank() ? null : household(householdCode).id();
        return enrolments.within(areas.scope(areaCode).likePattern(), householdId, page);
    }

    private HouseholdHiEnrolments.Household household(String code) {
        HouseholdHiEnrolments.Household household = enrolments.household(code.strip())
                .orElseThrow(() -> new NotFound("Household", code));
        Actors.requireInScope(household.areaPath(), "Household " + household.code());
        return household;
    }

    /** The members' person ids in paying order, each checked. */
    private List<Long> members(HouseholdHiEnrolments.Household household, List<String> siCodes, YearMonth start,
                               YearMonth end) {
        List<String> codes = siCodes.stream().map(c -> c == null ? "" : c.strip()).toList();
        Map<String, HouseholdHiEnrolments.Candidate> found = enrolments.candidates(household.id(), codes);
        List<Long> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "memberSiCodes[" + i + "]";
            String code = codes.get(i);
            HouseholdHiEnrolments.Candidate member = found.get(code);
            if (member == null) {
                throw new InvalidInput(field, "no person has SI code '" + code + "'");
            }
            if (!seen.add(code)) {
                throw new InvalidInput(field, code + " is listed twice");
            }
            if (!member.inHousehold()) {
                throw new InvalidInput(field, code + " is not a member of household " + household.code());
            }
            if (member.dateOfDeath() != null) {
                throw new Conflict(field, code + " died on " + member.dateOfDeath());
            }
            for (CoverPolicy.Decision decision : List.of(cover.notEmployed(member.personId(), start, start),
                    cover.noBudgetHi(member.personId(), start, start, null),
                    cover.noOtherHouseholdHi(member.personId(), start, end))) {
                if (!decision.allowed()) {
                    throw new Conflict(field, code + " " + decision.reason());
                }
            }
            ids.add(member.personId());
        }
        return ids;
    }

    private void overlapping(HouseholdHiEnrolments.Household household, YearMonth start, YearMonth end) {
        enrolments.overlapping(household.id(), start, end).ifPresent(e -> {
            throw new Conflict("startMonth", "household " + household.code() + " is already enrolled from "
                    + e.startMonth() + (e.endMonth() == null ? " without end" : " to " + e.endMonth())
                    + " (enrolment " + e.id() + ")");
        });
    }

    private HouseholdHiEnrolments.Located located(long id) {
        HouseholdHiEnrolments.Located located = enrolments.byId(id)
                .orElseThrow(() -> new NotFound("Household HI enrolment", String.valueOf(id)));
        Actors.requireInScope(located.areaPath(), "Household HI enrolment " + id);
        return located;
    }
}
