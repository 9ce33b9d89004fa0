package vn.ansinh.employer;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers", description = "The register of employers in the officer's area")
class EmployerController {

    static final String READERS = "hasAnyRole('ADMINISTRATOR', 'COLLECTION_OFFICER', 'BENEFIT_OFFICER', 'MANAGER')";
    static final String WRITERS = "hasAnyRole('ADMINISTRATOR', 'COLLECTION_OFFICER')";

    private final Employers employers;
    private final RegisteringEmployer registering;

    EmployerController(Employers employers, RegisteringEmployer registering) {
        this.employers = employers;
        this.registering = registering;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Register an employer; the office allocates its unit code")
    ResponseEntity<EmployerView> register(@Validated({Default.class, EmployerForm.Registration.class}) @RequestBody EmployerForm form) {
        EmployerView registered = registering.register(form);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + registered.unitCode())).body(registered);
    }

    @GetMapping("/{unitCode}")
    @PreAuthorize(READERS)
    @Operation(summary = "An employer by unit code")
    EmployerView get(@PathVariable String unitCode) {
        EmployerView employer = employers.view(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(employer.areaPath(), "Employer " + unitCode);
        return employer;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Search employers in your area by tax code, part of the name (accents optional) or commune")
    Page<EmployerView> search(@RequestParam(required = false) String taxCode,
                              @RequestParam(required = false) String name,
                              @RequestParam(required = false) String communeCode,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        String key = name == null || name.isBlank() ? null : VietnameseText.searchKey(name);
        String tax = taxCode == null || taxCode.isBlank() ? null : TaxCode.compact(taxCode);
        String commune = communeCode == null || communeCode.isBlank() ? null : communeCode.trim();
        return employers.search(Actors.current().scope().likePattern(), tax, key, commune, PageRequest.of(page, size));
    }

    @PutMapping("/{unitCode}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Correct an employer's name, commune, wage region, ownership, sector, size or accident rate")
    EmployerView update(@PathVariable String unitCode, @Valid @RequestBody EmployerForm form) {
        return registering.update(unitCode, form);
    }
}
