package vn.ansinh.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * The one Excel export of the staff UI: any {@link Table}s become an .xlsx download, one sheet per table, headers in
 * the reader's language, numbers and money as numbers (so sums work in Excel), dates as dates.
 */
@Component
public class Spreadsheets {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A download holds at most this many rows per sheet; a list longer than that is cut and says so in a last row. */
    public static final int MAX_ROWS = 100_000;

    private final MessageSource messages;

    Spreadsheets(MessageSource messages) {
        this.messages = messages;
    }

    /** The tables as an .xlsx attachment named {@code baseName}.xlsx. */
    public ResponseEntity<byte[]> download(String baseName, List<Table> tables) {
        byte[] body = xlsx(tables);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    public ResponseEntity<byte[]> download(String baseName, Table table) {
        return download(baseName, List.of(table));
    }

    public byte[] xlsx(List<Table> tables) {
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Ansinh", "1.0");
            Set<String> sheetNames = new HashSet<>();
            for (Table table : tables) {
                write(workbook.newWorksheet(sheetName(text(table.titleKey(), locale), sheetNames)), table, locale);
            }
            if (tables.isEmpty()) {
                workbook.newWorksheet("-");
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the spreadsheet", e);
        }
        return out.toByteArray();
    }

    /** Every item of a paged list, page by page, up to {@link #MAX_ROWS}. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        for (int page = 0; items.size() < MAX_ROWS; page++) {
            Page<T> next = pages.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            items.addAll(next.items());
            if (next.items().size() < PageRequest.MAX_SIZE || items.size() >= next.total()) {
                break;
            }
        }
        return items.size() > MAX_ROWS ? items.subList(0, MAX_ROWS) : items;
    }

    private void write(Worksheet sheet, Table table, Locale locale) {
        List<Table.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, text(columns.get(c).headerKey(), locale));
            sheet.style(0, c).bold().fillColor("DDE3EA").set();
            sheet.width(c, columns.get(c).kind() == Table.Kind.TEXT ? 32 : 16);
        }
        int r = 1;
        for (Table.Row row : table.rows()) {
            if (r > MAX_ROWS) {
                sheet.value(r, 0, "… " + (table.rows().size() - MAX_ROWS));
                break;
            }
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r, c, columns.get(c).kind(), row.cells().get(c));
            }
            r++;
        }
        sheet.freezePane(0, 1);
    }

    private static void cell(Worksheet sheet, int r, int c, Table.Kind kind, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else if (value instanceof OffsetDateTime time) {
            sheet.value(r, c, time.toLocalDateTime());
            sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
        } else if (value instanceof LocalDateTime time) {
            sheet.value(r, c, time);
            sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
            boolean fraction = number instanceof java.math.BigDecimal d && d.scale() > 0;
            String format = kind == Table.Kind.PERCENT ? "0.00"
                    : kind == Table.Kind.MONEY || kind == Table.Kind.NUMBER ? (fraction ? "#,##0.00" : "#,##0") : null;
            if (format != null) {
                sheet.style(r, c).format(format).set();
            }
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /** A cell as text in the reader's language: money with ₫, percent with two decimals, dates day first. */
    public String format(Table.Kind kind, Object value) {
        if (value == null) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        if (value instanceof LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (value instanceof OffsetDateTime time) {
            return time.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        }
        if (value instanceof LocalDateTime time) {
            return time.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        }
        if (value instanceof Number number) {
            // Amounts stored with two decimals (numeric(15, 2)) show as whole VND when they are whole.
            boolean fraction = number instanceof java.math.BigDecimal d && d.stripTrailingZeros().scale() > 0;
            String pattern = kind == Table.Kind.PERCENT || fraction ? "#,##0.00" : "#,##0";
            String text = new java.text.DecimalFormat(pattern, symbols).format(number);
            return switch (kind) {
                case MONEY -> text + " ₫";
                case PERCENT -> text + " %";
                default -> text;
            };
        }
        return value.toString();
    }

    public String text(String key) {
        return text(key, LocaleContextHolder.getLocale());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        base = base.isEmpty() ? "Sheet" : base.substring(0, Math.min(28, base.length()));
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
