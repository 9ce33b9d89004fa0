package vn.ansinh.claim.appraisal;

import java.io.IOException;
import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ansinh.claim.LineKind;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claim appraisal", description = "Automatic appraisal, the appraisers' review queue and decisions, price lists")
class ClaimAppraisalController {

    static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CLAIMS_APPRAISER', 'MANAGER')";
    static final String APPRAISERS = "hasAnyRole('ADMINISTRATOR', 'CLAIMS_APPRAISER')";

    private final AppraisingClaims appraising;
    private final ReviewingClaims reviewing;
    private final PriceLists priceLists;

    ClaimAppraisalController(AppraisingClaims appraising, ReviewingClaims reviewing, PriceLists priceLists) {
        this.appraising = appraising;
        this.reviewing = reviewing;
        this.priceLists = priceLists;
    }

    record Reason(@NotBlank(message = "is required: say why") @Size(max = 1000, message = "at most 1000 characters")
                  String reason) {
    }

    record NewDeduction(LineKind lineKind, Integer lineNo,
                        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be zero or more")
                        @Digits(integer = 13, fraction = 2, message = "VND with at most two decimals") BigDecimal amount,
                        @NotBlank(message = "is required: say why") @Size(max = 1000, message = "at most 1000 characters")
                        String reason) {
    }

    record ChangedDeduction(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be zero or more")
            @Digits(integer = 13, fraction = 2, message = "VND with at most two decimals") BigDecimal amount,
            @NotBlank(message = "is required: say why") @Size(max = 1000, message = "at most 1000 characters")
            String reason) {
    }

    @GetMapping("/review-queue")
    @PreAuthorize(READERS)
    @Operation(summary = "Claims waiting for an appraiser in your area, riskiest first")
    Page<ReviewingClaims.QueueItem> queue(@RequestParam(required = false) String facility,
                                          @RequestParam(defaultValue = "0") int minRisk,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        if (facility != null && !facility.matches("^[0-9]{5}$")) {
            throw new InvalidInput("facility", "must be 5 digits");
        }
        return reviewing.queue(facility, minRisk, PageRequest.of(page, size));
    }

    @GetMapping("/{claimId}/appraisal")
    @PreAuthorize(READERS)
    @Operation(summary = "A claim with its lines, what the rules found and the appraisers' decisions")
    ReviewingClaims.ClaimReview detail(@PathVariable long claimId) {
        return reviewing.detail(claimId);
    }

    @PostMapping("/{claimId}/appraisal")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Appraise the claim again by the rules (appraisers' decisions are kept)")
    Appraisal appraise(@PathVariable long claimId) {
        reviewing.detail(claimId);
        return appraising.appraise(claimId);
    }

    @PostMapping("/{claimId}/appraisal/acceptance")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Accept the claim as it stands, with the deductions it has")
    Appraisal accept(@PathVariable long claimId, @Valid @RequestBody Reason body) {
        return reviewing.accept(claimId, body.reason());
    }

    @PostMapping("/{claimId}/appraisal/deductions")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Add a deduction to a line (kind and number) or to the whole claim (neither)")
    Appraisal addDeduction(@PathVariable long claimId, @Valid @RequestBody NewDeduction body) {
        return reviewing.addDeduction(claimId, body.lineKind(), body.lineNo(), body.amount(), body.reason());
    }

    @PutMapping("/{claimId}/appraisal/deductions/{deductionId}")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Change a deduction's amount")
    Appraisal changeDeduction(@PathVariable long claimId, @PathVariable long deductionId,
                              @Valid @RequestBody ChangedDeduction body) {
        return reviewing.changeDeduction(claimId, deductionId, body.amount(), body.reason());
    }

    @DeleteMapping("/{claimId}/appraisal/deductions/{deductionId}")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Remove a deduction (kept at zero with the reason)")
    Appraisal removeDeduction(@PathVariable long claimId, @PathVariable long deductionId,
                              @RequestParam(required = false) String reason) {
        return reviewing.removeDeduction(claimId, deductionId, reason);
    }

    @PostMapping(path = "/price-lists", consumes = "multipart/form-data")
    @PreAuthorize(APPRAISERS)
    @Operation(summary = "Import facilities' approved unit prices from CSV: " + PriceLists.HEADER)
    PriceLists.Imported importPrices(@RequestPart(name = "file", required = false) MultipartFile file,
                                     @RequestParam(required = false) String legalReference) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "is required: a CSV file with the header " + PriceLists.HEADER);
        }
        return priceLists.importCsv(file.getOriginalFilename(), file.getBytes(), legalReference);
    }
}
