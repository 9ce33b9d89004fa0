package vn.ansinh.card;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "Health insurance cards", description = "Issuing runs, look-up at check-in, revocation, MA_DKBD, births and deaths")
class CardController {

    static final String OFFICERS = "hasAnyRole('ADMINISTRATOR', 'CARD_OFFICER')";

    private final LookingUpCards lookingUp;
    private final IssuingCards issuing;
    private final RevokingCards revoking;
    private final ChangingRegisteredFacility changingFacility;
    private final LifeEvents lifeEvents;
    private final Cards cards;

    CardController(LookingUpCards lookingUp, IssuingCards issuing, RevokingCards revoking,
                   ChangingRegisteredFacility changingFacility, LifeEvents lifeEvents, Cards cards) {
        this.lookingUp = lookingUp;
        this.issuing = issuing;
        this.revoking = revoking;
        this.changingFacility = changingFacility;
        this.lifeEvents = lifeEvents;
        this.cards = cards;
    }

    record IssueRunRequest(@NotNull(message = "is required") LocalDate on) {
    }

    record RevocationRequest(@NotBlank(message = "is required") @Size(max = 500, message = "at most 500 characters")
                             String reason) {
    }

    record FacilityChangeRequest(
            @NotNull(message = "is required") @Pattern(regexp = "^[0-9]{5}$", message = "must be 5 digits")
            String facilityCode,
            @NotNull(message = "is required") LocalDate effectiveFrom) {
    }

    record BirthRequest(@NotNull(message = "is required") @Pattern(regexp = "^[0-9]{10}$", message = "must be 10 digits")
                        String siCode) {
    }

    record DeathRequest(
            @NotNull(message = "is required") @Pattern(regexp = "^[0-9]{10}$", message = "must be 10 digits") String siCode,
            @NotNull(message = "is required") LocalDate dateOfDeath) {
    }

    record CardView(HealthInsuranceCard card, String registeredFacility, List<CardEvent> history) {
    }

    // Who may look up (facility tokens; administrators, card officers, claims appraisers and managers) is checked by
    // the look-up's own filter chain in vn.ansinh.security.SecurityConfiguration: method security cost this, the
    // busiest endpoint, about 9 % of its CPU.
    // JSON only, declared: the converters are then not each asked what they could write (about 3 % of the CPU).
    @GetMapping(path = "/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Look up a card at check-in by CCCD or card number, with the national portal's result code")
    @Parameter(in = ParameterIn.QUERY, name = "id", required = true, description = "12-digit CCCD or 15-character card number")
    @Parameter(in = ParameterIn.QUERY, name = "name", required = true, description = "Full name, with or without accents")
    @Parameter(in = ParameterIn.QUERY, name = "dob", required = true, description = "Date of birth, YYYY-MM-DD")
    @Parameter(in = ParameterIn.QUERY, name = "on", description = "Visit date, YYYY-MM-DD; today if absent")
    CardLookup lookUp(HttpServletRequest request) {
        // Parameters read from the request rather than bound by @RequestParam: this is the busiest endpoint, and the
        // binder created per argument was about 10 % of its CPU in the look-up benchmark. Dates parsed here for the
        // same reason (annotation-driven conversion was a visible share too).
        String id = request.getParameter("id");
        String name = request.getParameter("name");
        String dob = request.getParameter("dob");
        String on = request.getParameter("on");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "is required");
        }
        if (dob == null || dob.isBlank()) {
            throw new InvalidInput("dob", "is required, YYYY-MM-DD");
        }
        return lookingUp.lookUp(id, name, date("dob", dob), on == null || on.isBlank() ? LocalDate.now() : date("on", on));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date, YYYY-MM-DD");
        }
    }

    @GetMapping("/{cardNumber}")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "A card with its registered facility today and its history")
    CardView card(@PathVariable String cardNumber) {
        HealthInsuranceCard card = cards.byNumber(cardNumber).orElseThrow(() -> new NotFound("card", cardNumber));
        return new CardView(card, cards.registeredFacility(card.id(), LocalDate.now()).orElse(null),
                cards.history(card.id()));
    }

    @PostMapping("/issuing-runs")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Issue and extend cards for a date from what was actually paid")
    CardIssueRun issue(@Valid @RequestBody IssueRunRequest request) {
        return issuing.issue(request.on());
    }

    @PostMapping("/{cardNumber}/revocation")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Revoke a card with a reason")
    HealthInsuranceCard revoke(@PathVariable String cardNumber, @Valid @RequestBody RevocationRequest request) {
        return revoking.revoke(cardNumber, request.reason());
    }

    @PutMapping("/{cardNumber}/registered-facility")
    @PreAuthorize(OFFICERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the registered primary-care facility (MA_DKBD) from the first day of a quarter")
    void changeFacility(@PathVariable String cardNumber, @Valid @RequestBody FacilityChangeRequest request) {
        changingFacility.change(cardNumber, request.facilityCode(), request.effectiveFrom(), LocalDate.now());
    }

    @PostMapping("/births")
    @PreAuthorize(OFFICERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue the under-6 card of a registered newborn")
    HealthInsuranceCard birth(@Valid @RequestBody BirthRequest request) {
        return lifeEvents.birth(request.siCode(), LocalDate.now());
    }

    @PostMapping("/deaths")
    @PreAuthorize(OFFICERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a death and end the card on the day of death")
    void death(@Valid @RequestBody DeathRequest request) {
        lifeEvents.death(request.siCode(), request.dateOfDeath());
    }
}
