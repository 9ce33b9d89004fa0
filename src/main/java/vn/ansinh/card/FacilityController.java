package vn.ansinh.card;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ansinh.shared.NotFound;

@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Health facilities", description = "The register of health facilities (MACSKCB)")
class FacilityController {

    private final Facilities facilities;

    FacilityController(Facilities facilities) {
        this.facilities = facilities;
    }

    record FacilityRequest(
            @NotNull(message = "is required") @Pattern(regexp = "^[0-9]{5}$", message = "must be 5 digits") String code,
            @NotBlank(message = "is required") @Size(max = 200, message = "at most 200 characters") String name,
            @NotNull(message = "is required") FacilityLevel level,
            @NotBlank(message = "is required") String communeCode,
            @NotNull(message = "is required") Boolean primaryCare,
            @NotNull(message = "is required") LocalDate validFrom) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CARD_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a health facility")
    Facility register(@Valid @RequestBody FacilityRequest request) {
        return facilities.register(request.code(), request.name(), request.level(), request.communeCode(),
                request.primaryCare(), request.validFrom());
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('CLIENT_FACILITY') or hasAnyRole('ADMINISTRATOR', 'CARD_OFFICER', 'CLAIMS_APPRAISER', 'MANAGER')")
    @Operation(summary = "A health facility by its code")
    Facility byCode(@PathVariable String code) {
        return facilities.byCode(code).orElseThrow(() -> new NotFound("facility", code));
    }
}
