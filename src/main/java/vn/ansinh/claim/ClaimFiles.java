package vn.ansinh.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Raw claim files as received. A file is kept before anything is read from it, in its own transaction, so that it
 * survives whatever happens to its contents afterwards.
 */
@Repository
public class ClaimFiles {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClaimFiles(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A kept file: its row id and the transaction id the receipt quotes. */
    public record KeptFile(long id, UUID transactionId) {
    }

    /** One thing the receipt says about a file: a stable code and where it applies (table, line, field). */
    public record ReceiptMessage(String code, String table, Integer line, String field, String message) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public KeptFile keep(String receivedBy, String facilityCode, byte[] content) {
        UUID transactionId = UUID.randomUUID();
        long id = jdbc.sql("""
                        insert into claim_file (transaction_id, received_by, facility_code, sha256, size_bytes,
                            content, accepted)
                        values (:tx, :by, :facility, :sha, :size, :content, false)
                        returning id""")
                .param("tx", transactionId).param("by", receivedBy).param("facility", facilityCode)
                .param("sha", sha256(content)).param("size", content.length).param("content", content)
                .query(Long.class).single();
        return new KeptFile(id, transactionId);
    }

    /** Records what the receipt told the facility. */
    @Transactional
    public void answer(long fileId, boolean accepted, List<ReceiptMessage> messages) {
        jdbc.sql("update claim_file set accepted = :accepted, messages = cast(:messages as jsonb) where id = :id")
                .param("accepted", accepted).param("messages", json.writeValueAsString(messages))
                .param("id", fileId).update();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
