package vn.ansinh.demo;

import java.nio.charset.StandardCharsets;

/**
 * A batch of rows for several tables in COPY text format, built by the generator and copied table by table in
 * {@link Table} order. Chunks are small (one commune), so a province of millions streams through flat memory.
 */
final class Chunk {

    private final Rows[] rows = new Rows[Table.values().length];
    private final byte[][] encoded = new byte[Table.values().length][];
    private int people;

    Rows rows(Table table) {
        Rows r = rows[table.ordinal()];
        if (r == null) {
            r = new Rows();
            rows[table.ordinal()] = r;
        }
        return r;
    }

    int count(Table table) {
        Rows r = rows[table.ordinal()];
        return r == null ? 0 : r.count;
    }

    /** The UTF-8 bytes of a table's rows, encoded once (by the generating thread, so the loader only copies). */
    byte[] bytes(Table table) {
        byte[] b = encoded[table.ordinal()];
        if (b == null) {
            Rows r = rows[table.ordinal()];
            b = r == null ? new byte[0] : r.text.toString().getBytes(StandardCharsets.UTF_8);
            encoded[table.ordinal()] = b;
            if (r != null) {
                r.text = null;
            }
        }
        return b;
    }

    void encode() {
        for (Table table : Table.values()) {
            bytes(table);
        }
    }

    void addPeople(int count) {
        people += count;
    }

    int people() {
        return people;
    }

    /** Appends one row at a time: {@code rows.add(a).add(b).end()}. */
    static final class Rows {
        private StringBuilder text = new StringBuilder(1 << 12);
        private boolean first = true;
        private int count;

        Rows add(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            return this;
        }

        Rows add(long value) {
            separate();
            text.append(value);
            return this;
        }

        Rows add(boolean value) {
            separate();
            text.append(value ? 't' : 'f');
            return this;
        }

        /** An epoch day, or null for {@link Days#NONE}. */
        Rows day(int day) {
            separate();
            text.append(day == Days.NONE ? "\\N" : Days.iso(day));
            return this;
        }

        /** A fixed office-hours time on that day in Vietnam: timestamps in the data never come from the clock. */
        Rows timestamp(int day) {
            separate();
            text.append(Days.iso(day)).append(" 08:00:00+07");
            return this;
        }

        Rows nullValue() {
            separate();
            text.append("\\N");
            return this;
        }

        void end() {
            text.append('\n');
            first = true;
            count++;
        }

        private void separate() {
            if (!first) {
                text.append('\t');
            }
            first = false;
        }
    }
}
