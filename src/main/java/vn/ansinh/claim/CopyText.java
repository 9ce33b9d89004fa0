package vn.ansinh.claim;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Rows in PostgreSQL's COPY text format, sent on the current transaction's connection. */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean first = true;

    CopyText value(Object value) {
        if (!first) {
            text.append('\t');
        }
        first = false;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HEX.formatHex(bytes));
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Number) {
            text.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** A text[] value; elements quoted so that any text survives. */
    CopyText array(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append('"');
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    array.append('\\');
                }
                array.append(c);
            }
            array.append('"');
        }
        return value(array.append('}').toString());
    }

    CopyText end() {
        text.append('\n');
        first = true;
        return this;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    void copyInto(DataSource dataSource, String target) {
        if (text.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin",
                            new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY into " + target + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Appends s escaped for COPY text; runs of plain characters go in one append. */
    private void escape(String s) {
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                text.append(s, plain, i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> {
                        // PostgreSQL text cannot hold NUL; only attachments stored as received can contain one.
                    }
                }
                plain = i + 1;
            }
        }
        text.append(s, plain, s.length());
    }
}
