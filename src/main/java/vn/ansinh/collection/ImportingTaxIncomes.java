package vn.ansinh.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actor;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * Imports a tax authority file of taxable employment incomes ({@link TaxIncomeFile}), the material of
 * {@link EvasionLeads}. The file is kept in the upload store whatever happens (kind TAX_INCOMES).
 * <p>
 * Built for files of millions of rows: the file is read three times as a stream (fingerprint, store, load) and never
 * held in memory; good rows are COPYed into a staging table and merged with two set-based statements. One import runs
 * at a time.
 * <p>
 * All or nothing by default: one bad row and nothing is taken in; the receipt lists the bad rows (the first
 * {@value #LISTED_ERRORS}; all are counted). With {@code partial} the good rows are taken in. Idempotent: the same
 * bytes a second time do nothing and return the first import's receipt. Within a file, a row repeating the key
 * (tax code, CCCD, month) of an earlier row with the same income is ignored; with another income it is a bad row.
 * Across files, a key reported again with another income takes the newer figure (the tax authority's latest statement
 * wins) and the same income changes nothing.
 */
@Service
public class ImportingTaxIncomes {

    static final String KIND = "TAX_INCOMES";
    static final int LISTED_ERRORS = 1000;

    private final Uploads uploads;
    private final TaxIncomes incomes;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportingTaxIncomes(Uploads uploads, TaxIncomes incomes, AuditLog audit, PlatformTransactionManager transactionManager,
                        Clock clock) {
        this.uploads = uploads;
        this.incomes = incomes;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Imports the file; a rejected file comes back with status REJECTED and its bad rows, nothing taken in. */
    public TaxImportReceipt importFile(String fileName, InputStreamSource content, boolean partial) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInput("file", "needs a file name of 1 to 255 characters");
        }
        if (content == null) {
            throw new InvalidInput("file", "is required");
        }
        Actor actor = Actors.current();
        Fingerprint print = fingerprint(content);
        YearMonth currentMonth = YearMonth.now(clock);
        try {
            Loaded loaded = transactions.execute(tx -> load(name, content, print, actor, partial, currentMonth));
            TaxImportReceipt receipt = receipt(loaded.uploadId());
            return loaded.before() ? receipt.again() : receipt;
        } catch (RuntimeException e) {
            // Nothing was taken in; the file and the reason are still kept.
            RowIssue failure = new RowIssue(0, "file", "loading broke off, nothing was taken in: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage().lines().findFirst().orElse("")));
            transactions.executeWithoutResult(tx -> {
                long id = store(name, content, print, actor, partial);
                finish(id, name, print, TaxImportReceipt.Status.FAILED, new TaxIncomes.Counts(0, 0, 0, 0, 0, 0),
                        List.of(failure));
            });
            throw e;
        }
    }

    public TaxImportReceipt receipt(long id) {
        Uploads.Received received = uploads.received(KIND, id).orElseThrow(() -> new NotFound("Tax import", id));
        TaxIncomes.Counts counts = incomes.counts(id).orElse(new TaxIncomes.Counts(0, 0, 0, 0, 0, 0));
        return new TaxImportReceipt(id, received.fileName(), received.sha256(), received.receivedAt(),
                received.receivedBy(), received.partial(), TaxImportReceipt.Status.of(received.status()), false,
                counts.rows(), counts.added(), counts.replaced(), counts.unchanged(), counts.repeated(),
                counts.badRows(), uploads.issues(id, true));
    }

    private record Loaded(long uploadId, boolean before) {
    }

    private Loaded load(String name, InputStreamSource content, Fingerprint print, Actor actor, boolean partial,
                      YearMonth currentMonth) {
        incomes.lockImports();
        // Under the lock, so the same file sent twice at once is taken in once: the second finds the first.
        Optional<Long> before = uploads.takenIn(KIND, print.sha256());
        if (before.isPresent()) {
            return new Loaded(before.get(), true);
        }
        long uploadId = store(name, content, print, actor, partial);
        TaxIncomeFile.Reading reading;
        long staged;
        try (InputStream in = content.getInputStream(); TaxIncomes.Stage stage = incomes.stage()) {
            reading = TaxIncomeFile.read(in, currentMonth, LISTED_ERRORS, stage::add);
            staged = stage.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("staging the tax incomes failed: " + e.getMessage(), e);
        }
        TaxIncomes.Repeats repeats = incomes.repeats(LISTED_ERRORS);
        List<RowIssue> errors = listed(reading.errors(), repeats.conflicts());
        int badRows = reading.badRows() + repeats.conflicting();

        if (reading.unusable() || (badRows > 0 && !partial)) {
            finish(uploadId, name, print, TaxImportReceipt.Status.REJECTED,
                    new TaxIncomes.Counts(reading.rows(), 0, 0, 0, repeats.same(), badRows), errors);
            return new Loaded(uploadId, false);
        }
        TaxIncomes.Merged merged = incomes.merge(uploadId);
        int keys = (int) staged - repeats.same() - repeats.conflicting();
        finish(uploadId, name, print, badRows == 0 ? TaxImportReceipt.Status.LOADED
                        : TaxImportReceipt.Status.PARTIALLY_LOADED,
                new TaxIncomes.Counts(reading.rows(), merged.added(), merged.replaced(),
                        keys - merged.added() - merged.replaced(), repeats.same(), badRows), errors);
        return new Loaded(uploadId, false);
    }

    /** The first problems by line, of those read and those of repeated keys, each list already cut short. */
    private static List<RowIssue> listed(List<RowIssue> read, List<RowIssue> repeats) {
        // When the reading list is full, a repeat further down may not jump ahead of reading problems left out.
        int lastRead = read.size() < LISTED_ERRORS ? Integer.MAX_VALUE : read.get(read.size() - 1).line();
        List<RowIssue> errors = new ArrayList<>(read);
        repeats.stream().filter(e -> e.line() <= lastRead).forEach(errors::add);
        errors.sort(Comparator.comparingInt(RowIssue::line));
        return List.copyOf(errors.subList(0, Math.min(errors.size(), LISTED_ERRORS)));
    }

    /** Keeps the file as received, streaming it; the status is a placeholder that {@link #finish} replaces. */
    private long store(String name, InputStreamSource content, Fingerprint print, Actor actor, boolean partial) {
        try (InputStream in = content.getInputStream()) {
            return uploads.insert(KIND, name, in, print.length(), print.sha256(), actor.name(), partial,
                    TaxImportReceipt.Status.FAILED.upload(), new Uploads.Counts(0, 0, 0, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish(long uploadId, String name, Fingerprint print, TaxImportReceipt.Status status,
                        TaxIncomes.Counts counts, List<RowIssue> errors) {
        // In the upload's generic counts, "booked" are the keys taken in and "already booked" those that changed nothing.
        uploads.finish(uploadId, status.upload(), new Uploads.Counts(counts.rows(), counts.added() + counts.replaced(),
                counts.unchanged() + counts.repeated(), counts.badRows(), 0), errors, List.of());
        incomes.record(uploadId, counts);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", KIND);
        view.put("fileName", name);
        view.put("sha256", print.sha256());
        view.put("status", status.name());
        view.put("counts", counts);
        audit.record("IMPORT", ImportingPayments.ENTITY, uploadId, null, view);
    }

    private record Fingerprint(String sha256, long length) {
    }

    private static Fingerprint fingerprint(InputStreamSource content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long length = 0;
            try (InputStream in = new DigestInputStream(content.getInputStream(), digest)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    length += n;
                }
            }
            return new Fingerprint(java.util.HexFormat.of().formatHex(digest.digest()), length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
