package vn.ansinh.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditLog;

/**
 * Receives claim files from facilities, one or many at a time: keeps each raw file first (committed on its own),
 * reads it, validates the claim and stores it (INVALID when it has errors), and answers each file with a receipt. A
 * file whose content was read before is not stored again; a hostile or unreadable file is refused without stopping
 * the others.
 */
@Service
@EnableConfigurationProperties(IntakeLimits.class)
public class ReceivingClaims {

    private final ClaimFiles files;
    private final Claims claims;
    private final ClaimValidation validation;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final IntakeLimits limits;
    private final ClaimXmlReader reader;

    ReceivingClaims(ClaimFiles files, Claims claims, ClaimValidation validation, JdbcClient jdbc,
                    TransactionTemplate transaction, AuditLog audit, IntakeLimits limits) {
        this.files = files;
        this.claims = claims;
        this.validation = validation;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.limits = limits;
        this.reader = new ClaimXmlReader(limits);
    }

    /**
     * One file as received. {@code refusal} is set when the file was refused before it could be read whole (e.g. a
     * zip entry larger than allowed; its first bytes are kept).
     */
    public record IncomingFile(String name, byte[] content, String refusal) {
        public static IncomingFile of(String name, byte[] content) {
            return new IncomingFile(name, content, null);
        }
    }

    IntakeLimits limits() {
        return limits;
    }

    /**
     * Receives files from a facility (token's facility code) or, when {@code facilityCode} is null, from any
     * registered facility (the import command). Returns one receipt per file, in order.
     */
    public List<ClaimReceipt> receive(List<IncomingFile> incoming, String facilityCode, String receivedBy) {
        return receive(incoming, facilityCode, receivedBy, null);
    }

    /**
     * Work that follows intake in the same pipeline, given each chunk's stored claims right after they committed:
     * the current versions stored with status RECEIVED (valid), by id in id order, as read from the files.
     */
    @FunctionalInterface
    public interface AfterStore {
        void stored(Map<Long, Claim> received);
    }

    /**
     * As {@link #receive(List, String, String)}, then hands each chunk's valid stored claims to {@code afterStore}
     * (e.g. the automatic appraisal) once they are committed, so nothing has to read them back.
     */
    public List<ClaimReceipt> receive(List<IncomingFile> incoming, String facilityCode, String receivedBy,
                                      AfterStore afterStore) {
        List<ClaimReceipt> receipts = new ArrayList<>(incoming.size());
        for (int from = 0; from < incoming.size(); from += limits.chunkFiles()) {
            Chunk chunk = read(incoming.subList(from, Math.min(incoming.size(), from + limits.chunkFiles())),
                    facilityCode, receivedBy, Map.of());
            Stored stored = store(chunk);
            receipts.addAll(stored.receipts());
            stored.handTo(afterStore);
        }
        return receipts;
    }

    /**
     * Intake of a stream of chunks (a month-end folder or zip) with the reading of one chunk overlapping the storing
     * of the one before: while the database stores chunk n and {@code afterStore} appraises it on the pipeline's
     * thread, the caller's thread keeps and reads chunk n+1. Chunks are stored one at a time in the order given, so a
     * resend in a later chunk still supersedes the earlier version, and a file repeating one of a chunk not yet stored
     * is answered as a duplicate of it. Receipts go to {@code receipts}, chunk by chunk, on the pipeline's thread.
     * Close it to wait for the last chunk.
     */
    public Pipeline pipeline(String facilityCode, String receivedBy, AfterStore afterStore,
                             java.util.function.Consumer<List<ClaimReceipt>> receipts) {
        return new Pipeline(facilityCode, receivedBy, afterStore, receipts);
    }

    public final class Pipeline implements AutoCloseable {

        private final String facilityCode;
        private final String receivedBy;
        private final AfterStore afterStore;
        private final java.util.function.Consumer<List<ClaimReceipt>> receipts;
        private final java.util.concurrent.ExecutorService storing =
                java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "claim-intake-store"));
        // Files read in chunks not yet stored, which the database cannot answer for yet.
        private final Map<String, ClaimFiles.Earlier> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        private java.util.concurrent.Future<?> storingChunk;

        private Pipeline(String facilityCode, String receivedBy, AfterStore afterStore,
                         java.util.function.Consumer<List<ClaimReceipt>> receipts) {
            this.facilityCode = facilityCode;
            this.receivedBy = receivedBy;
            this.afterStore = afterStore;
            this.receipts = receipts;
        }

        public void accept(List<IncomingFile> incoming) {
            for (int from = 0; from < incoming.size(); from += limits.chunkFiles()) {
                Chunk chunk = read(incoming.subList(from, Math.min(incoming.size(), from + limits.chunkFiles())),
                        facilityCode, receivedBy, Map.copyOf(inFlight));
                List<String> read = new ArrayList<>();
                for (int k = 0; k < chunk.toKeep().size(); k++) {
                    if (chunk.outcomes().get(k).claim() != null) {
                        String hex = HexFormat.of().formatHex(chunk.digests().get(chunk.toKeep().get(k)));
                        ClaimFiles.Kept kept = chunk.kept().get(k);
                        inFlight.put(hex, new ClaimFiles.Earlier(kept.transactionId(), kept.receivedAt()));
                        read.add(hex);
                    }
                }
                awaitStored();
                storingChunk = storing.submit(() -> {
                    Stored stored = store(chunk);
                    // Committed: from now on the database answers for these files.
                    read.forEach(inFlight::remove);
                    receipts.accept(stored.receipts());
                    stored.handTo(afterStore);
                });
            }
        }

        private void awaitStored() {
            if (storingChunk == null) {
                return;
            }
            try {
                storingChunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Claim intake interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } finally {
                storingChunk = null;
            }
        }

        @Override
        public void close() {
            try {
                awaitStored();
            } finally {
                storing.shutdownNow();
            }
        }
    }

    public ClaimReceipt receive(byte[] content, String facilityCode, String receivedBy) {
        return receive(List.of(IncomingFile.of(null, content)), facilityCode, receivedBy).get(0);
    }

    private record Outcome(long fileId, ClaimIssue refusal, IncomingClaim claim, String facilityCode) {
    }

    /**
     * A chunk read and kept but not yet stored: its files, their digests, the earlier files they repeat, the files
     * read (index into incoming), where they were kept and what reading them gave.
     */
    record Chunk(List<IncomingFile> incoming, String receivedBy, List<byte[]> digests,
                 Map<String, ClaimFiles.Earlier> earlier, Map<String, Integer> firstIndex, List<Integer> toKeep,
                 List<ClaimFiles.Kept> kept, List<Outcome> outcomes) {
    }

    /**
     * The first half of a chunk's intake: digests, the earlier files it repeats ({@code inFlight}: files of chunks
     * read but not yet stored, which the database cannot know yet), the raw files kept (committed), each file read and
     * validated on all cores. Nothing of the claims is stored yet.
     */
    Chunk read(List<IncomingFile> incoming, String facilityCode, String receivedBy,
               Map<String, ClaimFiles.Earlier> inFlight) {
        int n = incoming.size();
        List<byte[]> digests = new ArrayList<>(n);
        for (IncomingFile file : incoming) {
            digests.add(ClaimFiles.digest(file.content()));
        }
        // The files in flight first: one stored after this look-up is then still found.
        Map<String, ClaimFiles.Earlier> earlier = new HashMap<>(inFlight);
        earlier.putAll(files.alreadyAccepted(digests));
        // The first of identical files in this chunk is read; the others are duplicates of it.
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Integer> toKeep = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String hex = HexFormat.of().formatHex(digests.get(i));
            if (!earlier.containsKey(hex) && firstIndex.putIfAbsent(hex, i) == null) {
                toKeep.add(i);
            }
        }
        List<ClaimFiles.Kept> kept = files.keepAll(receivedBy, facilityCode,
                toKeep.stream().map(i -> incoming.get(i).content()).toList(),
                toKeep.stream().map(digests::get).toList());
        LocalDate today = LocalDate.now();
        // Reading and validating is CPU work independent per file: spread it over the cores.
        List<Outcome> outcomes = IntStream.range(0, toKeep.size()).parallel()
                .mapToObj(k -> read(incoming.get(toKeep.get(k)), kept.get(k).id(), facilityCode, today))
                .toList();
        outcomes = refuseUnknownFacilities(outcomes);
        return new Chunk(incoming, receivedBy, digests, earlier, firstIndex, toKeep, kept, outcomes);
    }

    /**
     * The second half: stores the chunk's claims and receipts (one transaction), hands the valid current ones to
     * for the work that follows ({@link Stored#handTo}), and answers each file.
     */
    Stored store(Chunk chunk) {
        List<IncomingFile> incoming = chunk.incoming();
        int n = incoming.size();
        List<byte[]> digests = chunk.digests();
        Map<String, ClaimFiles.Earlier> earlier = chunk.earlier();
        Map<String, Integer> firstIndex = chunk.firstIndex();
        List<Integer> toKeep = chunk.toKeep();
        List<ClaimFiles.Kept> kept = chunk.kept();
        List<StoredClaim> stored = new ArrayList<>(toKeep.size());
        List<IncomingClaim> storedFrom = new ArrayList<>(toKeep.size());
        List<Outcome> outcomes = store(chunk.outcomes(), chunk.receivedBy(), stored, storedFrom);
        Map<Long, Claim> received = received(stored, storedFrom);

        ClaimReceipt[] receipts = new ClaimReceipt[n];
        for (int k = 0; k < toKeep.size(); k++) {
            ClaimFiles.Kept file = kept.get(k);
            Outcome outcome = outcomes.get(k);
            receipts[toKeep.get(k)] = outcome.claim() == null
                    ? new ClaimReceipt(incoming.get(toKeep.get(k)).name(), ClaimReceipt.REFUSED, file.transactionId(),
                    file.receivedAt(), List.of(outcome.refusal().toMessage()))
                    : new ClaimReceipt(incoming.get(toKeep.get(k)).name(),
                    outcome.claim().issues().isEmpty() ? ClaimReceipt.ACCEPTED : ClaimReceipt.INVALID,
                    file.transactionId(), file.receivedAt(), messages(outcome.claim().issues()));
        }
        for (int i = 0; i < n; i++) {
            if (receipts[i] == null) {
                String hex = HexFormat.of().formatHex(digests.get(i));
                ClaimFiles.Earlier before = earlier.get(hex);
                ClaimReceipt first = before == null ? receipts[firstIndex.get(hex)] : null;
                receipts[i] = new ClaimReceipt(incoming.get(i).name(), ClaimReceipt.DUPLICATE,
                        before != null ? before.transactionId() : first.transactionId(),
                        before != null ? before.receivedAt() : first.receivedAt(),
                        List.of(new ClaimFiles.ReceiptMessage(IntakeCode.D001.name(), ClaimTable.ENVELOPE.name(), null,
                                ClaimXmlFields.ENVELOPE, IntakeCode.D001.meaning())));
            }
        }
        return new Stored(List.of(receipts), received);
    }

    /**
     * A chunk stored and committed: its receipts, and its valid current claims for the work that follows. The receipts
     * are answered first, so a failure of that work cannot keep them from the sender.
     */
    record Stored(List<ClaimReceipt> receipts, Map<Long, Claim> received) {
        void handTo(AfterStore afterStore) {
            if (afterStore != null && !received.isEmpty()) {
                afterStore.stored(received);
            }
        }
    }

    /**
     * The claims a chunk stored that are now current and valid (status RECEIVED), by id: of two versions of one
     * encounter in the chunk the later is current. Lines in the order the store gives them back (drugs, then
     * services and supplies, each by line number).
     */
    private static Map<Long, Claim> received(List<StoredClaim> stored, List<IncomingClaim> from) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            last.put(stored.get(i).facilityCode() + '\t' + stored.get(i).encounterKey(), i);
        }
        Map<Long, Claim> received = new java.util.TreeMap<>();
        for (int i : last.values()) {
            if (from.get(i).status() == ClaimStatus.RECEIVED) {
                received.put(stored.get(i).id(), Claims.inStoredOrder(from.get(i).claim()));
            }
        }
        return received;
    }

    private Outcome read(IncomingFile file, long fileId, String tokenFacility, LocalDate today) {
        try {
            if (file.refusal() != null) {
                throw new IntakeRefusal(IntakeCode.E003, ClaimXmlFields.ENVELOPE, file.refusal());
            }
            ClaimXmlReader.Envelope envelope = reader.read(file.content());
            if (tokenFacility != null && !tokenFacility.equals(envelope.facilityCode())) {
                throw new IntakeRefusal(IntakeCode.E009, ClaimXmlFields.FACILITY,
                        envelope.facilityCode() + " is not " + tokenFacility);
            }
            if (envelope.facilityCode().length() != 5) {
                throw new IntakeRefusal(IntakeCode.E010, ClaimXmlFields.FACILITY, envelope.facilityCode());
            }
            ClaimMapping.Read read = ClaimMapping.toClaim(envelope, today);
            List<ClaimIssue> issues = new ArrayList<>(read.issues());
            validation.validate(read.claim(), issues);
            return new Outcome(fileId, null, new IncomingClaim(read.claim(), fileId, issues, envelope.attachments()),
                    envelope.facilityCode());
        } catch (IntakeRefusal refusal) {
            return new Outcome(fileId, refusal.issue(), null, null);
        } catch (RuntimeException unexpected) {
            // A parser failure we did not foresee still refuses only this file.
            return new Outcome(fileId, ClaimIssue.of(IntakeCode.E001, ClaimTable.ENVELOPE, null, ClaimXmlFields.ENVELOPE,
                    String.valueOf(unexpected.getMessage())), null, null);
        }
    }

    private List<Outcome> refuseUnknownFacilities(List<Outcome> outcomes) {
        Set<String> codes = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.facilityCode() != null) {
                codes.add(outcome.facilityCode());
            }
        }
        if (codes.isEmpty()) {
            return outcomes;
        }
        Set<String> known = new HashSet<>(jdbc.sql("select code from health_facility where code = any(:codes)")
                .param("codes", codes.toArray(new String[0])).query(String.class).list());
        return outcomes.stream().map(o -> o.facilityCode() == null || known.contains(o.facilityCode()) ? o
                : new Outcome(o.fileId(), ClaimIssue.of(IntakeCode.E010, ClaimTable.ENVELOPE, null, ClaimXmlFields.FACILITY,
                o.facilityCode()), null, null)).toList();
    }

    /**
     * Claims and receipts of a chunk commit together: after a crash the chunk's files are simply read again. Should
     * the chunk fail to store, each file is stored alone, so that one claim the database refuses does not take the
     * others with it.
     */
    private List<Outcome> store(List<Outcome> outcomes, String receivedBy, List<StoredClaim> stored,
                                List<IncomingClaim> storedFrom) {
        try {
            transaction.executeWithoutResult(status -> storeTogether(outcomes, receivedBy, stored, storedFrom));
            return outcomes;
        } catch (RuntimeException chunkFailed) {
            stored.clear();
            storedFrom.clear();
            List<Outcome> alone = new ArrayList<>(outcomes.size());
            for (Outcome outcome : outcomes) {
                try {
                    List<StoredClaim> one = new ArrayList<>(1);
                    List<IncomingClaim> oneFrom = new ArrayList<>(1);
                    transaction.executeWithoutResult(status -> storeTogether(List.of(outcome), receivedBy, one, oneFrom));
                    stored.addAll(one);
                    storedFrom.addAll(oneFrom);
                    alone.add(outcome);
                } catch (RuntimeException failed) {
                    Outcome refused = new Outcome(outcome.fileId(), ClaimIssue.of(IntakeCode.E015,
                            ClaimTable.ENVELOPE, null, ClaimXmlFields.ENVELOPE, rootCause(failed)), null, null);
                    transaction.executeWithoutResult(status -> storeTogether(List.of(refused), receivedBy,
                            new ArrayList<>(), new ArrayList<>()));
                    alone.add(refused);
                }
            }
            return alone;
        }
    }

    private void storeTogether(List<Outcome> outcomes, String receivedBy, List<StoredClaim> storedOut,
                               List<IncomingClaim> storedFrom) {
        List<IncomingClaim> toStore = new ArrayList<>(outcomes.size());
        List<ClaimFiles.Answer> answers = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome.claim() == null) {
                answers.add(new ClaimFiles.Answer(outcome.fileId(), null, false, List.of(outcome.refusal().toMessage())));
            } else {
                toStore.add(outcome.claim());
                answers.add(new ClaimFiles.Answer(outcome.fileId(), outcome.facilityCode(), true,
                        messages(outcome.claim().issues())));
            }
        }
        List<StoredClaim> stored = claims.saveAll(toStore);
        files.answerAll(answers);
        storedOut.addAll(stored);
        storedFrom.addAll(toStore);
        if (!stored.isEmpty()) {
            audit.record("RECEIVE_CLAIMS", "claim", stored.get(0).id(), null, Map.of("receivedBy", receivedBy,
                    "claims", stored.size(), "firstId", stored.get(0).id(), "lastId",
                    stored.get(stored.size() - 1).id()));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static List<ClaimFiles.ReceiptMessage> messages(List<ClaimIssue> issues) {
        return issues.stream().map(ClaimIssue::toMessage).toList();
    }
}
