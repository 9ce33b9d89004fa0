package vn.ansinh.collection;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Received files (payment files, employers' labour-change lists), kept byte for byte with what became of them (table
 * {@code upload}). Each kind reads back only its own files; {@code subjectCode} is whom a file concerns, when it
 * concerns one payer (an employer's labour-change list).
 */
@Repository
class Uploads {

    static final String PAYMENTS = "PAYMENTS";
    static final String DECLARATIONS = "DECLARATIONS";

    private static final String KIND = PAYMENTS;
    private static final String COLUMNS = """
            select id, kind, subject_code, file_name, sha256, received_at, received_by, partial, status, row_count,
                   booked_count, already_booked_count, error_count, booked_amount
            from upload""";

    /** For payment files: rows, booked, booked before, bad rows, amount booked; other kinds say what they count. */
    record Counts(int rows, int booked, int alreadyBooked, int badRows, long bookedAmount) {
    }

    /** A received file without its bytes. */
    record Stored(long id, String kind, String subjectCode, String fileName, String sha256, OffsetDateTime receivedAt,
                  String receivedBy, boolean partial, String status, Counts counts) {
    }

    record Received(long id, String fileName, String sha256, OffsetDateTime receivedAt, String receivedBy,
                    boolean partial, PaymentImportReceipt.Status status) {
    }

    record StoredFile(String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;

    Uploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The received file's name without any client path; {@link InvalidInput} on {@code file} without one or bytes. */
    static String fileName(String received, byte[] content) {
        String name = received == null ? "" : received.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInput("file", "needs a file name of 1 to 255 characters");
        }
        if (content == null) {
            throw new InvalidInput("file", "is required");
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    long insert(String fileName, byte[] content, String sha256, String receivedBy, boolean partial,
                PaymentImportReceipt.Status status, Counts counts) {
        return insert(KIND, null, fileName, content, sha256, receivedBy, partial, status.name(), counts);
    }

    long insert(String kind, String subjectCode, String fileName, byte[] content, String sha256, String receivedBy,
                boolean partial, String status, Counts counts) {
        return jdbc.sql("""
                        insert into upload (kind, subject_code, file_name, content, sha256, received_by, partial, status,
                                            row_count, booked_count, already_booked_count, error_count, booked_amount)
                        values (:kind, :subject, :fileName, :content, :sha256, :by, :partial, :status, :rows, :booked,
                                :alreadyBooked, :badRows, :bookedAmount)
                        returning id""")
                .param("kind", kind).param("subject", subjectCode).param("fileName", fileName)
                .param("content", content).param("sha256", sha256)
                .param("by", receivedBy).param("partial", partial).param("status", status)
                .param("rows", counts.rows()).param("booked", counts.booked())
                .param("alreadyBooked", counts.alreadyBooked()).param("badRows", counts.badRows())
                .param("bookedAmount", counts.bookedAmount())
                .query(Long.class).single();
    }

    /**
     * Stores a file of any kind, streaming its bytes to the database (a file of millions of rows is never held in
     * memory); {@link #finish} then sets its status and counts, in the same transaction.
     */
    long insert(String kind, String fileName, InputStream content, long length, String sha256, String receivedBy,
                boolean partial, PaymentImportReceipt.Status status, Counts counts) {
        return jdbc.sql("""
                        insert into upload (kind, file_name, content, sha256, received_by, partial, status, row_count,
                                            booked_count, already_booked_count, error_count, booked_amount)
                        values (:kind, :fileName, :content, :sha256, :by, :partial, :status, :rows, :booked,
                                :alreadyBooked, :badRows, :bookedAmount)
                        returning id""")
                .param("kind", kind).param("fileName", fileName).param("content", new SqlBinaryValue(content, length))
                .param("sha256", sha256).param("by", receivedBy).param("partial", partial).param("status", status.name())
                .param("rows", counts.rows()).param("booked", counts.booked())
                .param("alreadyBooked", counts.alreadyBooked()).param("badRows", counts.badRows())
                .param("bookedAmount", counts.bookedAmount())
                .query(Long.class).single();
    }

    /** A received file of the kind, without its bytes. */
    Optional<Received> received(String kind, long id) {
        return jdbc.sql("""
                        select id, file_name, sha256, received_at, received_by, partial, status
                        from upload where id = :id and kind = :kind""")
                .param("id", id).param("kind", kind)
                .query((rs, i) -> new Received(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                        rs.getObject("received_at", OffsetDateTime.class), rs.getString("received_by"),
                        rs.getBoolean("partial"), PaymentImportReceipt.Status.valueOf(rs.getString("status"))))
                .optional();
    }

    /** The first file of the kind with these bytes that was taken in, wholly or in part. */
    Optional<Long> takenIn(String kind, String sha256) {
        return jdbc.sql("""
                        select id from upload where kind = :kind and sha256 = :sha256
                          and status in ('BOOKED', 'PARTIALLY_BOOKED')
                        order by id limit 1""")
                .param("kind", kind).param("sha256", sha256).query(Long.class).optional();
    }

    void finish(long id, PaymentImportReceipt.Status status, Counts counts, List<RowIssue> errors, List<RowIssue> skipped) {
        finish(id, status.name(), counts, errors, skipped);
    }

    /** Sets the outcome and adds the issues: {@code errors} blocking, {@code remarks} not (skipped or flagged rows). */
    void finish(long id, String status, Counts counts, List<RowIssue> errors, List<RowIssue> remarks) {
        jdbc.sql("""
                        update upload set status = :status, row_count = :rows, booked_count = :booked,
                               already_booked_count = :alreadyBooked, error_count = :badRows, booked_amount = :bookedAmount
                        where id = :id""")
                .param("id", id).param("status", status).param("rows", counts.rows())
                .param("booked", counts.booked()).param("alreadyBooked", counts.alreadyBooked())
                .param("badRows", counts.badRows()).param("bookedAmount", counts.bookedAmount())
                .update();
        int seq = 0;
        for (RowIssue issue : errors) {
            addIssue(id, ++seq, issue, true);
        }
        for (RowIssue issue : remarks) {
            addIssue(id, ++seq, issue, false);
        }
    }

    private void addIssue(long id, int seq, RowIssue issue, boolean blocking) {
        jdbc.sql("""
                        insert into upload_issue (upload_id, seq, line, field, reason, blocking)
                        values (:id, :seq, :line, :field, :reason, :blocking)""")
                .param("id", id).param("seq", seq).param("line", issue.line()).param("field", issue.field())
                .param("reason", issue.reason()).param("blocking", blocking)
                .update();
    }

    Optional<PaymentImportReceipt> find(long id) {
        return stored(KIND, id).map(r -> payment(r, issues(id, true), issues(id, false)));
    }

    /** Newest first, without their issues. */
    Page<PaymentImportReceipt> list(PageRequest page) {
        return list(KIND, null, page).map(r -> payment(r, null, null));
    }

    Optional<StoredFile> file(long id) {
        return file(KIND, id);
    }

    Optional<Stored> stored(String kind, long id) {
        return jdbc.sql(COLUMNS + " where id = :id and kind = :kind").param("id", id).param("kind", kind)
                .query(Uploads::stored).optional();
    }

    /** The files of a kind (of one subject, when given), newest first. */
    Page<Stored> list(String kind, String subjectCode, PageRequest page) {
        String where = " where kind = :kind and (cast(:subject as text) is null or subject_code = :subject)";
        List<Stored> items = jdbc.sql(COLUMNS + where + " order by id desc limit :limit offset :offset")
                .param("kind", kind).param("subject", subjectCode)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Uploads::stored).list();
        long total = jdbc.sql("select count(*) from upload" + where).param("kind", kind).param("subject", subjectCode)
                .query(Long.class).single();
        return Page.of(items, page, total);
    }

    /** The earliest file of the subject with these bytes of which at least one row was booked or applied. */
    Optional<Stored> takenIn(String kind, String subjectCode, String sha256) {
        return jdbc.sql(COLUMNS + " " + """
                         where kind = :kind and subject_code = :subject and sha256 = :sha256 and booked_count > 0
                         order by id limit 1""")
                .param("kind", kind).param("subject", subjectCode).param("sha256", sha256)
                .query(Uploads::stored).optional();
    }

    Optional<StoredFile> file(String kind, long id) {
        return jdbc.sql("select file_name, content from upload where id = :id and kind = :kind")
                .param("id", id).param("kind", kind)
                .query((rs, i) -> new StoredFile(rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    /** The blocking issues (errors) or the others, in the order they were recorded. */
    List<RowIssue> issues(long id, boolean blocking) {
        return jdbc.sql("select line, field, reason from upload_issue where upload_id = :id and blocking = :blocking order by seq")
                .param("id", id).param("blocking", blocking)
                .query((rs, i) -> new RowIssue(rs.getInt("line"), rs.getString("field"), rs.getString("reason"))).list();
    }

    private static PaymentImportReceipt payment(Stored r, List<RowIssue> errors, List<RowIssue> skipped) {
        Counts c = r.counts();
        return new PaymentImportReceipt(r.id(), r.fileName(), r.sha256(), r.receivedAt(), r.receivedBy(), r.partial(),
                PaymentImportReceipt.Status.valueOf(r.status()), c.rows(), c.booked(), c.alreadyBooked(), c.badRows(),
                c.bookedAmount(), errors, skipped);
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_code"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getObject("received_at", OffsetDateTime.class), rs.getString("received_by"),
                rs.getBoolean("partial"), rs.getString("status"), new Counts(rs.getInt("row_count"),
                rs.getInt("booked_count"), rs.getInt("already_booked_count"), rs.getInt("error_count"),
                rs.getLong("booked_amount")));
    }
}
