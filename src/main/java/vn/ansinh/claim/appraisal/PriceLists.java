package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/**
 * Facilities' approved unit prices, imported from a CSV file with the header
 * {@code facility_code,kind,item_code,price,valid_from,valid_to} (kind DRUG, SERVICE or SUPPLY; dates yyyy-MM-dd;
 * valid_to empty for open). A file is taken whole or not at all; the same file sent again changes nothing. A new
 * price for an item ends its open price the day before.
 */
@Service
public class PriceLists {

    /** What an import did; {@code alreadyImported} when the same bytes were imported before. */
    public record Imported(long fileId, int rows, boolean alreadyImported) {
    }

    static final String HEADER = "facility_code,kind,item_code,price,valid_from,valid_to";
    private static final Pattern FACILITY = Pattern.compile("^[0-9]{5}$");
    private static final Set<String> KINDS = Set.of("DRUG", "SERVICE", "SUPPLY");
    private static final int MAX_ERRORS = 20;

    private record Row(String facility, String kind, String item, BigDecimal price, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ReferenceDataCache cache;

    PriceLists(JdbcClient jdbc, AuditLog audit, ReferenceDataCache cache) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cache = cache;
    }

    @Transactional
    public Imported importCsv(String fileName, byte[] content, String legalReference) {
        if (legalReference == null || legalReference.isBlank()) {
            throw new InvalidInput("legalReference", "is required: the decision approving these prices");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "is required and may not be empty");
        }
        String sha = sha256(content);
        Optional<Map.Entry<Long, Integer>> earlier = jdbc.sql("select id, row_count from claim_price_file where sha256 = :sha")
                .param("sha", sha).query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2))).optional();
        if (earlier.isPresent()) {
            return new Imported(earlier.get().getKey(), earlier.get().getValue(), true);
        }
        List<Row> rows = parse(content);
        long fileId = jdbc.sql("""
                        insert into claim_price_file (file_name, sha256, content, received_by, row_count, legal_reference)
                        values (:name, :sha, :content, :by, :rows, :ref) returning id""")
                .param("name", fileName == null ? "prices.csv" : fileName).param("sha", sha).param("content", content)
                .param("by", Actors.current().name()).param("rows", rows.size()).param("ref", legalReference.strip())
                .query(Long.class).single();
        int line = 1;
        for (Row row : rows) {
            line++;
            jdbc.sql("""
                            update claim_price_list set valid_to = cast(:from as date) - 1
                            where facility_code = :facility and kind = :kind and item_code = :item
                              and valid_from < :from and (valid_to is null or valid_to >= :from)""")
                    .param("facility", row.facility()).param("kind", row.kind()).param("item", row.item())
                    .param("from", row.from()).update();
            try {
                jdbc.sql("""
                                insert into claim_price_list (facility_code, kind, item_code, price, valid_from, valid_to,
                                                              file_id, legal_reference)
                                values (:facility, :kind, :item, :price, :from, :to, :file, :ref)""")
                        .param("facility", row.facility()).param("kind", row.kind()).param("item", row.item())
                        .param("price", row.price()).param("from", row.from())
                        .param("to", row.to(), java.sql.Types.DATE).param("file", fileId)
                        .param("ref", legalReference.strip()).update();
            } catch (DataIntegrityViolationException e) {
                throw new Conflict("file", "line " + line + ": a price of " + row.facility() + " " + row.kind() + " "
                        + row.item() + " already covers " + row.from());
            }
        }
        audit.record("IMPORT_PRICE_LIST", "claim_price_file", fileId, null,
                Map.of("fileName", fileName == null ? "" : fileName, "rows", rows.size(), "sha256", sha));
        cache.invalidate();
        return new Imported(fileId, rows.size(), false);
    }

    private static List<Row> parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "is not UTF-8 text");
        }
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
            throw new InvalidInput("file", "line 1 must be the header " + HEADER);
        }
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 1; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            String at = "line " + (i + 1) + ": ";
            if (f.length != 6) {
                errors.add(at + "needs 6 fields, has " + f.length);
                continue;
            }
            String facility = f[0].strip();
            String kind = f[1].strip().toUpperCase();
            String item = f[2].strip();
            int before = errors.size();
            if (!FACILITY.matcher(facility).matches()) {
                errors.add(at + "facility_code must be 5 digits, got '" + facility + "'");
            }
            if (!KINDS.contains(kind)) {
                errors.add(at + "kind must be DRUG, SERVICE or SUPPLY, got '" + f[1].strip() + "'");
            }
            if (item.isEmpty() || item.length() > 255) {
                errors.add(at + "item_code must have 1 to 255 characters");
            }
            BigDecimal price = null;
            try {
                price = new BigDecimal(f[3].strip());
                if (price.signum() < 0 || price.scale() > 3) {
                    errors.add(at + "price must be zero or more with at most 3 decimals, got '" + f[3].strip() + "'");
                }
            } catch (NumberFormatException e) {
                errors.add(at + "price must be a number, got '" + f[3].strip() + "'");
            }
            LocalDate from = date(f[4], at + "valid_from", errors, true);
            LocalDate to = date(f[5], at + "valid_to", errors, false);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(at + "valid_to " + to + " is before valid_from " + from);
            }
            if (errors.size() == before) {
                rows.add(new Row(facility, kind, item, price, from, to));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", errors));
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "has no price rows after the header");
        }
        return rows;
    }

    private static LocalDate date(String text, String field, List<String> errors, boolean required) {
        String value = text.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(field + " is required (yyyy-MM-dd)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field + " must be a date yyyy-MM-dd, got '" + value + "'");
            return null;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
