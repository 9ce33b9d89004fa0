package vn.ansinh.collection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The tax authority's incomes (table {@code tax_income}) and how a file of them is taken in: COPY into a staging
 * table of the current transaction, then set-based statements find repeated keys and merge the rest.
 */
@Repository
class TaxIncomes {

    /** What became of a file's rows, as stored in {@code tax_import}. */
    record Counts(int rows, int added, int replaced, int unchanged, int repeated, int badRows) {
    }

    /** Rows of the file that repeat a key (tax code, CCCD, month) of an earlier row: the same income or another. */
    record Repeats(int same, int conflicting, List<RowIssue> conflicts) {
    }

    record Merged(int added, int replaced) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TaxIncomes(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Opens a staging table for one file in the current transaction (dropped at commit) and a COPY into it. Must run
     * inside a transaction: the COPY and the later statements share its connection.
     */
    Stage stage() throws SQLException {
        jdbc.sql("""
                create temp table tax_income_stage (
                    line integer not null, tax_code varchar(13) not null, cccd char(12) not null, month date not null,
                    income bigint not null
                ) on commit drop""").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new Stage(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy tax_income_stage (line, tax_code, cccd, month, income) from stdin"));
    }

    /** Finds the rows that repeat an earlier row's key; lists the first {@code listed} with another income. */
    Repeats repeats(int listed) {
        jdbc.sql("analyze tax_income_stage").update();
        jdbc.sql("""
                create temp table tax_income_repeat on commit drop as
                select line, income, first_line, first_income from (
                    select line, income, first_value(line) over w as first_line, first_value(income) over w as first_income
                    from tax_income_stage
                    window w as (partition by tax_code, cccd, month order by line)
                ) s
                where line <> first_line""").update();
        var counts = jdbc.sql("""
                        select count(*) filter (where income = first_income) as same,
                               count(*) filter (where income <> first_income) as conflicting
                        from tax_income_repeat""")
                .query().singleRow();
        List<RowIssue> conflicts = jdbc.sql("""
                        select line, income, first_line, first_income from tax_income_repeat
                        where income <> first_income order by line limit :listed""")
                .param("listed", listed)
                .query((rs, i) -> new RowIssue(rs.getInt("line"), TaxIncomeFile.INCOME, "repeats the tax code, CCCD and "
                        + "month of line " + rs.getInt("first_line") + " with another income (" + rs.getLong("income")
                        + " against " + rs.getLong("first_income") + ")"))
                .list();
        return new Repeats(((Number) counts.get("same")).intValue(), ((Number) counts.get("conflicting")).intValue(),
                conflicts);
    }

    /**
     * Merges the staged rows, leaving out repeats (the first row of a key stands): a key reported before with another
     * income takes the new one, the same income changes nothing, a new key is added. Two plain statements (an update,
     * then an insert of the keys not there) rather than one insert-on-conflict, which costs a speculative insertion per
     * row; safe because imports take {@link #lockImports} first.
     */
    Merged merge(long uploadId) {
        int replaced = jdbc.sql("""
                        update tax_income t set income = s.income, upload_id = :upload, line = s.line
                        from tax_income_stage s
                        where t.tax_code = s.tax_code and t.cccd = s.cccd and t.month = s.month and t.income <> s.income
                          and not exists (select 1 from tax_income_repeat r where r.line = s.line)""")
                .param("upload", uploadId).update();
        int added = jdbc.sql("""
                        insert into tax_income (tax_code, cccd, month, income, upload_id, line)
                        select s.tax_code, s.cccd, s.month, s.income, :upload, s.line
                        from tax_income_stage s
                        where not exists (select 1 from tax_income_repeat r where r.line = s.line)
                          and not exists (select 1 from tax_income t
                                          where t.tax_code = s.tax_code and t.cccd = s.cccd and t.month = s.month)
                        order by s.tax_code, s.cccd, s.month""")
                .param("upload", uploadId).update();
        return new Merged(added, replaced);
    }

    /** One tax import at a time (until the transaction ends): files of millions of rows come a few times a month. */
    void lockImports() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('tax-income-import', 0))").query().listOfRows();
    }

    void record(long uploadId, Counts counts) {
        jdbc.sql("""
                        insert into tax_import (upload_id, row_count, added, replaced, unchanged, repeated, bad_rows)
                        values (:upload, :rows, :added, :replaced, :unchanged, :repeated, :badRows)""")
                .param("upload", uploadId).param("rows", counts.rows()).param("added", counts.added())
                .param("replaced", counts.replaced()).param("unchanged", counts.unchanged())
                .param("repeated", counts.repeated()).param("badRows", counts.badRows())
                .update();
    }

    Optional<Counts> counts(long uploadId) {
        return jdbc.sql("""
                        select row_count, added, replaced, unchanged, repeated, bad_rows from tax_import
                        where upload_id = :upload""")
                .param("upload", uploadId)
                .query((rs, i) -> new Counts(rs.getInt("row_count"), rs.getInt("added"), rs.getInt("replaced"),
                        rs.getInt("unchanged"), rs.getInt("repeated"), rs.getInt("bad_rows")))
                .optional();
    }

    /** A COPY of good rows into the staging table, buffered so rows go to the database in 64 KB chunks. */
    static final class Stage implements AutoCloseable {

        private final CopyIn copy;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        private Stage(CopyIn copy) {
            this.copy = copy;
        }

        void add(TaxIncomeFile.Row row) throws IOException {
            // Digits and dashes only: nothing to escape in COPY's text format.
            byte[] bytes = (row.line() + "\t" + row.taxCode() + "\t" + row.cccd() + "\t" + row.month().atDay(1) + "\t"
                    + row.income() + "\n").getBytes(StandardCharsets.US_ASCII);
            if (used + bytes.length > buffer.length) {
                flush();
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        /** Ends the COPY; returns how many rows were staged. */
        long finish() throws IOException {
            flush();
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw new IOException("staging the tax incomes failed: " + e.getMessage(), e);
            }
        }

        private void flush() throws IOException {
            if (used == 0) {
                return;
            }
            try {
                copy.writeToCopy(buffer, 0, used);
            } catch (SQLException e) {
                throw new IOException("staging the tax incomes failed: " + e.getMessage(), e);
            }
            used = 0;
        }

        /** Cancels a COPY left unfinished (the file could not be read to its end). */
        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
