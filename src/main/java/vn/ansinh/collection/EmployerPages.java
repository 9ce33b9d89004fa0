package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.Employers;
import vn.ansinh.employer.Employments;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.PageRequest;

/**
 * The staff UI's employer page: the employer, its employees with their salary today, its labour declarations, its
 * account for the last twelve months and its debt (with the evasion flag) as the demand notice of this month states
 * it. The notice's PDF is served here too, for the logged-in session (the API's twin is stateless).
 */
@Controller
class EmployerPages {

    private final Employers employers;
    private final Employments employments;
    private final DeclaringLabourChanges declarations;
    private final PayerStatements statements;
    private final DemandNotices notices;
    private final Clock clock;

    EmployerPages(Employers employers, Employments employments, DeclaringLabourChanges declarations,
                  PayerStatements statements, DemandNotices notices, Clock clock) {
        this.employers = employers;
        this.employments = employments;
        this.declarations = declarations;
        this.statements = statements;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/employers/{unitCode}")
    @PreAuthorize(CollectionRoles.READ)
    String employer(@PathVariable String unitCode, Model model) {
        EmployerSummary employer = employers.byUnitCode(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(employer.areaPath(), "employer " + unitCode);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        model.addAttribute("employer", employer);
        model.addAttribute("today", today);
        model.addAttribute("month", month);
        model.addAttribute("employees", employments.activeOn(employer.id(), today));
        model.addAttribute("declarations", declarations.list(unitCode, PageRequest.of(0, 20)));
        model.addAttribute("imports", declarations.imports(unitCode, PageRequest.of(0, 5)));
        model.addAttribute("statement", statements.of(PayerKind.EMPLOYER, unitCode, null, null));
        model.addAttribute("notice", debtOf(unitCode, month));
        return "collection/employer";
    }

    @GetMapping(value = "/employers/{unitCode}/demand-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> demandNotice(@PathVariable String unitCode,
                                        @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("thong-bao-no-" + unitCode + "-" + month + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(notices.pdf(unitCode, month));
    }

    /** The month's demand notice, or none when the employer owed nothing at the end of the month before. */
    private DemandNotice debtOf(String unitCode, YearMonth month) {
        try {
            return notices.forEmployer(unitCode, month);
        } catch (NotFound noDebt) {
            return null;
        }
    }
}
