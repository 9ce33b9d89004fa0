package vn.ansinh.registry;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Registering, finding and correcting people; CCCD and SI code")
class PeopleController {

    private final RegisteringPerson registering;
    private final FindingPeople finding;
    private final UpdatingPerson updating;
    private final RecordingDeath deaths;

    PeopleController(RegisteringPerson registering, FindingPeople finding, UpdatingPerson updating,
                     RecordingDeath deaths) {
        this.registering = registering;
        this.finding = finding;
        this.updating = updating;
        this.deaths = deaths;
    }

    @ConsistentIdentity
    record RegistrationRequest(
            String cccd,
            @NotBlank(message = "is required")
            @Size(max = PersonNames.MAX_LENGTH, message = "must have at most 100 characters")
            @Pattern(regexp = PersonNames.PATTERN, message = PersonNames.PATTERN_MESSAGE) String fullName,
            @NotNull(message = "is required") LocalDate dateOfBirth,
            @NotNull(message = "is required, M or F") @Pattern(regexp = "M|F", message = "must be M or F") String sex,
            @NotBlank(message = "is required") String communeCode,
            @Pattern(regexp = InputPatterns.HOUSEHOLD_CODE, message = InputPatterns.HOUSEHOLD_CODE_MESSAGE)
            String householdCode,
            @Pattern(regexp = InputPatterns.RELATIONS, message = InputPatterns.RELATIONS_MESSAGE)
            String householdRelation,
            Boolean ethnicMinority) {

        PersonRegistration toRegistration() {
            return new PersonRegistration(cccd, fullName, dateOfBirth, Sex.valueOf(sex), communeCode.strip(),
                    householdCode, householdRelation == null ? null : HouseholdRelation.valueOf(householdRelation),
                    Boolean.TRUE.equals(ethnicMinority));
        }
    }

    record ChangeRequest(
            @Size(max = PersonNames.MAX_LENGTH, message = "must have at most 100 characters")
            @Pattern(regexp = PersonNames.PATTERN, message = PersonNames.PATTERN_MESSAGE) String fullName,
            @Size(min = 1, max = 10, message = "must have 1 to 10 characters") String communeCode,
            @Pattern(regexp = InputPatterns.HOUSEHOLD_CODE, message = InputPatterns.HOUSEHOLD_CODE_MESSAGE)
            String householdCode,
            @Pattern(regexp = InputPatterns.RELATIONS, message = InputPatterns.RELATIONS_MESSAGE)
            String householdRelation,
            Boolean ethnicMinority) {

        PersonChange toChange() {
            return new PersonChange(fullName, communeCode, householdCode,
                    householdRelation == null ? null : HouseholdRelation.valueOf(householdRelation), ethnicMinority);
        }
    }

    record DeathRequest(@NotNull(message = "is required") LocalDate dateOfDeath) {
    }

    @PostMapping
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Register a person and issue their SI code",
            description = "The CCCD must agree with sex and date of birth; a CCCD already registered gives 409.")
    ResponseEntity<PersonView> register(@Valid @RequestBody RegistrationRequest request) {
        PersonView person = registering.register(request.toRegistration());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.siCode())).body(person);
    }

    @GetMapping("/{siCode}")
    @PreAuthorize(RegistryRoles.READ)
    @Operation(summary = "One person by SI code, with the schemes they take part in")
    PersonView find(@PathVariable String siCode) {
        return finding.find(siCode);
    }

    @GetMapping
    @PreAuthorize(RegistryRoles.READ)
    @Operation(summary = "Search people in your area",
            description = "By CCCD, SI code, any words of the name (accents and case ignored) and area code.")
    Page<PersonView> search(@RequestParam(required = false) String cccd,
                            @RequestParam(required = false) String siCode,
                            @RequestParam(required = false) String name,
                            @RequestParam(required = false) String communeCode,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return finding.search(cccd, siCode, name, communeCode, PageRequest.of(page, size));
    }

    @PatchMapping("/{siCode}")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Correct name, commune, household or ethnic minority flag")
    PersonView update(@PathVariable String siCode, @Valid @RequestBody ChangeRequest request) {
        return updating.update(siCode, request.toChange());
    }

    @PostMapping("/{siCode}/death")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Record the date a person died")
    PersonView recordDeath(@PathVariable String siCode, @Valid @RequestBody DeathRequest request) {
        return deaths.record(siCode, request.dateOfDeath());
    }
}
