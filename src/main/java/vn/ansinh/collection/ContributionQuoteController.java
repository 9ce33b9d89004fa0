package vn.ansinh.collection;

import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ansinh.collection.ContributionQuote.QuoteKind;

@RestController
@RequestMapping("/api/v1/contributions")
@Tag(name = "Contributions", description = "What a contribution comes to, per fund and payer, with the rates and legal references in force")
class ContributionQuoteController {

    /** Every staff member, and employers' own systems. */
    static final String QUOTERS = "hasAnyRole('ADMINISTRATOR', 'COLLECTION_OFFICER', 'CARD_OFFICER', 'CLAIMS_APPRAISER', "
            + "'BENEFIT_OFFICER', 'MANAGER') or hasAuthority('CLIENT_EMPLOYER')";

    private static final String COMPULSORY_EXAMPLE = """
            {"kind": "COMPULSORY", "month": "2024-08", "salary": 10000000, "wageRegion": 1}""";
    private static final String VOLUNTARY_EXAMPLE = """
            {"kind": "VOLUNTARY", "month": "2025-08", "income": 1500000, "category": "POOR", "months": 3}""";
    private static final String HOUSEHOLD_EXAMPLE = """
            {"kind": "HOUSEHOLD", "month": "2024-08", "member": 2}""";
    private static final String BUDGET_HI_EXAMPLE = """
            {"kind": "BUDGET_HI", "month": "2024-08", "group": "NEAR_POOR", "provinceSupportPercent": 30}""";
    private static final String QUOTE_EXAMPLE = """
            {"kind": "COMPULSORY", "month": "2024-08", "parametersOn": "2024-08-01", "months": 1,
             "lines": [
              {"fund": "RETIREMENT", "payer": "EMPLOYER", "base": 10000000, "ratePercent": 14, "amount": 1400000,
               "legalReference": "RULES.md §4: compulsory contributions, retirement and survivorship", "lessSupport": 0},
              {"fund": "RETIREMENT", "payer": "EMPLOYEE", "base": 10000000, "ratePercent": 8, "amount": 800000,
               "legalReference": "RULES.md §4: compulsory contributions, retirement and survivorship", "lessSupport": 0}],
             "totals": [{"payer": "EMPLOYER", "monthly": 2150000, "amount": 2150000},
                        {"payer": "EMPLOYEE", "monthly": 1050000, "amount": 1050000}],
             "total": 3200000, "notes": []}""";

    private final RateBooks rateBooks;

    ContributionQuoteController(RateBooks rateBooks) {
        this.rateBooks = rateBooks;
    }

    @PostMapping("/quote")
    @PreAuthorize(QUOTERS)
    @Operation(summary = "Quote a contribution: one line per fund and payer with base, rate, amount and legal reference",
            description = "Parameters in force on the first day of the month apply. Amounts are whole VND, each line "
                    + "rounded half up; totals are sums of lines, per payer per month and for the months paid at once.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = {
                    @ExampleObject(name = "compulsory", summary = "10,000,000 VND in region I, August 2024", value = COMPULSORY_EXAMPLE),
                    @ExampleObject(name = "voluntary", summary = "Voluntary SI of a poor participant, 3 months", value = VOLUNTARY_EXAMPLE),
                    @ExampleObject(name = "household", summary = "Household HI of the second member", value = HOUSEHOLD_EXAMPLE),
                    @ExampleObject(name = "budgetHi", summary = "Near-poor HI with the province's 30 %", value = BUDGET_HI_EXAMPLE)})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The quote (lines shortened)", content = @Content(
                            mediaType = "application/json", examples = @ExampleObject(value = QUOTE_EXAMPLE))),
                    @ApiResponse(responseCode = "400", description = "A field is missing or invalid: errors[].field names it")})
    ContributionQuote quote(@Valid @RequestBody QuoteRequest request) {
        ContributionCalculator calculator = new ContributionCalculator(rateBooks.forMonth(YearMonth.parse(request.month())));
        return switch (QuoteKind.valueOf(request.kind())) {
            case COMPULSORY -> calculator.compulsory(new EmployeeMonth(request.salary(), request.wageRegion(),
                    "FOREIGN".equals(request.workerType()), Boolean.TRUE.equals(request.reducedAccidentRate()),
                    request.unpaidDays() == null ? 0 : request.unpaidDays()));
            case VOLUNTARY -> calculator.voluntary(new VoluntaryIncome(request.income(),
                    VoluntarySupportCategory.valueOf(request.category()), request.months() == null ? 1 : request.months()));
            case HOUSEHOLD -> calculator.household(request.member());
            case BUDGET_HI -> calculator.budgetHi(HiSupportGroup.valueOf(request.group()), request.provinceSupportPercent());
        };
    }
}
