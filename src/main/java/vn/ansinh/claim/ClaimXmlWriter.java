package vn.ansinh.claim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import vn.ansinh.claim.ClaimXmlFields.Field;
import vn.ansinh.claim.ClaimXmlFields.Xml1;
import vn.ansinh.claim.ClaimXmlFields.Xml2;
import vn.ansinh.claim.ClaimXmlFields.Xml3;

/**
 * Writes a claim as the {@code GIAMDINHHS} envelope a facility sends, in the standard of its admission date: the
 * generator's output and the tests' input. Every field of the standard is written, empty when the claim has no value.
 */
final class ClaimXmlWriter {

    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private ClaimXmlWriter() {
    }

    static byte[] write(Claim claim) {
        return write(claim, Map.of());
    }

    /** The envelope with the claim's XML1-XML3 and other tables (XML4...) given as their inner documents. */
    static byte[] write(Claim claim, Map<String, String> attachments) {
        return write(claim, attachments, rows -> { });
    }

    /** As {@link #write(Claim, Map)}, with the rows edited before writing (tests: values a claim cannot hold). */
    static byte[] write(Claim claim, Map<String, String> attachments,
                        java.util.function.Consumer<ClaimMapping.Rows> edit) {
        ClaimMapping.Rows rows = ClaimMapping.toRows(claim);
        edit.accept(rows);
        ClaimStandard standard = claim.standard();
        StringBuilder xml = new StringBuilder(16_384).append(PROLOGUE);
        open(xml, ClaimXmlFields.ENVELOPE);
        open(xml, ClaimXmlFields.FACILITY_INFO);
        element(xml, ClaimXmlFields.FACILITY, claim.facilityCode());
        close(xml, ClaimXmlFields.FACILITY_INFO);
        open(xml, ClaimXmlFields.ENCOUNTER_INFO);
        LocalDate createdOn = claim.dischargedAt() != null ? claim.dischargedAt().toLocalDate()
                : claim.admittedAt() != null ? claim.admittedAt().toLocalDate() : null;
        element(xml, ClaimXmlFields.CREATED_ON, ClaimMapping.date(createdOn));
        element(xml, ClaimXmlFields.ENCOUNTER_COUNT, "1");
        open(xml, ClaimXmlFields.ENCOUNTER_LIST);
        open(xml, ClaimXmlFields.ENCOUNTER);
        StringBuilder inner = new StringBuilder(8_192);
        inner.append(PROLOGUE);
        row(inner, ClaimTable.XML1.root(), Xml1.values(), rows.summary(), standard);
        table(xml, "XML1", inner);
        if (!rows.drugs().isEmpty()) {
            table(xml, "XML2", lines(inner, ClaimTable.XML2, Xml2.values(), rows.drugs(), standard));
        }
        if (!rows.services().isEmpty()) {
            table(xml, "XML3", lines(inner, ClaimTable.XML3, Xml3.values(), rows.services(), standard));
        }
        for (Map.Entry<String, String> attachment : attachments.entrySet()) {
            table(xml, attachment.getKey(), new StringBuilder(attachment.getValue()));
        }
        close(xml, ClaimXmlFields.ENCOUNTER);
        close(xml, ClaimXmlFields.ENCOUNTER_LIST);
        close(xml, ClaimXmlFields.ENCOUNTER_INFO);
        element(xml, ClaimXmlFields.SIGNATURE, null);
        close(xml, ClaimXmlFields.ENVELOPE);
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder lines(StringBuilder inner, ClaimTable table, Field[] fields, List<String[]> rows,
                                       ClaimStandard standard) {
        inner.setLength(0);
        inner.append(PROLOGUE);
        open(inner, table.root());
        open(inner, table.list());
        for (String[] row : rows) {
            row(inner, table.row(), fields, row, standard);
        }
        close(inner, table.list());
        close(inner, table.root());
        return inner;
    }

    private static void row(StringBuilder xml, String name, Field[] fields, String[] values, ClaimStandard standard) {
        open(xml, name);
        for (Field field : fields) {
            if (field.in(standard)) {
                element(xml, field.nameIn(standard), values[field.ordinal()]);
            }
        }
        close(xml, name);
    }

    private static void table(StringBuilder xml, String type, StringBuilder inner) {
        open(xml, ClaimXmlFields.FILE);
        element(xml, ClaimXmlFields.TABLE_TYPE, type);
        element(xml, ClaimXmlFields.CONTENT,
                Base64.getEncoder().encodeToString(inner.toString().getBytes(StandardCharsets.UTF_8)));
        close(xml, ClaimXmlFields.FILE);
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value == null || value.isEmpty()) {
            xml.append('<').append(name).append("/>");
            return;
        }
        open(xml, name);
        escape(xml, value);
        close(xml, name);
    }

    private static void open(StringBuilder xml, String name) {
        xml.append('<').append(name).append('>');
    }

    private static void close(StringBuilder xml, String name) {
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
    }
}
