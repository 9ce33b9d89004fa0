package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.progress.Job;
import vn.ansinh.progress.Progress;
import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.Employers;
import vn.ansinh.employer.EmploymentDeclarations;
import vn.ansinh.employer.EmploymentRecord;
import vn.ansinh.employer.Employments;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actor;
import vn.ansinh.security.Actors;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.OutOfScope;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Employers' labour declarations (hire, leave, salary change, unpaid leave), one through the API or many in a
 * labour-change list ({@link LabourChangeFile}), made by the employer's own system for its own unit or by an officer
 * for an employer in their area.
 * <p>
 * Hires, leaves and salary changes are applied through the employer register ({@link EmploymentDeclarations}),
 * unpaid leave is written to {@code unpaid_leave}, and every declaration is kept in {@code labour_declaration}.
 * A declaration that reaches into a month already assessed for the employer re-assesses every such month from its
 * own on (only its month, for unpaid leave), in the same transaction, so the ledger gets the ADJUSTMENT at once.
 * <p>
 * A list is checked in full ({@link DeclarationChecks}) before any line is applied, then its good lines are applied
 * in one transaction, each in a savepoint, so that a line the employer register still refuses is reported like the
 * others. All or nothing by default: with any bad line the transaction is rolled back, nothing is applied, and
 * every bad line is reported. With {@code partial} the good lines are applied. The file is kept whatever happens;
 * the same file for the same employer is applied once (sent again after a rejection, or after a partial import that
 * applied no line, it is tried again).
 */
@Service
public class DeclaringLabourChanges {

    static final String ENTITY = "labour_declaration";
    /** The kind of progress job a list import shows as. */
    static final String JOB = "DECLARATION_IMPORT";
    private final Progress progress;

    /** A declaration made, and the assessed months it re-assessed. */
    public record Declared(LabourDeclaration declaration, List<YearMonth> reassessedMonths) {
    }

    private final Employers employers;
    private final Employments employments;
    private final EmploymentDeclarations register;
    private final DeclarationChecks checks;
    private final LabourDeclarations declarations;
    private final Uploads uploads;
    private final AssessingContributions assessing;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoints;

    DeclaringLabourChanges(Employers employers, Employments employments, EmploymentDeclarations register,
                           DeclarationChecks checks, LabourDeclarations declarations, Uploads uploads,
                           AssessingContributions assessing, AuditLog audit,
                           PlatformTransactionManager transactionManager, Progress progress) {
        this.progress = progress;
        this.employers = employers;
        this.employments = employments;
        this.register = register;
        this.checks = checks;
        this.declarations = declarations;
        this.uploads = uploads;
        this.assessing = assessing;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoints = new TransactionTemplate(transactionManager);
        this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Makes one declaration; {@link DeclarationRefused} with every reason when it breaks a rule. */
    @Transactional
    Declared declare(String unitCode, LabourChange change) {
        EmployerSummary employer = employer(unitCode);
        declarations.lock(employer.id());
        DeclarationChecks.Outcome checked = checks.check(employer, List.of(change));
        if (!checked.errors().isEmpty()) {
            throw new DeclarationRefused(checked.errors());
        }
        long id;
        try {
            id = apply(employer, checked.accepted().get(0), null);
        } catch (InvalidInput e) {
            throw e instanceof Conflict ? new Conflict(field(e.field()), e.reason())
                    : new InvalidInput(field(e.field()), e.reason());
        }
        List<YearMonth> reassessed = reassess(employer, List.of(change));
        return new Declared(declarations.byId(employer.id(), id).orElseThrow(), reassessed);
    }

    @Transactional(readOnly = true)
    public Page<LabourDeclaration> list(String unitCode, PageRequest page) {
        return declarations.ofEmployer(employer(unitCode).id(), page);
    }

    @Transactional(readOnly = true)
    public LabourDeclaration get(String unitCode, long id) {
        return declarations.byId(employer(unitCode).id(), id)
                .orElseThrow(() -> new NotFound("Labour declaration", id + " of unit " + unitCode));
    }

    /** Imports a labour-change list; a rejected list comes back with status REJECTED and its bad lines. */
    public DeclarationImportReceipt importFile(String unitCode, String fileName, byte[] content, boolean partial) {
        String name = Uploads.fileName(fileName, content);
        EmployerSummary employer = employer(unitCode);
        Actor actor = Actors.current();
        String sha256 = Uploads.sha256(content);
        LabourChangeFile.Reading reading = LabourChangeFile.read(content);
        Job job = progress.start(JOB, employer.unitCode() + " · " + name, reading.rows());
        String receipts = "/employers/" + employer.unitCode() + "/declarations/imports/";
        Attempt attempt;
        try {
            attempt = transactions.execute(tx -> attempt(employer, name, content, sha256, actor, partial, reading, tx, job));
        } catch (RuntimeException e) {
            // Nothing was applied; the file and the reason are still kept.
            List<RowIssue> failure = List.of(new RowIssue(0, "file", "applying broke off, nothing was applied: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
            transactions.execute(tx -> store(employer, name, content, sha256, actor, partial,
                    DeclarationImportReceipt.Status.FAILED, reading.rows(), failure, List.of()));
            job.fail(failure.get(0).reason());
            throw e;
        }
        if (attempt.alreadyImported() != null) {
            job.finish("ALREADY_IMPORTED", receipts + attempt.alreadyImported());
            return receipt(unitCode, attempt.alreadyImported()).asAlreadyImported();
        }
        if (attempt.uploadId() == null) {
            long id = transactions.execute(tx -> store(employer, name, content, sha256, actor, partial,
                    DeclarationImportReceipt.Status.REJECTED, reading.rows(), attempt.errors(), attempt.flags()));
            job.finish("REJECTED", receipts + id);
            return receipt(unitCode, id);
        }
        job.finish("APPLIED", receipts + attempt.uploadId());
        return receipt(unitCode, attempt.uploadId()).withReassessed(attempt.reassessed());
    }

    @Transactional(readOnly = true)
    public DeclarationImportReceipt receipt(String unitCode, long id) {
        employer(unitCode);
        Uploads.Stored stored = uploads.stored(Uploads.DECLARATIONS, id)
                .filter(s -> unitCode.equals(s.subjectCode()))
                .orElseThrow(() -> new NotFound("Labour-change list", id + " of unit " + unitCode));
        return receipt(stored, uploads.issues(id, true), uploads.issues(id, false));
    }

    /** The employer's labour-change lists, newest first, without their issues. */
    @Transactional(readOnly = true)
    public Page<DeclarationImportReceipt> imports(String unitCode, PageRequest page) {
        employer(unitCode);
        return uploads.list(Uploads.DECLARATIONS, unitCode, page).map(s -> receipt(s, null, null));
    }

    /** What one go at a list came to: applied (an upload), already imported before, or rejected (neither). */
    private record Attempt(Long uploadId, Long alreadyImported, List<RowIssue> errors, List<RowIssue> flags,
                           List<YearMonth> reassessed) {

        static Attempt rejected(List<RowIssue> errors, List<RowIssue> flags) {
            return new Attempt(null, null, sorted(errors), sorted(flags), List.of());
        }
    }

    private Attempt attempt(EmployerSummary employer, String name, byte[] content, String sha256, Actor actor,
                            boolean partial, LabourChangeFile.Reading reading, TransactionStatus tx, Job job) {
        declarations.lock(employer.id());
        Optional<Uploads.Stored> earlier = uploads.takenIn(Uploads.DECLARATIONS, employer.unitCode(), sha256);
        if (earlier.isPresent()) {
            return new Attempt(null, earlier.get().id(), List.of(), List.of(), List.of());
        }
        List<RowIssue> errors = new ArrayList<>(reading.errors());
        DeclarationChecks.Outcome checked = checks.check(employer, reading.changes());
        checked.errors().forEach(e -> errors.add(inFile(e)));
        List<RowIssue> flags = checked.flags().stream().map(DeclaringLabourChanges::inFile).toList();
        if (errors.stream().anyMatch(e -> e.line() == 0)) {
            return Attempt.rejected(errors, flags);
        }
        // Even when lines are bad already, the good ones are tried, to report the lines the register refuses too;
        // without partial, the transaction is then rolled back.
        long uploadId = uploads.insert(Uploads.DECLARATIONS, employer.unitCode(), name, content, sha256, actor.name(),
                partial, DeclarationImportReceipt.Status.APPLIED.name(), counts(reading.rows(), 0, errors));
        List<LabourChange> applied = new ArrayList<>();
        for (DeclarationChecks.Accepted accepted : checked.accepted()) {
            job.advance(1);
            try {
                savepoints.executeWithoutResult(line -> apply(employer, accepted, uploadId));
                applied.add(accepted.change());
            } catch (InvalidInput e) {
                errors.add(new RowIssue(accepted.change().line(), LabourChangeFile.column(field(e.field())), e.reason()));
            }
        }
        if (!errors.isEmpty() && !partial) {
            tx.setRollbackOnly();
            return Attempt.rejected(errors, flags);
        }
        List<YearMonth> reassessed = reassess(employer, applied);
        List<RowIssue> bad = sorted(errors);
        DeclarationImportReceipt.Status status = bad.isEmpty()
                ? DeclarationImportReceipt.Status.APPLIED : DeclarationImportReceipt.Status.PARTIALLY_APPLIED;
        Uploads.Counts counts = counts(reading.rows(), applied.size(), bad);
        uploads.finish(uploadId, status.name(), counts, bad, sorted(flags));
        audit.record("IMPORT", ImportingPayments.ENTITY, uploadId, null, auditView(employer, name, sha256, status, counts,
                reassessed));
        return new Attempt(uploadId, null, bad, flags, reassessed);
    }

    private long store(EmployerSummary employer, String name, byte[] content, String sha256, Actor actor,
                       boolean partial, DeclarationImportReceipt.Status status, int rows, List<RowIssue> errors,
                       List<RowIssue> flags) {
        Uploads.Counts counts = counts(rows, 0, errors);
        long id = uploads.insert(Uploads.DECLARATIONS, employer.unitCode(), name, content, sha256, actor.name(), partial,
                status.name(), counts);
        uploads.finish(id, status.name(), counts, errors, flags);
        audit.record("IMPORT", ImportingPayments.ENTITY, id, null, auditView(employer, name, sha256, status, counts,
                List.of()));
        return id;
    }

    /** Applies one checked change and records the declaration; returns its id. */
    private long apply(EmployerSummary employer, DeclarationChecks.Accepted accepted, Long uploadId) {
        LabourChange change = accepted.change();
        PersonSummary person = accepted.person();
        String unitCode = employer.unitCode();
        long employmentId = switch (change.kind()) {
            case HIRE -> register.hire(unitCode, person.cccd(), change.effectiveDate(), change.monthlySalary());
            case LEAVE -> {
                long id = employment(employer, person, change).employmentId();
                register.leave(unitCode, id, change.effectiveDate());
                yield id;
            }
            case SALARY_CHANGE -> {
                long id = employment(employer, person, change).employmentId();
                register.changeSalary(unitCode, id, change.effectiveDate(), change.monthlySalary());
                yield id;
            }
            case UNPAID_LEAVE -> {
                long id = employment(employer, person, change).employmentId();
                LabourDeclarations.UnpaidLeave leave = new LabourDeclarations.UnpaidLeave(id, change.month(),
                        change.unpaidDays(), change.maternity());
                Optional<LabourDeclarations.UnpaidLeave> before = declarations.unpaidLeave(id, change.month());
                declarations.recordUnpaidLeave(leave);
                audit.record("UNPAID_LEAVE", "employment", id, before.orElse(null), leave);
                yield id;
            }
        };
        long id = declarations.insert(new LabourDeclarations.NewDeclaration(employer.id(), person.id(), employmentId,
                change, accepted.salaryNote(), uploadId, Actors.current().name()));
        audit.record("DECLARE", ENTITY, id, null, declarations.byId(employer.id(), id).orElseThrow());
        return id;
    }

    /** The person's employment at the employer the change is about, as the changes applied before left it. */
    private EmploymentRecord employment(EmployerSummary employer, PersonSummary person, LabourChange change) {
        List<EmploymentRecord> here = employments.ofPerson(person.id()).stream()
                .filter(e -> e.employerId() == employer.id()).toList();
        Optional<EmploymentRecord> found;
        if (change.kind().monthly()) {
            LocalDate first = change.month().atDay(1);
            LocalDate last = change.month().atEndOfMonth();
            found = here.stream().filter(e -> !e.startDate().isAfter(last)
                    && (e.endDate() == null || !e.endDate().isBefore(first))).reduce((a, b) -> b);
        } else {
            LocalDate day = change.effectiveDate();
            found = here.stream().filter(e -> !e.startDate().isAfter(day)
                    && (e.endDate() == null || !e.endDate().isBefore(day))).findFirst();
        }
        return found.orElseThrow(() -> new InvalidInput(change.dateField(), "CCCD " + person.cccd()
                + " is not employed at unit " + employer.unitCode() + " then"));
    }

    /** Re-assesses the months already assessed for the employer that the changes reach into, oldest first. */
    private List<YearMonth> reassess(EmployerSummary employer, List<LabourChange> changes) {
        Optional<YearMonth> from = changes.stream().map(LabourChange::firstMonth).min(Comparator.naturalOrder());
        if (from.isEmpty()) {
            return List.of();
        }
        List<YearMonth> months = declarations.assessedMonths(employer.id(), from.get()).stream()
                .filter(month -> changes.stream().anyMatch(c -> !month.isBefore(c.firstMonth())
                        && (c.lastMonth() == null || !month.isAfter(c.lastMonth()))))
                .toList();
        months.forEach(month -> assessing.assess(month, employer.unitCode()));
        return months;
    }

    /**
     * The employer, if the actor may declare for it: an employer's own system only for its own unit code, staff
     * only inside their area.
     */
    private EmployerSummary employer(String unitCode) {
        EmployerSummary employer = employers.byUnitCode(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        if (Actors.current() instanceof ApiClient client
                && (client.kind() != ApiClient.Kind.EMPLOYER || !unitCode.equals(client.subjectCode()))) {
            throw new OutOfScope("Employer " + unitCode + " (this token is for " + client.subjectCode() + ")");
        }
        Actors.requireInScope(employer.areaPath(), "Employer " + unitCode);
        return employer;
    }

    /** The declaration's field for a field of the employer register's forms. */
    private static String field(String registerField) {
        return switch (registerField) {
            case "startDate", "endDate", "validFrom" -> LabourChange.EFFECTIVE_DATE;
            case "siCode" -> LabourChange.CCCD;
            default -> registerField;
        };
    }

    /** The issue with the list's column name for its field. */
    private static RowIssue inFile(RowIssue issue) {
        return new RowIssue(issue.line(), LabourChangeFile.column(issue.field()), issue.reason());
    }

    private static List<RowIssue> sorted(List<RowIssue> issues) {
        return issues.stream().sorted(Comparator.comparingInt(RowIssue::line)).toList();
    }

    private static Uploads.Counts counts(int rows, int applied, List<RowIssue> errors) {
        int badRows = (int) errors.stream().filter(e -> e.line() > 0).map(RowIssue::line).distinct().count();
        return new Uploads.Counts(rows, applied, 0, badRows, 0);
    }

    private static DeclarationImportReceipt receipt(Uploads.Stored s, List<RowIssue> errors, List<RowIssue> flags) {
        return new DeclarationImportReceipt(s.id(), s.subjectCode(), s.fileName(), s.sha256(), s.receivedAt(),
                s.receivedBy(), s.partial(), DeclarationImportReceipt.Status.valueOf(s.status()), s.counts().rows(),
                s.counts().booked(), s.counts().badRows(), null, null, errors, flags);
    }

    private static Map<String, Object> auditView(EmployerSummary employer, String name, String sha256,
                                                 DeclarationImportReceipt.Status status, Uploads.Counts counts,
                                                 List<YearMonth> reassessed) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", Uploads.DECLARATIONS);
        view.put("unitCode", employer.unitCode());
        view.put("fileName", name);
        view.put("sha256", sha256);
        view.put("status", status.name());
        view.put("rows", counts.rows());
        view.put("applied", counts.booked());
        view.put("badRows", counts.badRows());
        view.put("reassessedMonths", reassessed.stream().map(YearMonth::toString).toList());
        return view;
    }
}
