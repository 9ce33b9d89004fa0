package vn.ansinh.collection;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import vn.ansinh.shared.NotFound;

/** Collection plans, beside the area's coverage targets ({@code /api/v1/areas/{code}/targets/{year}}). */
@RestController
@RequestMapping("/api/v1/areas/{code}/collection-plans")
@Tag(name = "Collection figures", description = "Collection plans per area and year; collected against plan, dues and debt")
class CollectionPlanController {

    /** Managers set plans; collection officers read them with the figures. */
    static final String SET = "hasAnyRole('ADMINISTRATOR','MANAGER')";

    private final CollectionPlans plans;

    CollectionPlanController(CollectionPlans plans) {
        this.plans = plans;
    }

    record PlanRequest(@NotNull(message = "is required") @Positive(message = "must be a whole number of VND above 0")
                       Long plannedAmount) {
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "The area's collection plans by year")
    List<CollectionPlan> list(@PathVariable String code) {
        return plans.of(code);
    }

    @GetMapping("/{year}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "The area's collection plan of a year")
    CollectionPlan get(@PathVariable String code, @PathVariable int year) {
        return plans.of(code, year).orElseThrow(() -> new NotFound("Collection plan", code + "/" + year));
    }

    @PutMapping("/{year}")
    @PreAuthorize(SET)
    @Operation(summary = "Set the amount an area is to collect in a year (VND)",
            description = "Managers and administrators, for areas in their scope; replaces an earlier plan (audited).")
    CollectionPlan set(@PathVariable String code,
                       @PathVariable @Min(CollectionPlans.FIRST_YEAR) @Max(CollectionPlans.LAST_YEAR) int year,
                       @Valid @RequestBody PlanRequest request) {
        return plans.set(code, year, request.plannedAmount());
    }
}
