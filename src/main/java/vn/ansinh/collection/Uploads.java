package vn.ansinh.collection;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Repository;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Received files, kept byte for byte with what became of them (table {@code upload}). Payment files (kind PAYMENTS)
 * use the methods without a kind; other imports name their kind and keep their own counts beside the upload row.
 */
@Repository
class Uploads {

    private static final String KIND = "PAYMENTS";
    private static final String COLUMNS = """
            select id, file_name, sha256, received_at, received_by, partial, status, row_count, booked_count,
                   already_booked_count, error_count, booked_amount
            from upload""";

    record Counts(int rows, int booked, int alreadyBooked, int badRows, long bookedAmount) {
    }

    record StoredFile(String fileName, byte[] content) {
    }

    /** What every received file has, whatever its kind; {@code status} in the upload's vocabulary. */
    record Received(long id, String fileName, String sha256, OffsetDateTime receivedAt, String receivedBy,
                    boolean partial, PaymentImportReceipt.Status status) {
    }

    private final JdbcClient jdbc;

    Uploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, byte[] content, String sha256, String receivedBy, boolean partial,
                PaymentImportReceipt.Status status, Counts counts) {
        return jdbc.sql("""
                        insert into upload (kind, file_name, content, sha256, received_by, partial, status, row_count,
                                            booked_count, already_booked_count, error_count, booked_amount)
                        values (:kind, :fileName, :content, :sha256, :by, :partial, :status, :rows, :booked,
                                :alreadyBooked, :badRows, :bookedAmount)
                        returning id""")
                .param("kind", KIND).param("fileName", fileName).param("content", content).param("sha256", sha256)
                .param("by", receivedBy).param("partial", partial).param("status", status.name())
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
        jdbc.sql("""
                        update upload set status = :status, row_count = :rows, booked_count = :booked,
                               already_booked_count = :alreadyBooked, error_count = :badRows, booked_amount = :bookedAmount
                        where id = :id""")
                .param("id", id).param("status", status.name()).param("rows", counts.rows())
                .param("booked", counts.booked()).param("alreadyBooked", counts.alreadyBooked())
                .param("badRows", counts.badRows()).param("bookedAmount", counts.bookedAmount())
                .update();
        int seq = 0;
        for (RowIssue issue : errors) {
            addIssue(id, ++seq, issue, true);
        }
        for (RowIssue issue : skipped) {
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
        return jdbc.sql(COLUMNS + " where id = :id and kind = :kind").param("id", id).param("kind", KIND)
                .query(Uploads::summary).optional()
                .map(r -> new PaymentImportReceipt(r.id(), r.fileName(), r.sha256(), r.receivedAt(), r.receivedBy(),
                        r.partial(), r.status(), r.rows(), r.booked(), r.alreadyBooked(), r.badRows(), r.bookedAmount(),
                        issues(id, true), issues(id, false)));
    }

    /** Newest first, without their issues. */
    Page<PaymentImportReceipt> list(PageRequest page) {
        List<PaymentImportReceipt> items = jdbc.sql(COLUMNS + " where kind = :kind order by id desc limit :limit offset :offset")
                .param("kind", KIND).param("limit", page.size()).param("offset", page.offset())
                .query(Uploads::summary).list();
        long total = jdbc.sql("select count(*) from upload where kind = :kind").param("kind", KIND)
                .query(Long.class).single();
        return Page.of(items, page, total);
    }

    Optional<StoredFile> file(long id) {
        return jdbc.sql("select file_name, content from upload where id = :id and kind = :kind")
                .param("id", id).param("kind", KIND)
                .query((rs, i) -> new StoredFile(rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    List<RowIssue> issues(long id, boolean blocking) {
        return jdbc.sql("select line, field, reason from upload_issue where upload_id = :id and blocking = :blocking order by seq")
                .param("id", id).param("blocking", blocking)
                .query((rs, i) -> new RowIssue(rs.getInt("line"), rs.getString("field"), rs.getString("reason"))).list();
    }

    private static PaymentImportReceipt summary(ResultSet rs, int row) throws SQLException {
        return new PaymentImportReceipt(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("received_by"), rs.getBoolean("partial"),
                PaymentImportReceipt.Status.valueOf(rs.getString("status")), rs.getInt("row_count"),
                rs.getInt("booked_count"), rs.getInt("already_booked_count"), rs.getInt("error_count"),
                rs.getLong("booked_amount"), null, null);
    }
}
