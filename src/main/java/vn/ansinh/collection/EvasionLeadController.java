package vn.ansinh.collection;

import java.net.URI;
import java.time.YearMonth;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/collection/evasion-leads")
@Tag(name = "Evasion leads", description = "Tax authority income files and the evasion leads found in them")
class EvasionLeadController {

    private final EvasionLeads leads;

    EvasionLeadController(EvasionLeads leads) {
        this.leads = leads;
    }

    /** {@code from}, {@code to}: the months the note covers, as "yyyy-MM" (none: every open month). */
    record HandlingRequest(
            @NotBlank(message = "is required") @Size(max = 2000, message = "at most 2000 characters") String note,
            YearMonth from, YearMonth to) {
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Employers whose employees the tax data shows unregistered or under-declared, largest "
            + "estimated unpaid contributions first",
            description = "In your area or one inside it (by the employer's commune); employers not in the register "
                    + "only for province-level areas. from/to: months as yyyy-MM, both optional. Handled lines are "
                    + "left out unless includeHandled=true.")
    Page<EvasionLead> ranked(@RequestParam(required = false) String area,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                             @RequestParam(defaultValue = "false") boolean includeHandled,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return leads.ranked(area, from, to, includeHandled, PageRequest.of(page, size));
    }

    @GetMapping("/{taxCode}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One employer's lead: people and months with taxed income, declared salary and estimate, "
            + "and the handlings noted so far")
    EvasionLeadDetail lead(@PathVariable String taxCode,
                           @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                           @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                           @RequestParam(defaultValue = "false") boolean includeHandled,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return leads.of(taxCode, from, to, includeHandled, PageRequest.of(page, size));
    }

    @PostMapping("/{taxCode}/handlings")
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Note that a lead was handled",
            description = "Covers the lead's open lines (of the months from..to if given) as they stand; lines that "
                    + "later tax files add stay open. 409 when no line is open.")
    ResponseEntity<LeadHandling> markHandled(@PathVariable String taxCode, @Valid @RequestBody HandlingRequest request) {
        LeadHandling handling = leads.markHandled(taxCode, request.from(), request.to(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/collection/evasion-leads/" + handling.taxCode()))
                .body(handling);
    }
}
