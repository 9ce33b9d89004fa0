package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.claim.ClaimLine;
import vn.ansinh.claim.LineKind;
import vn.ansinh.security.Actors;
import vn.ansinh.security.Role;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.ListPage;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The appraisers' screens: the review queue (riskiest first, by facility and minimum risk, as Excel too), the claim
 * page with its lines, what the rules found, the decisions and the audit trail, and the forms that accept the claim
 * or add, change and remove deductions. Every read and decision goes through {@link ReviewingClaims}, which checks
 * the area scope and the rules; a refused input comes back on the page next to its field. Also a person's claims,
 * which the person page loads into its claims section.
 */
@Controller
class ClaimReviewPages {

    static final int PAGE_SIZE = 50;

    private final ReviewingClaims reviewing;
    private final Spreadsheets spreadsheets;
    private final JsonMapper json;

    ClaimReviewPages(ReviewingClaims reviewing, Spreadsheets spreadsheets, JsonMapper json) {
        this.reviewing = reviewing;
        this.spreadsheets = spreadsheets;
        this.json = json;
    }

    /** A line of the claim's audit trail: who decided what, why, and what the fund pays after it. */
    record Decision(OffsetDateTime at, String actor, String action, String reason, BigDecimal approved) {
    }

    @GetMapping("/claims/review")
    @PreAuthorize(ClaimAppraisalController.READERS)
    String queue(@RequestParam(required = false) String facility, @RequestParam(defaultValue = "0") int minRisk,
                 @RequestParam(required = false) Integer page, Model model) {
        String chosen = facility(facility);
        Page<ReviewingClaims.QueueItem> results = reviewing.queue(chosen, minRisk,
                PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
        String link = UriComponentsBuilder.fromPath("/claims/review").queryParamIfPresent("facility",
                java.util.Optional.ofNullable(chosen)).queryParam("minRisk", minRisk).build().toUriString();
        List<ListPage.Option> facilities = new ArrayList<>();
        facilities.add(new ListPage.Option("", spreadsheets.text("review.allFacilities")));
        reviewing.queueFacilities().forEach(f -> facilities.add(new ListPage.Option(f.code(),
                f.code() + " " + f.name() + " (" + f.waiting() + ")")));
        return ListPage.show(model, spreadsheets.text("review.title"), spreadsheets.text("review.note"),
                queueTable(results.items()), results, link + "&page=", link + "&format=xlsx",
                List.of(ListPage.Filter.choice("facility", "claim.facility", chosen == null ? "" : chosen, facilities),
                        ListPage.Filter.text("minRisk", "review.minRisk", minRisk)));
    }

    @GetMapping(path = "/claims/review", params = "format=xlsx")
    @PreAuthorize(ClaimAppraisalController.READERS)
    ResponseEntity<byte[]> queueExport(@RequestParam(required = false) String facility,
                                       @RequestParam(defaultValue = "0") int minRisk) {
        String chosen = facility(facility);
        return spreadsheets.download("claims-review" + (chosen == null ? "" : "-" + chosen),
                queueTable(Spreadsheets.all(p -> reviewing.queue(chosen, minRisk, p))));
    }

    /** A person's claims: the whole page, or only its table for the person page's section (htmx). */
    @GetMapping(path = "/claims", params = "person")
    @PreAuthorize(ClaimAppraisalController.READERS)
    String ofPerson(@RequestParam String person, @RequestParam(required = false) Integer page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String siCode = siCode(person);
        Page<ReviewingClaims.ClaimItem> results = reviewing.ofInsured(siCode,
                PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
        String link = "/claims?person=" + siCode;
        String view = ListPage.show(model, spreadsheets.text("claims.ofPerson") + " · " + siCode, null,
                personTable(results.items()), results, link + "&page=", link + "&format=xlsx");
        return htmx != null ? ListPage.TABLE_FRAGMENT : view;
    }

    @GetMapping(path = "/claims", params = {"person", "format=xlsx"})
    @PreAuthorize(ClaimAppraisalController.READERS)
    ResponseEntity<byte[]> ofPersonExport(@RequestParam String person) {
        String siCode = siCode(person);
        return spreadsheets.download("claims-" + siCode,
                personTable(Spreadsheets.all(p -> reviewing.ofInsured(siCode, p))));
    }

    @GetMapping("/claims/{claimId}")
    @PreAuthorize(ClaimAppraisalController.READERS)
    String claim(@PathVariable long claimId, Model model) {
        return page(claimId, model);
    }

    @PostMapping("/claims/{claimId}/acceptance")
    @PreAuthorize(ClaimAppraisalController.APPRAISERS)
    String accept(@PathVariable long claimId, @RequestParam(required = false) String reason, Model model) {
        return decide(claimId, "accept", Map.of("reason", text(reason)), model,
                () -> reviewing.accept(claimId, reason));
    }

    @PostMapping("/claims/{claimId}/deductions")
    @PreAuthorize(ClaimAppraisalController.APPRAISERS)
    String addDeduction(@PathVariable long claimId, @RequestParam(required = false) String line,
                        @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                        Model model) {
        return decide(claimId, "add", Map.of("line", text(line), "amount", text(amount), "reason", text(reason)), model,
                () -> {
                    LineKind kind = null;
                    Integer lineNo = null;
                    if (line != null && !line.isBlank()) {
                        String[] parts = line.strip().split(":");
                        try {
                            kind = LineKind.valueOf(parts[0]);
                            lineNo = Integer.valueOf(parts[1]);
                        } catch (RuntimeException e) {
                            throw new InvalidInput("lineNo", "'" + line + "' is not a line of the claim");
                        }
                    }
                    return reviewing.addDeduction(claimId, kind, lineNo, amount(amount), reason);
                });
    }

    @PostMapping("/claims/{claimId}/deductions/{deductionId}")
    @PreAuthorize(ClaimAppraisalController.APPRAISERS)
    String changeDeduction(@PathVariable long claimId, @PathVariable long deductionId,
                           @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                           Model model) {
        return decide(claimId, "change-" + deductionId, Map.of("amount", text(amount), "reason", text(reason)), model,
                () -> reviewing.changeDeduction(claimId, deductionId, amount(amount), reason));
    }

    @PostMapping("/claims/{claimId}/deductions/{deductionId}/removal")
    @PreAuthorize(ClaimAppraisalController.APPRAISERS)
    String removeDeduction(@PathVariable long claimId, @PathVariable long deductionId,
                           @RequestParam(required = false) String reason, Model model) {
        return decide(claimId, "change-" + deductionId, Map.of("reason", text(reason)), model,
                () -> reviewing.removeDeduction(claimId, deductionId, reason));
    }

    /**
     * Runs a decision: done, back to the claim page (htmx follows the redirect and swaps the review in); refused, the
     * page again with the form's input and the field's error, so the appraiser corrects it where it was typed.
     */
    private String decide(long claimId, String form, Map<String, String> input, Model model,
                          Supplier<Appraisal> decision) {
        try {
            decision.get();
            return "redirect:/claims/" + claimId;
        } catch (InvalidInput e) {
            model.addAttribute("failedForm", form);
            model.addAttribute("input", input);
            // The line's own field ("lineNo") is the form's "line" select.
            model.addAttribute("errors", Map.of("lineNo".equals(e.field()) ? "line" : e.field(), e.reason()));
            return page(claimId, model);
        }
    }

    private String page(long claimId, Model model) {
        ReviewingClaims.ClaimReview review = reviewing.detail(claimId);
        model.addAttribute("review", review);
        model.addAttribute("claim", review.claim());
        model.addAttribute("appraisal", review.appraisal());
        model.addAttribute("trail", reviewing.trail(claimId).stream().map(this::decision).toList());
        var authorities = Actors.current().authorities();
        model.addAttribute("appraiser", authorities.contains(Role.ADMINISTRATOR.authority())
                || authorities.contains(Role.CLAIMS_APPRAISER.authority()));
        Map<String, String> lines = new LinkedHashMap<>();
        for (ClaimLine l : review.claim().lines()) {
            lines.put(l.kind() + ":" + l.lineNo(), spreadsheets.text("claim.lineKind." + l.kind()) + " " + l.lineNo()
                    + " · " + l.itemName());
        }
        model.addAttribute("lineChoices", lines);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
            model.addAttribute("failedForm", "");
        }
        return "claim/claim";
    }

    /** The reason and the approved amount are in the entry's "after" state, as {@link ReviewingClaims} audits it. */
    private Decision decision(AuditEntry entry) {
        JsonNode after = entry.after() == null ? json.missingNode()
                : json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(entry.after());
        JsonNode reason = after.path("reason");
        JsonNode approved = after.path("approved");
        return new Decision(entry.at().atZone(ZoneId.systemDefault()).toOffsetDateTime(), entry.actor(),
                entry.action(), reason.isMissingNode() || reason.isNull() ? null : reason.asString(),
                approved.isMissingNode() || approved.isNull() ? null : approved.decimalValue());
    }

    private Table queueTable(List<ReviewingClaims.QueueItem> items) {
        Table.Builder table = Table.titled("review.title")
                .column("claim.encounterKey", Table.Kind.TEXT)
                .column("claim.facility", Table.Kind.TEXT)
                .column("claim.patient", Table.Kind.TEXT)
                .column("claim.admittedAt", Table.Kind.DATE)
                .column("claim.claimed", Table.Kind.MONEY)
                .column("claim.deducted", Table.Kind.MONEY)
                .column("claim.approved", Table.Kind.MONEY)
                .column("review.risk", Table.Kind.NUMBER)
                .column("claim.appraisedAt", Table.Kind.DATE);
        for (ReviewingClaims.QueueItem i : items) {
            table.row("/claims/" + i.claimId(), i.encounterKey(), i.facilityCode() + " " + i.facilityName(),
                    i.patientName(), i.admittedAt(), i.claimed(), i.deducted(), i.approved(), i.riskScore(),
                    i.appraisedAt());
        }
        return table.build();
    }

    private Table personTable(List<ReviewingClaims.ClaimItem> items) {
        Table.Builder table = Table.titled("claims.ofPerson")
                .column("claim.encounterKey", Table.Kind.TEXT)
                .column("claim.facility", Table.Kind.TEXT)
                .column("claim.encounterType", Table.Kind.TEXT)
                .column("claim.admittedAt", Table.Kind.DATE)
                .column("claim.dischargedAt", Table.Kind.DATE)
                .column("claim.status", Table.Kind.TEXT)
                .column("claim.claimed", Table.Kind.MONEY)
                .column("claim.approved", Table.Kind.MONEY);
        for (ReviewingClaims.ClaimItem i : items) {
            // Only an appraised claim has a claim page; an invalid or waiting one is listed without a link.
            table.row(i.approved() == null ? null : "/claims/" + i.claimId(), i.encounterKey(),
                    i.facilityCode() + " " + i.facilityName(),
                    spreadsheets.text("claim.encounterType." + i.encounterType()), i.admittedAt(), i.dischargedAt(),
                    spreadsheets.text("claim.status." + i.status()), i.claimed(), i.approved());
        }
        return table.build();
    }

    private static String facility(String facility) {
        if (facility == null || facility.isBlank()) {
            return null;
        }
        if (!facility.strip().matches("[0-9]{5}")) {
            throw new InvalidInput("facility", "must be 5 digits");
        }
        return facility.strip();
    }

    private static String siCode(String person) {
        if (!person.strip().matches("[0-9]{10}")) {
            throw new InvalidInput("person", "must be a 10-digit SI code");
        }
        return person.strip();
    }

    /** VND as the number field sends it (a dot before at most two decimals); the service checks the rest. */
    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("amount", "'" + text + "' is not an amount of VND");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
