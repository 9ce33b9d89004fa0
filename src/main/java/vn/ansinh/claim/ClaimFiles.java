package vn.ansinh.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

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
    private final DataSource dataSource;

    ClaimFiles(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
    }

    /** A kept file: its row id and the transaction id the receipt quotes. */
    public record KeptFile(long id, UUID transactionId) {
    }

    /** A file kept by the bulk path, with the time it was received. */
    record Kept(long id, UUID transactionId, OffsetDateTime receivedAt) {
    }

    /** An earlier file with the same content that was read and answered. */
    record Earlier(UUID transactionId, OffsetDateTime receivedAt) {
    }

    /** What the receipt said about one kept file. */
    record Answer(long fileId, String facilityCode, boolean accepted, List<ReceiptMessage> messages) {
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

    /**
     * Keeps many raw files at once (COPY), committed before anything is read from them. Returns them in the given
     * order.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<Kept> keepAll(String receivedBy, String facilityCode, List<byte[]> contents, List<byte[]> digests) {
        if (contents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('claim_file', 'id')) from generate_series(1, :n)")
                .param("n", contents.size()).query(Long.class).list();
        OffsetDateTime now = jdbc.sql("select now()").query(OffsetDateTime.class).single();
        // Binary COPY: the raw bytes go as they are, without a hex text twice their size to build and to parse.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(
                contents.stream().mapToInt(c -> c.length + 160).sum() + 32);
        java.io.DataOutputStream out = new java.io.DataOutputStream(buffer);
        List<Kept> kept = new ArrayList<>(contents.size());
        byte[] by = receivedBy.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] facility = facilityCode == null ? null : facilityCode.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            out.write(COPY_SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
            for (int i = 0; i < contents.size(); i++) {
                UUID transactionId = UUID.randomUUID();
                byte[] content = contents.get(i);
                out.writeShort(8);
                out.writeInt(8);
                out.writeLong(ids.get(i));
                out.writeInt(16);
                out.writeLong(transactionId.getMostSignificantBits());
                out.writeLong(transactionId.getLeastSignificantBits());
                field(out, by);
                field(out, facility);
                field(out, digests.get(i));
                out.writeInt(4);
                out.writeInt(content.length);
                field(out, content);
                out.writeInt(1);
                out.writeByte(0);
                kept.add(new Kept(ids.get(i), transactionId, now));
            }
            out.writeShort(-1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                    copy claim_file (id, transaction_id, received_by, facility_code, sha256, size_bytes, content, accepted)
                    from stdin (format binary)""", new java.io.ByteArrayInputStream(buffer.toByteArray()));
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY into claim_file failed: " + e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return kept;
    }

    /** Files already read and answered, by the hex SHA-256 of their content. */
    Map<String, Earlier> alreadyAccepted(List<byte[]> digests) {
        Map<String, Earlier> found = new HashMap<>();
        if (digests.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select sha256, transaction_id, received_at from claim_file
                        where sha256 = any(:digests) and accepted""")
                .param("digests", digests.toArray(new byte[0][]))
                .query((rs, n) -> found.putIfAbsent(HexFormat.of().formatHex(rs.getBytes(1)),
                        new Earlier(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class))))
                .list();
        return found;
    }

    /** Records the receipts of many files in the current transaction. */
    @Transactional
    void answerAll(List<Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        Long[] ids = new Long[answers.size()];
        Boolean[] accepted = new Boolean[answers.size()];
        String[] messages = new String[answers.size()];
        String[] facilities = new String[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            ids[i] = answer.fileId();
            accepted[i] = answer.accepted();
            messages[i] = json.writeValueAsString(answer.messages());
            String facility = answer.facilityCode();
            facilities[i] = facility != null && facility.length() == 5 ? facility : null;
        }
        jdbc.sql("""
                        update claim_file f set accepted = a.accepted, messages = cast(a.messages as jsonb),
                            facility_code = coalesce(f.facility_code, a.facility)
                        from unnest(:ids, :accepted, :messages, :facilities) a(id, accepted, messages, facility)
                        where f.id = a.id""")
                .param("ids", ids).param("accepted", accepted).param("messages", messages)
                .param("facilities", facilities).update();
    }

    static byte[] digest(byte[] content) {
        return sha256(content);
    }

    /** Records what the receipt told the facility. */
    @Transactional
    public void answer(long fileId, boolean accepted, List<ReceiptMessage> messages) {
        jdbc.sql("update claim_file set accepted = :accepted, messages = cast(:messages as jsonb) where id = :id")
                .param("accepted", accepted).param("messages", json.writeValueAsString(messages))
                .param("id", fileId).update();
    }

    /** The header of PostgreSQL's binary COPY format. */
    private static final byte[] COPY_SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private static void field(java.io.DataOutputStream out, byte[] value) throws java.io.IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
