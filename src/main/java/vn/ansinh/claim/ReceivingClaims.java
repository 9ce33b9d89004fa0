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
        List<ClaimReceipt> receipts = new ArrayList<>(incoming.size());
        for (int from = 0; from < incoming.size(); from += limits.chunkFiles()) {
            receipts.addAll(chunk(incoming.subList(from, Math.min(incoming.size(), from + limits.chunkFiles())),
                    facilityCode, receivedBy));
        }
        return receipts;
    }

    public ClaimReceipt receive(byte[] content, String facilityCode, String receivedBy) {
        return receive(List.of(IncomingFile.of(null, content)), facilityCode, receivedBy).get(0);
    }

    private record Outcome(long fileId, ClaimIssue refusal, IncomingClaim claim, String facilityCode) {
    }

    private List<ClaimReceipt> chunk(List<IncomingFile> incoming, String facilityCode, String receivedBy) {
        int n = incoming.size();
        List<byte[]> digests = new ArrayList<>(n);
        for (IncomingFile file : incoming) {
            digests.add(ClaimFiles.digest(file.content()));
        }
        Map<String, ClaimFiles.Earlier> earlier = files.alreadyAccepted(digests);
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
        outcomes = store(outcomes, receivedBy);

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
        return List.of(receipts);
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
    private List<Outcome> store(List<Outcome> outcomes, String receivedBy) {
        try {
            transaction.executeWithoutResult(status -> storeTogether(outcomes, receivedBy));
            return outcomes;
        } catch (RuntimeException chunkFailed) {
            List<Outcome> alone = new ArrayList<>(outcomes.size());
            for (Outcome outcome : outcomes) {
                try {
                    transaction.executeWithoutResult(status -> storeTogether(List.of(outcome), receivedBy));
                    alone.add(outcome);
                } catch (RuntimeException failed) {
                    Outcome refused = new Outcome(outcome.fileId(), ClaimIssue.of(IntakeCode.E015,
                            ClaimTable.ENVELOPE, null, ClaimXmlFields.ENVELOPE, rootCause(failed)), null, null);
                    transaction.executeWithoutResult(status -> storeTogether(List.of(refused), receivedBy));
                    alone.add(refused);
                }
            }
            return alone;
        }
    }

    private void storeTogether(List<Outcome> outcomes, String receivedBy) {
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
