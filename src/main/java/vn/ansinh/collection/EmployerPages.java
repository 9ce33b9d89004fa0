package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

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
    private final Spreadsheets spreadsheets;

    EmployerPages(Employers employers, Employments employments, DeclaringLabourChanges declarations,
                  PayerStatements statements, DemandNotices notices, Clock clock, Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
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
        EmployerSummary employer = inScope(unitCode);
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

    /**
     * The page's lists as one workbook: employees today, the account by month, the payments received and every
     * declaration (not only the page's latest twenty).
     */
    @GetMapping(path = "/employers/{unitCode}", params = "format=xlsx")
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> workbook(@PathVariable String unitCode) {
        EmployerSummary employer = inScope(unitCode);
        LocalDate today = LocalDate.now(clock);
        Table.Builder staff = Table.titled("employer.staff")
                .column("person.siCode", Table.Kind.TEXT).column("person.name", Table.Kind.TEXT)
                .column("employer.jobTitle", Table.Kind.TEXT).column("employer.since", Table.Kind.DATE)
                .column("employer.salary", Table.Kind.MONEY);
        employments.activeOn(employer.id(), today).forEach(e -> staff.row(null, e.siCode(), e.fullName(), e.jobTitle(),
                e.startDate(), e.monthlySalary()));
        PayerStatement statement = statements.of(PayerKind.EMPLOYER, unitCode, null, null);
        Table.Builder account = Table.titled("employer.account")
                .column("siBook.month", Table.Kind.TEXT).column("employer.deadline", Table.Kind.DATE)
                .column("employer.dues", Table.Kind.MONEY).column("employer.paid", Table.Kind.MONEY)
                .column("employer.interest", Table.Kind.MONEY).column("employer.owed", Table.Kind.MONEY)
                .column("employer.late", Table.Kind.NUMBER);
        statement.months().forEach(m -> account.row(null, m.month().toString(), m.deadline(), m.amounts().dues(),
                m.amounts().paid(), m.amounts().interest(), m.amounts().balance(), m.daysLate()));
        Table.Builder payments = Table.titled("employer.payments")
                .column("employer.paymentDate", Table.Kind.DATE).column("employer.transaction", Table.Kind.TEXT)
                .column("employer.amount", Table.Kind.MONEY);
        statement.payments().forEach(p -> payments.row(null, p.date(), p.transactionId(), p.amount()));
        Table.Builder declared = Table.titled("employer.declarations")
                .column("employer.declaredAt", Table.Kind.DATE).column("employer.kind", Table.Kind.TEXT)
                .column("person.name", Table.Kind.TEXT).column("employer.effectiveOn", Table.Kind.DATE)
                .column("employer.salary", Table.Kind.MONEY).column("employer.source", Table.Kind.TEXT);
        Spreadsheets.all(page -> declarations.list(unitCode, page)).forEach(d -> declared.row(null,
                d.declaredAt().toLocalDate(), spreadsheets.text("declaration." + d.kind()), d.fullName(),
                d.effectiveOn(), d.monthlySalary(), d.source() + (d.line() == null ? "" : " #" + d.line())));
        return spreadsheets.download("don-vi-" + unitCode,
                List.of(staff.build(), account.build(), payments.build(), declared.build()));
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

    /** The employer, when it lies in the officer's area (404 when unknown, 403 outside). */
    private EmployerSummary inScope(String unitCode) {
        EmployerSummary employer = employers.byUnitCode(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(employer.areaPath(), "employer " + unitCode);
        return employer;
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
