package vn.ansinh.collection;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/household-hi-enrolments")
@Tag(name = "Household HI", description = "Household HI enrolments: members in paying order, paid for 3, 6 or 12 months")
class HouseholdHiEnrolmentController {

    private final EnrollingHouseholds enrolling;

    HouseholdHiEnrolmentController(EnrollingHouseholds enrolling) {
        this.enrolling = enrolling;
    }

    @PostMapping
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Enrol a household's members, in paying order, from this month or later")
    ResponseEntity<HouseholdHiEnrolment> enrol(@Valid @RequestBody EnrollingHouseholds.Enrolment request) {
        HouseholdHiEnrolment enrolment = enrolling.enrol(request);
        return ResponseEntity.created(URI.create("/api/v1/household-hi-enrolments/" + enrolment.id())).body(enrolment);
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Enrolments of households in an area (yours by default), or of one household")
    Page<HouseholdHiEnrolment> list(@RequestParam(required = false) String areaCode,
                                    @RequestParam(required = false) String householdCode,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return enrolling.list(areaCode, householdCode, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One enrolment with its members in paying order")
    HouseholdHiEnrolment get(@PathVariable long id) {
        return enrolling.find(id);
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "End the enrolment with a month, not before the end of the paid period under way")
    HouseholdHiEnrolment stop(@PathVariable long id, @Valid @RequestBody EnrollingVoluntaryParticipants.Stop stop) {
        return enrolling.stop(id, stop);
    }
}
