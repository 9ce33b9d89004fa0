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
@RequestMapping("/api/v1/voluntary-enrolments")
@Tag(name = "Voluntary SI", description = "Voluntary SI enrolments: chosen income, payment schedule, state-support category")
class VoluntaryEnrolmentController {

    private final EnrollingVoluntaryParticipants enrolling;

    VoluntaryEnrolmentController(EnrollingVoluntaryParticipants enrolling) {
        this.enrolling = enrolling;
    }

    @PostMapping
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Enrol a person from this month or later; refused while in compulsory employment or already enrolled")
    ResponseEntity<VoluntaryEnrolment> enrol(@Valid @RequestBody EnrollingVoluntaryParticipants.Enrolment request) {
        VoluntaryEnrolment enrolment = enrolling.enrol(request);
        return ResponseEntity.created(URI.create("/api/v1/voluntary-enrolments/" + enrolment.id())).body(enrolment);
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Enrolments of people living in an area (yours by default), or of one person")
    Page<VoluntaryEnrolment> list(@RequestParam(required = false) String areaCode,
                                  @RequestParam(required = false) String siCode,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return enrolling.list(areaCode, siCode, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One enrolment with its terms")
    VoluntaryEnrolment get(@PathVariable long id) {
        return enrolling.find(id);
    }

    @PostMapping("/{id}/changes")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Change the income, schedule or category from the first month of a future paid period")
    VoluntaryEnrolment change(@PathVariable long id, @Valid @RequestBody EnrollingVoluntaryParticipants.Change change) {
        return enrolling.change(id, change);
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "End the enrolment with a month, not before the end of the paid period under way")
    VoluntaryEnrolment stop(@PathVariable long id, @Valid @RequestBody EnrollingVoluntaryParticipants.Stop stop) {
        return enrolling.stop(id, stop);
    }
}
