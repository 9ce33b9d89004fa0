package vn.ansinh.registry;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Households, their members and head, and their living standard")
class HouseholdsController {

    private final KeepingHouseholds households;

    HouseholdsController(KeepingHouseholds households) {
        this.households = households;
    }

    record NewHouseholdRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = InputPatterns.HOUSEHOLD_CODE, message = InputPatterns.HOUSEHOLD_CODE_MESSAGE) String code,
            @NotBlank(message = "is required") String communeCode,
            @Size(max = 300, message = "must have at most 300 characters") String address,
            @Pattern(regexp = InputPatterns.LIVING_STANDARDS, message = InputPatterns.LIVING_STANDARDS_MESSAGE)
            String livingStandard) {
    }

    record MemberRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = InputPatterns.SI_CODE, message = "must be exactly 10 digits") String siCode,
            @NotBlank(message = "is required")
            @Pattern(regexp = InputPatterns.RELATIONS, message = InputPatterns.RELATIONS_MESSAGE)
            String householdRelation) {
    }

    record HeadRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = InputPatterns.SI_CODE, message = "must be exactly 10 digits") String siCode,
            @Pattern(regexp = "SPOUSE|CHILD|PARENT|GRANDCHILD|OTHER",
                    message = "must be one of SPOUSE, CHILD, PARENT, GRANDCHILD, OTHER") String formerHeadRelation) {
    }

    record LivingStandardRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = InputPatterns.LIVING_STANDARDS, message = InputPatterns.LIVING_STANDARDS_MESSAGE)
            String livingStandard) {
    }

    @PostMapping
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Create a household in a commune of your area")
    ResponseEntity<HouseholdView> create(@Valid @RequestBody NewHouseholdRequest request) {
        HouseholdView household = households.create(new KeepingHouseholds.NewHousehold(request.code(),
                request.communeCode().strip(), request.address(),
                request.livingStandard() == null ? null : LivingStandard.valueOf(request.livingStandard())));
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.code())).body(household);
    }

    @GetMapping
    @PreAuthorize(RegistryRoles.READ)
    @Operation(summary = "Households in your area, optionally inside one area (commune, district or province code)")
    Page<HouseholdView> list(@RequestParam(required = false) String communeCode,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return households.list(communeCode == null || communeCode.isBlank() ? null : communeCode.strip(),
                PageRequest.of(page, size));
    }

    @GetMapping("/{code}")
    @PreAuthorize(RegistryRoles.READ)
    @Operation(summary = "One household with its members, the head first")
    HouseholdView find(@PathVariable String code) {
        return households.find(code);
    }

    @GetMapping("/{code}/members")
    @PreAuthorize(RegistryRoles.READ)
    @Operation(summary = "The members of a household, the head first")
    List<HouseholdView.Member> members(@PathVariable String code) {
        return households.members(code);
    }

    @PostMapping("/{code}/members")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Add a person to the household, or change a member's relation",
            description = "Joining as HEAD only while the household has no head; a head cannot move away while "
                    + "others remain.")
    HouseholdView addMember(@PathVariable String code, @Valid @RequestBody MemberRequest request) {
        return households.addMember(code, request.siCode(), HouseholdRelation.valueOf(request.householdRelation()));
    }

    @DeleteMapping("/{code}/members/{siCode}")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Remove a member; the head only as the last member")
    HouseholdView removeMember(@PathVariable String code, @PathVariable String siCode) {
        return households.removeMember(code, siCode);
    }

    @PutMapping("/{code}/head")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Make a member the head; the former head stays with formerHeadRelation (OTHER if not given)")
    HouseholdView setHead(@PathVariable String code, @Valid @RequestBody HeadRequest request) {
        return households.setHead(code, request.siCode(), request.formerHeadRelation() == null ? null
                : HouseholdRelation.valueOf(request.formerHeadRelation()));
    }

    @PutMapping("/{code}/living-standard")
    @PreAuthorize(RegistryRoles.WRITE)
    @Operation(summary = "Change the living standard (ordinary, poor, near-poor, farm household of average standard)")
    HouseholdView changeLivingStandard(@PathVariable String code, @Valid @RequestBody LivingStandardRequest request) {
        return households.changeLivingStandard(code, LivingStandard.valueOf(request.livingStandard()));
    }
}
