package vn.ansinh.claim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.ansinh.claim.ClaimXmlFields.Field;
import vn.ansinh.claim.ClaimXmlFields.Xml1;
import vn.ansinh.claim.ClaimXmlFields.Xml2;
import vn.ansinh.claim.ClaimXmlFields.Xml3;

/**
 * Reads a {@code GIAMDINHHS} envelope with a streaming parser into the raw rows of XML1, XML2 and XML3 and the other
 * tables as received. Hostile input is refused: no DTD, no entity of any kind, and every size bounded by
 * {@link IntakeLimits}; each refusal names its reason.
 */
final class ClaimXmlReader {

    private static final XMLInputFactory FACTORY = secureFactory();
    private static final Map<String, Xml1> XML1 = ClaimXmlFields.byName(Xml1.class);
    private static final Map<String, Xml2> XML2 = ClaimXmlFields.byName(Xml2.class);
    private static final Map<String, Xml3> XML3 = ClaimXmlFields.byName(Xml3.class);

    private final IntakeLimits limits;

    ClaimXmlReader(IntakeLimits limits) {
        this.limits = limits;
    }

    /** One row of a table: the fields' texts by the field's ordinal, null when absent or empty. */
    record Row(String[] values) {
        String get(Field field) {
            return values[field.ordinal()];
        }
    }

    /** What the envelope holds, before any field is interpreted. */
    record Envelope(String facilityCode, Row summary, List<Row> drugs, List<Row> services,
                    Map<String, String> attachments) {
    }

    static XMLInputFactory secureFactory() {
        // Aalto, named rather than looked up: several times faster than the JDK's parser on many small documents,
        // and what the hostile-file tests were run against.
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The facility code of the envelope, read cheaply, or null when the file is not a readable envelope. */
    Envelope read(byte[] file) throws IntakeRefusal {
        if (file.length > limits.maxEnvelopeBytes()) {
            throw new IntakeRefusal(IntakeCode.E003, ClaimXmlFields.ENVELOPE,
                    file.length + " bytes, at most " + limits.maxEnvelopeBytes());
        }
        String facility = null;
        Row summary = null;
        List<Row> drugs = List.of();
        List<Row> services = List.of();
        Map<String, String> attachments = new LinkedHashMap<>();
        int encounters = 0;
        int lines = 0;
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(file));
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                refuseDeclarations(event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!rootSeen) {
                    if (!ClaimXmlFields.ENVELOPE.equals(name)) {
                        throw new IntakeRefusal(IntakeCode.E008, ClaimXmlFields.ENVELOPE,
                                "the root element must be " + ClaimXmlFields.ENVELOPE + ", not " + name);
                    }
                    rootSeen = true;
                    continue;
                }
                switch (name) {
                    case ClaimXmlFields.FACILITY -> facility = text(xml, name);
                    case ClaimXmlFields.ENCOUNTER -> {
                        if (++encounters > 1) {
                            throw new IntakeRefusal(IntakeCode.E011, ClaimXmlFields.ENCOUNTER, null);
                        }
                    }
                    case ClaimXmlFields.FILE -> {
                        String[] table = fileOf(xml);
                        String type = table[0];
                        byte[] content = decode(table[1], type);
                        switch (type) {
                            case "XML1" -> {
                                if (summary != null) {
                                    throw new IntakeRefusal(IntakeCode.E008, ClaimXmlFields.TABLE_TYPE, "XML1 twice");
                                }
                                List<Row> rows = rows(content, ClaimTable.XML1, XML1, Xml1.values().length, 1);
                                if (rows.size() != 1) {
                                    throw new IntakeRefusal(IntakeCode.E008, "TONG_HOP", "XML1 must hold one summary");
                                }
                                summary = rows.get(0);
                            }
                            case "XML2" -> {
                                drugs = rows(content, ClaimTable.XML2, XML2, Xml2.values().length,
                                        limits.maxLines() - lines);
                                lines += drugs.size();
                            }
                            case "XML3" -> {
                                services = rows(content, ClaimTable.XML3, XML3, Xml3.values().length,
                                        limits.maxLines() - lines);
                                lines += services.size();
                            }
                            case "XML0", "XML4", "XML5", "XML6", "XML7", "XML8", "XML9", "XML10", "XML11", "XML12",
                                 "XML13", "XML14", "XML15" -> attachments.put(type, new String(content, StandardCharsets.UTF_8));
                            default -> throw new IntakeRefusal(IntakeCode.E012, ClaimXmlFields.TABLE_TYPE, type);
                        }
                    }
                    default -> {
                        // Other envelope elements (date, count, the facility's signature) are kept in the raw file.
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IntakeRefusal(IntakeCode.E001, ClaimXmlFields.ENVELOPE, e.getMessage());
        } finally {
            close(xml);
        }
        if (facility == null || facility.isEmpty()) {
            throw new IntakeRefusal(IntakeCode.E008, ClaimXmlFields.FACILITY, "no facility code");
        }
        if (summary == null) {
            throw new IntakeRefusal(IntakeCode.E008, ClaimXmlFields.TABLE_TYPE, "no XML1 summary");
        }
        return new Envelope(facility, summary, drugs, services, attachments);
    }

    private String[] fileOf(XMLStreamReader xml) throws XMLStreamException, IntakeRefusal {
        String type = null;
        String content = null;
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDeclarations(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (ClaimXmlFields.TABLE_TYPE.equals(name)) {
                    type = text(xml, name);
                } else if (ClaimXmlFields.CONTENT.equals(name)) {
                    content = xml.getElementText();
                } else {
                    text(xml, name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (type == null || content == null) {
            throw new IntakeRefusal(IntakeCode.E008, type == null ? ClaimXmlFields.TABLE_TYPE : ClaimXmlFields.CONTENT,
                    "each " + ClaimXmlFields.FILE + " needs a table type and a content");
        }
        return new String[] {type.strip(), content};
    }

    private byte[] decode(String base64, String type) throws IntakeRefusal {
        // Most content comes on one line: decode it as it is, and only when that fails take the careful way below
        // (line breaks removed, size checked), which gives the same bytes or the same refusal.
        if ((long) base64.length() / 4 * 3 <= limits.maxTableBytes()) {
            try {
                return Base64.getDecoder().decode(base64.getBytes(StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException notPlain) {
                // whitespace inside, or not base64 at all
            }
        }
        StringBuilder clean = null;
        for (int i = 0; i < base64.length(); i++) {
            if (Character.isWhitespace(base64.charAt(i))) {
                // Line breaks inside base64 are common; copy only when there are any.
                clean = new StringBuilder(base64.length());
                for (int j = 0; j < base64.length(); j++) {
                    char c = base64.charAt(j);
                    if (!Character.isWhitespace(c)) {
                        clean.append(c);
                    }
                }
                break;
            }
        }
        String text = clean == null ? base64 : clean.toString();
        long decodedSize = (long) text.length() / 4 * 3;
        if (decodedSize > limits.maxTableBytes()) {
            throw new IntakeRefusal(IntakeCode.E005, ClaimXmlFields.CONTENT,
                    type + " decodes to about " + decodedSize + " bytes, at most " + limits.maxTableBytes());
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IntakeRefusal(IntakeCode.E004, ClaimXmlFields.CONTENT, type + ": " + e.getMessage());
        }
    }

    private <F extends Enum<F> & Field> List<Row> rows(byte[] content, ClaimTable table, Map<String, F> names,
                                                       int width, int maxRows) throws IntakeRefusal {
        List<Row> rows = new ArrayList<>(table == ClaimTable.XML1 ? 1 : 16);
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                refuseDeclarations(event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!rootSeen && !table.root().equals(name)) {
                    throw new IntakeRefusal(IntakeCode.E008, table.root(),
                            table + " must start with " + table.root() + ", not " + name);
                }
                rootSeen = true;
                if (table.row().equals(name)) {
                    if (rows.size() >= maxRows) {
                        throw new IntakeRefusal(IntakeCode.E006, table.row(), "at most " + limits.maxLines());
                    }
                    rows.add(row(xml, names, width));
                }
            }
        } catch (XMLStreamException e) {
            throw new IntakeRefusal(IntakeCode.E001, table.name(), e.getMessage());
        } finally {
            close(xml);
        }
        return rows;
    }

    private <F extends Enum<F> & Field> Row row(XMLStreamReader xml, Map<String, F> names, int width)
            throws XMLStreamException, IntakeRefusal {
        String[] values = new String[width];
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDeclarations(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String text = text(xml, name);
                F field = names.get(name);
                if (field != null) {
                    String value = text.strip();
                    values[field.ordinal()] = value.isEmpty() ? null : value;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new Row(values);
    }

    private String text(XMLStreamReader xml, String name) throws XMLStreamException, IntakeRefusal {
        String text = xml.getElementText();
        if (text.length() > limits.maxFieldChars()) {
            throw new IntakeRefusal(IntakeCode.E007, name, text.length() + " characters, at most " + limits.maxFieldChars());
        }
        return text;
    }

    private static void refuseDeclarations(int event) throws IntakeRefusal {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new IntakeRefusal(IntakeCode.E002, ClaimXmlFields.ENVELOPE, null);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release beyond the in-memory stream.
            }
        }
    }
}
