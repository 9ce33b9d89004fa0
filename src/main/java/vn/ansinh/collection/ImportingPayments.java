package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.progress.Job;
import vn.ansinh.progress.Progress;
import vn.ansinh.security.Actor;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Imports a bank or electronic-collection payment file ({@link PaymentFile}). The file is kept whatever happens.
 * <p>
 * All or nothing by default: one bad row (unknown payer, payer outside the officer's area, amount not a positive
 * whole number, bad or future date, missing or repeated transaction id) and nothing is booked; the receipt lists
 * every bad row. With {@code partial} the good rows are booked and the bad ones listed. A transaction booked before
 * (by an earlier file) is skipped and reported, not an error, so importing the same file again changes nothing; one
 * booked before for another payer, amount or date is an error.
 * <p>
 * Each payment is a PAYMENT journal (BANK to PAYER_CREDIT, on the payment date), then {@link AllocatingCredit} puts
 * the credit on the payer's dues; payments are booked in date order so each is allocated as of its own date.
 */
@Service
public class ImportingPayments {

    static final String ENTITY = "upload";
    /** The kind of progress job an import shows as. */
    static final String JOB = "PAYMENT_IMPORT";

    private final Payers payers;
    private final Payments payments;
    private final Uploads uploads;
    private final Ledger ledger;
    private final AllocatingCredit allocating;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Progress progress;

    ImportingPayments(Payers payers, Payments payments, Uploads uploads, Ledger ledger, AllocatingCredit allocating,
                      AuditLog audit, PlatformTransactionManager transactionManager, Clock clock, Progress progress) {
        this.progress = progress;
        this.payers = payers;
        this.payments = payments;
        this.uploads = uploads;
        this.ledger = ledger;
        this.allocating = allocating;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Imports the file; a rejected file comes back with status REJECTED and its bad rows, nothing booked. */
    public PaymentImportReceipt importFile(String fileName, byte[] content, boolean partial) {
        String name = Uploads.fileName(fileName, content);
        Actor actor = Actors.current();
        PaymentFile.Reading reading = PaymentFile.read(content, LocalDate.now(clock));
        Job job = progress.start(JOB, name, reading.rows());
        List<RowIssue> errors = new ArrayList<>(reading.errors());
        List<RowIssue> skipped = new ArrayList<>();
        List<Booking> bookings = check(reading.payments(), actor, errors, skipped);
        errors.sort(Comparator.comparingInt(RowIssue::line));
        int badRows = (int) errors.stream().filter(e -> e.line() > 0).map(RowIssue::line).distinct().count();
        String sha256 = Uploads.sha256(content);
        Uploads.Counts checked = new Uploads.Counts(reading.rows(), 0, skipped.size(), badRows, 0);

        if (!errors.isEmpty() && (!partial || errors.stream().anyMatch(e -> e.line() == 0))) {
            long id = transactions.execute(tx -> store(name, content, sha256, actor, partial,
                    PaymentImportReceipt.Status.REJECTED, checked, errors, skipped));
            job.finish("REJECTED: " + badRows, "/payments/imports/" + id);
            return receipt(id);
        }
        try {
            long id = transactions.execute(tx -> {
                PaymentImportReceipt.Status status = errors.isEmpty()
                        ? PaymentImportReceipt.Status.BOOKED : PaymentImportReceipt.Status.PARTIALLY_BOOKED;
                long uploadId = uploads.insert(name, content, sha256, actor.name(), partial, status, checked);
                int booked = 0;
                long amount = 0;
                for (Booking b : bookings) {
                    Journal journal = new Journal(Journal.Kind.PAYMENT, b.payment().date(),
                            Payments.sourceRef(b.payment().transactionId()),
                            "upload " + uploadId + " line " + b.payment().line())
                            .debit(Account.BANK, b.payer().kind(), b.payer().code(), null, null, b.payment().amount())
                            .credit(Account.PAYER_CREDIT, b.payer().kind(), b.payer().code(), null, null, b.payment().amount());
                    job.advance(1);
                    if (ledger.book(journal).isPresent()) {
                        booked++;
                        amount += b.payment().amount();
                        allocating.allocate(b.payer().kind(), b.payer().code(), b.payment().date());
                    } else {
                        skipped.add(new RowIssue(b.payment().line(), PaymentFile.TRANSACTION_ID,
                                "already booked (by another import at the same time)"));
                    }
                }
                Uploads.Counts counts = new Uploads.Counts(reading.rows(), booked, skipped.size(), badRows, amount);
                uploads.finish(uploadId, status, counts, errors, skipped);
                audit.record("IMPORT", ENTITY, uploadId, null, auditView(name, sha256, status, counts));
                return uploadId;
            });
            PaymentImportReceipt receipt = receipt(id);
            job.finish(receipt.status() + ": " + receipt.booked() + " / " + receipt.rows(), "/payments/imports/" + id);
            return receipt;
        } catch (RuntimeException e) {
            // Nothing was booked; the file and the reason are still kept.
            List<RowIssue> failure = List.of(new RowIssue(0, "file", "booking broke off, nothing was booked: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
            transactions.execute(tx -> store(name, content, sha256, actor, partial, PaymentImportReceipt.Status.FAILED,
                    checked, failure, List.of()));
            job.fail(failure.get(0).reason());
            throw e;
        }
    }

    public PaymentImportReceipt receipt(long id) {
        return uploads.find(id).orElseThrow(() -> new NotFound("Payment import", id));
    }

    public Page<PaymentImportReceipt> list(PageRequest page) {
        return uploads.list(page);
    }

    /** The file as it was received: name and bytes. */
    public Map.Entry<String, byte[]> originalFile(long id) {
        Uploads.StoredFile file = uploads.file(id).orElseThrow(() -> new NotFound("Payment import", id));
        return Map.entry(file.fileName(), file.content());
    }

    private record Booking(PaymentFile.Payment payment, Payer payer) {
    }

    /** The checks that need the database: the payer exists, is in the officer's area, the transaction is new. */
    private List<Booking> check(List<PaymentFile.Payment> rows, Actor actor, List<RowIssue> errors, List<RowIssue> skipped) {
        Map<String, List<Payer>> byCode = payers.withCodes(rows.stream().map(PaymentFile.Payment::payerCode)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(Payer::code, LinkedHashMap::new, Collectors.toList()));
        Map<String, Payments.Received> bookedBefore = payments.booked(rows.stream()
                .map(PaymentFile.Payment::transactionId).toList());
        List<Booking> bookings = new ArrayList<>();
        for (PaymentFile.Payment row : rows) {
            List<Payer> found = byCode.getOrDefault(row.payerCode(), List.of());
            if (found.isEmpty()) {
                errors.add(new RowIssue(row.line(), PaymentFile.PAYER_CODE, "unknown payer: '" + row.payerCode()
                        + "' is no employer unit code, SI code or household code"));
                continue;
            }
            if (found.size() > 1) {
                errors.add(new RowIssue(row.line(), PaymentFile.PAYER_CODE, "'" + row.payerCode() + "' is ambiguous: "
                        + found.stream().map(p -> p.kind().name()).collect(Collectors.joining(" and "))));
                continue;
            }
            Payer payer = found.get(0);
            if (!actor.scope().covers(payer.areaPath())) {
                errors.add(new RowIssue(row.line(), PaymentFile.PAYER_CODE, "payer '" + row.payerCode()
                        + "' is outside your area"));
                continue;
            }
            Payments.Received before = bookedBefore.get(row.transactionId());
            if (before == null) {
                bookings.add(new Booking(row, payer));
            } else if (before.sameAs(payer.kind(), payer.code(), row.amount(), row.date())) {
                skipped.add(new RowIssue(row.line(), PaymentFile.TRANSACTION_ID, "'" + row.transactionId()
                        + "' already booked"));
            } else {
                errors.add(new RowIssue(row.line(), PaymentFile.TRANSACTION_ID, "'" + row.transactionId()
                        + "' was booked before for " + before.payerKind() + " " + before.payerCode() + ", "
                        + before.amount() + " VND on " + before.on()));
            }
        }
        bookings.sort(Comparator.comparing((Booking b) -> b.payment().date()).thenComparingInt(b -> b.payment().line()));
        return bookings;
    }

    private long store(String name, byte[] content, String sha256, Actor actor, boolean partial,
                       PaymentImportReceipt.Status status, Uploads.Counts counts, List<RowIssue> errors,
                       List<RowIssue> skipped) {
        long id = uploads.insert(name, content, sha256, actor.name(), partial, status, counts);
        uploads.finish(id, status, counts, errors, skipped);
        audit.record("IMPORT", ENTITY, id, null, auditView(name, sha256, status, counts));
        return id;
    }

    private static Map<String, Object> auditView(String name, String sha256, PaymentImportReceipt.Status status,
                                                 Uploads.Counts counts) {
        return Map.of("fileName", name, "sha256", sha256, "status", status.name(), "rows", counts.rows(),
                "booked", counts.booked(), "alreadyBooked", counts.alreadyBooked(), "badRows", counts.badRows(),
                "bookedAmount", counts.bookedAmount());
    }
}
