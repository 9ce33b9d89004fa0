package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ansinh.shared.VietnameseText;

/**
 * A bank or electronic-collection payment file: CSV, UTF-8, one payment a line as {@code transaction id, payer code,
 * amount, date}, separated by commas (or semicolons), fields optionally in double quotes, an optional header line.
 * Amounts are whole VND written as digits only; dates are {@code YYYY-MM-DD} or {@code DD/MM/YYYY}.
 * <p>
 * Reading checks each row on its own (and transaction ids against earlier rows); what needs the database (payers,
 * payments booked before) is checked by {@link ImportingPayments}.
 */
final class PaymentFile {

    static final String TRANSACTION_ID = "transactionId";
    static final String PAYER_CODE = "payerCode";
    static final String AMOUNT = "amount";
    static final String DATE = "date";

    private static final int FIELDS = 4;
    private static final int MAX_ID_LENGTH = 64;
    private static final long MAX_AMOUNT = 999_999_999_999_999L;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NO_SPACE = Pattern.compile("\\S+");
    private static final Set<String> HEADER_FIRST_FIELDS = Set.of("transactionid", "transaction", "txid", "id",
            "magiaodich", "magd");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A row that passed every check of its own. */
    record Payment(int line, String transactionId, String payerCode, long amount, LocalDate date) {
    }

    /** The good rows, every problem found, and how many payment rows the file has (good or bad). */
    record Reading(List<Payment> payments, List<RowIssue> errors, int rows) {
    }

    private PaymentFile() {
    }

    static Reading read(byte[] content, LocalDate today) {
        List<RowIssue> errors = new ArrayList<>();
        Optional<String[]> decoded = TextFiles.utf8Lines(content);
        if (decoded.isEmpty()) {
            errors.add(new RowIssue(0, "file", "is not UTF-8 text"));
            return new Reading(List.of(), errors, 0);
        }
        String[] lines = decoded.get();
        char separator = separator(lines);
        List<Payment> payments = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        boolean first = true;
        int rows = 0;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = split(lines[i], separator);
            if (first && isHeader(fields)) {
                first = false;
                continue;
            }
            first = false;
            rows++;
            if (fields.size() != FIELDS) {
                errors.add(new RowIssue(line, "line", "expected " + FIELDS
                        + " fields (transaction id, payer code, amount, date), found " + fields.size()));
                continue;
            }
            int before = errors.size();
            String id = fields.get(0).strip();
            String payer = fields.get(1).strip();
            String amountText = fields.get(2).strip();
            String dateText = fields.get(3).strip();
            if (id.isEmpty()) {
                errors.add(new RowIssue(line, TRANSACTION_ID, "is missing"));
            } else if (id.length() > MAX_ID_LENGTH || !NO_SPACE.matcher(id).matches()) {
                errors.add(new RowIssue(line, TRANSACTION_ID, "must be 1 to " + MAX_ID_LENGTH
                        + " characters without spaces"));
            } else {
                Integer earlier = firstLineOfId.putIfAbsent(id, line);
                if (earlier != null) {
                    errors.add(new RowIssue(line, TRANSACTION_ID, "'" + id + "' is repeated: already on line " + earlier));
                }
            }
            if (payer.isEmpty()) {
                errors.add(new RowIssue(line, PAYER_CODE, "is missing"));
            }
            long amount = 0;
            if (amountText.isEmpty()) {
                errors.add(new RowIssue(line, AMOUNT, "is missing"));
            } else if (!DIGITS.matcher(amountText.replaceFirst("^-", "")).matches()) {
                errors.add(new RowIssue(line, AMOUNT, "'" + amountText
                        + "' is not a whole number of VND (digits only, no separators)"));
            } else if (amountText.startsWith("-") || amountText.chars().allMatch(c -> c == '0')) {
                errors.add(new RowIssue(line, AMOUNT, "must be positive, was " + amountText));
            } else if (amountText.length() > 15 || Long.parseLong(amountText) > MAX_AMOUNT) {
                errors.add(new RowIssue(line, AMOUNT, "is too large: " + amountText));
            } else {
                amount = Long.parseLong(amountText);
            }
            LocalDate date = null;
            if (dateText.isEmpty()) {
                errors.add(new RowIssue(line, DATE, "is missing"));
            } else {
                date = date(dateText);
                if (date == null) {
                    errors.add(new RowIssue(line, DATE, "'" + dateText + "' is not a date as YYYY-MM-DD or DD/MM/YYYY"));
                } else if (date.isAfter(today)) {
                    errors.add(new RowIssue(line, DATE, date + " is in the future (today is " + today + ")"));
                }
            }
            if (errors.size() == before) {
                payments.add(new Payment(line, id, payer, amount, date));
            }
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add(new RowIssue(0, "file", "has no payment rows"));
        }
        return new Reading(payments, errors, rows);
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A header names its columns: its first field reads "transaction id" (or the Vietnamese "mã giao dịch"). */
    private static boolean isHeader(List<String> fields) {
        String key = VietnameseText.searchKey(fields.get(0)).replaceAll("[^a-z]", "");
        return HEADER_FIRST_FIELDS.contains(key);
    }

    /** Semicolons when the first non-blank line has more of them than commas (spreadsheets set to a comma decimal). */
    static char separator(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                long semicolons = line.chars().filter(c -> c == ';').count();
                long commas = line.chars().filter(c -> c == ',').count();
                return semicolons > commas ? ';' : ',';
            }
        }
        return ',';
    }

    /** Splits a CSV line; a field in double quotes may hold the separator, and "" inside it is one quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
