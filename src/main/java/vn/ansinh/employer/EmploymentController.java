package vn.ansinh.employer;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Employments", description = "Hire and leave declarations and salary changes of an employer's employees")
class EmploymentController {

    private final DeclaringEmployment declaring;
    private final Employments employments;
    private final PersonDirectory people;

    EmploymentController(DeclaringEmployment declaring, Employments employments, PersonDirectory people) {
        this.declaring = declaring;
        this.employments = employments;
        this.people = people;
    }

    @PostMapping("/employers/{unitCode}/employments")
    @PreAuthorize(EmployerController.WRITERS)
    @Operation(summary = "Declare a hire with the monthly SI salary from the start date")
    ResponseEntity<EmploymentForms.Declared> hire(@PathVariable String unitCode, @Valid @RequestBody EmploymentForms.Hire form) {
        EmploymentForms.Declared declared = declaring.hire(unitCode, form);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + unitCode + "/employments/" + declared.employment().id()))
                .body(declared);
    }

    @GetMapping("/employers/{unitCode}/employments")
    @PreAuthorize(EmployerController.READERS)
    @Operation(summary = "The employer's employees on a date (today by default) with the salary in force, or all employments")
    Page<EmploymentView> ofEmployer(@PathVariable String unitCode,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                    @RequestParam(defaultValue = "false") boolean includeEnded,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        EmployerView employer = declaring.employerInScope(unitCode);
        return employments.ofEmployer(employer.id(), on == null ? LocalDate.now() : on, includeEnded, PageRequest.of(page, size));
    }

    @GetMapping("/employers/{unitCode}/employments/{id}")
    @PreAuthorize(EmployerController.READERS)
    @Operation(summary = "One employment with its salary history")
    EmploymentView get(@PathVariable String unitCode, @PathVariable long id) {
        return declaring.detail(declaring.employerInScope(unitCode), id);
    }

    @PostMapping("/employers/{unitCode}/employments/{id}/leave")
    @PreAuthorize(EmployerController.WRITERS)
    @Operation(summary = "Declare the last day of an employment")
    EmploymentView leave(@PathVariable String unitCode, @PathVariable long id, @Valid @RequestBody EmploymentForms.Leave form) {
        return declaring.leave(unitCode, id, form);
    }

    @PostMapping("/employers/{unitCode}/employments/{id}/salaries")
    @PreAuthorize(EmployerController.WRITERS)
    @Operation(summary = "Declare a new monthly SI salary from a date within the employment")
    ResponseEntity<EmploymentForms.Declared> changeSalary(@PathVariable String unitCode, @PathVariable long id,
                                                          @Valid @RequestBody EmploymentForms.SalaryChange form) {
        EmploymentForms.Declared declared = declaring.changeSalary(unitCode, id, form);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + unitCode + "/employments/" + id)).body(declared);
    }

    @GetMapping("/employments")
    @PreAuthorize(EmployerController.READERS)
    @Operation(summary = "A person's employments at employers in your area, by CCCD or SI code")
    List<EmploymentView> ofPerson(@RequestParam(required = false) String cccd, @RequestParam(required = false) String siCode) {
        PersonSummary person;
        if (cccd != null && !cccd.isBlank()) {
            person = people.byCccd(cccd.trim()).orElseThrow(() -> new NotFound("Person with CCCD", cccd));
        } else if (siCode != null && !siCode.isBlank()) {
            person = people.bySiCode(siCode.trim()).orElseThrow(() -> new NotFound("Person with SI code", siCode));
        } else {
            throw new InvalidInput("cccd", "give the person's CCCD or SI code");
        }
        return employments.ofPersonWithin(person.id(), Actors.current().scope().likePattern(), LocalDate.now()).stream()
                .map(e -> e.withSalaries(employments.salaryHistory(e.id()))).toList();
    }
}
