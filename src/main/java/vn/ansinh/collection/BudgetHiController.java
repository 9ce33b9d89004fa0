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
@RequestMapping("/api/v1")
@Tag(name = "Budget-paid HI", description = "HI the state budget pays or supports, and what provinces add")
class BudgetHiController {

    private final EnrollingBudgetHi enrolling;
    private final ProvinceHiSupports provinceSupports;

    BudgetHiController(EnrollingBudgetHi enrolling, ProvinceHiSupports provinceSupports) {
        this.enrolling = enrolling;
        this.provinceSupports = provinceSupports;
    }

    @PostMapping("/budget-hi-enrolments")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Enrol a person in a group whose HI the budget pays or supports, from this month or later")
    ResponseEntity<BudgetHiEnrolment> enrol(@Valid @RequestBody EnrollingBudgetHi.Enrolment request) {
        BudgetHiEnrolment enrolment = enrolling.enrol(request);
        return ResponseEntity.created(URI.create("/api/v1/budget-hi-enrolments/" + enrolment.id())).body(enrolment);
    }

    @GetMapping("/budget-hi-enrolments")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Enrolments of people living in an area (yours by default), optionally of one person or group")
    Page<BudgetHiEnrolment> list(@RequestParam(required = false) String areaCode,
                                 @RequestParam(required = false) String siCode,
                                 @RequestParam(required = false) HiSupportGroup group,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return enrolling.list(areaCode, siCode, group, PageRequest.of(page, size));
    }

    @GetMapping("/budget-hi-enrolments/{id}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One enrolment")
    BudgetHiEnrolment get(@PathVariable long id) {
        return enrolling.find(id);
    }

    @PostMapping("/budget-hi-enrolments/{id}/stop")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "End the enrolment with a month, not before the end of the paid period under way")
    BudgetHiEnrolment stop(@PathVariable long id, @Valid @RequestBody EnrollingVoluntaryParticipants.Stop stop) {
        return enrolling.stop(id, stop);
    }

    @PostMapping("/hi-province-supports")
    @PreAuthorize(CollectionRoles.RUN)
    @Operation(summary = "Record what a province adds to a group's HI for a period, per its decision")
    ResponseEntity<ProvinceHiSupport> record(@Valid @RequestBody ProvinceHiSupports.NewSupport support) {
        ProvinceHiSupport recorded = provinceSupports.record(support);
        return ResponseEntity.created(URI.create("/api/v1/hi-province-supports?provinceCode=" + recorded.provinceCode()))
                .body(recorded);
    }

    @GetMapping("/hi-province-supports")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "The provinces' additional HI support periods, of one province or of yours")
    Page<ProvinceHiSupport> provinceSupports(@RequestParam(required = false) String provinceCode,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return provinceSupports.list(provinceCode, PageRequest.of(page, size));
    }
}
