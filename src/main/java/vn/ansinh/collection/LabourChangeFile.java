package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.ansinh.shared.VietnameseText;

/**
 * The office's labour-change list (danh sách lao động tăng, giảm, điều chỉnh): CSV in UTF-8, with or without a byte
 * order mark, separated by commas, semicolons or tabs, fields optionally in double quotes. The first line names the
 * columns, in any order, without accents or with (letters are compared accent-free, spaces count as underscores):
 * <ul>
 * <li>{@code loai}: TANG (hire), GIAM (leave), DIEU_CHINH (salary change) or NGHI_KHONG_LUONG (unpaid leave);</li>
 * <li>{@code so_cccd}: the 12-digit CCCD; {@code ho_ten} and {@code ngay_sinh}: as registered for it;</li>
 * <li>{@code ngay_hieu_luc}: the start, the last day, or the first day of the new salary, as YYYY-MM-DD (or
 * DD/MM/YYYY); for unpaid leave the month, as YYYY-MM (or MM/YYYY);</li>
 * <li>{@code muc_luong}: the monthly SI salary in whole VND, for TANG and DIEU_CHINH (digits, thousands may be
 * grouped with dots, commas or spaces; ignored on other lines);</li>
 * <li>{@code so_ngay_nghi}: unpaid days of the month, for NGHI_KHONG_LUONG only;</li>
 * <li>{@code thai_san} (optional): x, 1 or co when the NGHI_KHONG_LUONG days are maternity leave;</li>
 * <li>{@code ghi_chu} (optional): a note of up to 500 characters.</li>
 * </ul>
 * Reading checks each line on its own; the person, the employment and the lines before are checked by
 * {@link DeclarationChecks}. Lines are numbered from 1, the header being line 1; problems of the file as a whole
 * are on line 0.
 */
final class LabourChangeFile {

    enum Column {
        LOAI(LabourChange.KIND, true),
        SO_CCCD(LabourChange.CCCD, true),
        HO_TEN(LabourChange.FULL_NAME, true),
        NGAY_SINH(LabourChange.DATE_OF_BIRTH, true),
        NGAY_HIEU_LUC(LabourChange.EFFECTIVE_DATE, true),
        MUC_LUONG(LabourChange.MONTHLY_SALARY, false),
        SO_NGAY_NGHI(LabourChange.UNPAID_DAYS, false),
        THAI_SAN(LabourChange.MATERNITY, false),
        GHI_CHU(LabourChange.NOTE, false);

        private final String field;
        private final boolean required;

        Column(String field, boolean required) {
            this.field = field;
            this.required = required;
        }

        /** The name in the header line. */
        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The lines that passed every check of their own, every problem found, and how many data lines there were. */
    record Reading(List<LabourChange> changes, List<RowIssue> errors, int rows) {
    }

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 500;
    private static final int MAX_SALARY_DIGITS = 15;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([.,\\u00A0 ][0-9]{3})+");
    private static final Set<String> YES = Set.of("x", "1", "co", "yes", "true");
    private static final Set<String> NO = Set.of("", "0", "khong", "no", "false");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private LabourChangeFile() {
    }

    /** The column a field of {@link LabourChange} is read from, to name it in a problem. */
    static String column(String field) {
        if (LabourChange.MONTH.equals(field)) {
            return Column.NGAY_HIEU_LUC.header();
        }
        return Arrays.stream(Column.values()).filter(c -> c.field.equals(field)).findFirst()
                .map(Column::header).orElse(field);
    }

    static Reading read(byte[] content) {
        List<RowIssue> errors = new ArrayList<>();
        Optional<String[]> decoded = TextFiles.utf8Lines(content);
        if (decoded.isEmpty()) {
            errors.add(new RowIssue(0, "file", "is not UTF-8 text (save the list as CSV UTF-8)"));
            return new Reading(List.of(), errors, 0);
        }
        String[] lines = decoded.get();
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            errors.add(new RowIssue(0, "file", "is empty"));
            return new Reading(List.of(), errors, 0);
        }
        char separator = separator(lines[headerIndex]);
        Map<Column, Integer> columns = header(PaymentFile.split(lines[headerIndex], separator), errors);
        if (!errors.isEmpty()) {
            return new Reading(List.of(), errors, 0);
        }
        List<LabourChange> changes = new ArrayList<>();
        int rows = 0;
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows++;
            List<String> fields = PaymentFile.split(lines[i], separator);
            int before = errors.size();
            LabourChange change = row(i + 1, fields, columns, errors);
            if (errors.size() == before) {
                changes.add(change);
            }
        }
        if (rows == 0) {
            errors.add(new RowIssue(0, "file", "has a header but no lines to declare"));
        }
        return new Reading(changes, errors, rows);
    }

    /** Where each column is; unknown, repeated or missing required columns are problems of the whole file. */
    private static Map<Column, Integer> header(List<String> names, List<RowIssue> errors) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        String expected = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "));
        for (int i = 0; i < names.size(); i++) {
            String key = VietnameseText.searchKey(names.get(i)).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            if (key.isEmpty() && i == names.size() - 1) {
                continue; // a trailing separator
            }
            Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.header().equals(key)).findFirst();
            if (column.isEmpty()) {
                errors.add(new RowIssue(0, "header", "unknown column '" + names.get(i).strip() + "'; the columns are "
                        + expected));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                errors.add(new RowIssue(0, "header", "column " + column.get().header() + " appears twice"));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(new RowIssue(0, "header", "column " + column.header() + " is missing; the first line must "
                        + "name the columns: " + expected));
            }
        }
        return columns;
    }

    private static LabourChange row(int line, List<String> fields, Map<Column, Integer> columns, List<RowIssue> errors) {
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (fields.size() > width && fields.subList(width, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
            errors.add(new RowIssue(line, "line", "has " + fields.size() + " fields, the header names " + width));
            return null;
        }
        Map<Column, String> value = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            Integer at = columns.get(column);
            value.put(column, at == null || at >= fields.size() ? "" : fields.get(at).strip());
        }

        DeclarationKind kind = null;
        String kindText = value.get(Column.LOAI);
        if (kindText.isEmpty()) {
            error(errors, line, Column.LOAI, "is missing");
        } else {
            String code = VietnameseText.searchKey(kindText).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "")
                    .toUpperCase(Locale.ROOT);
            kind = DeclarationKind.ofListCode(code).orElse(null);
            if (kind == null) {
                error(errors, line, Column.LOAI, "'" + kindText + "' is not one of "
                        + Arrays.stream(DeclarationKind.values()).map(DeclarationKind::listCode)
                        .collect(Collectors.joining(", ")));
            }
        }

        String cccd = value.get(Column.SO_CCCD).replaceAll("[\\s\\u00A0]", "");
        if (cccd.isEmpty()) {
            error(errors, line, Column.SO_CCCD, "is missing");
        } else if (DIGITS.matcher(cccd).matches() && cccd.length() < 12) {
            error(errors, line, Column.SO_CCCD, "has " + cccd.length() + " digits, a CCCD has 12 (a spreadsheet drops "
                    + "leading zeros unless the column is formatted as text)");
        }

        String name = value.get(Column.HO_TEN);
        if (name.isEmpty()) {
            error(errors, line, Column.HO_TEN, "is missing");
        } else if (name.length() > MAX_NAME) {
            error(errors, line, Column.HO_TEN, "has more than " + MAX_NAME + " characters");
        }

        LocalDate dateOfBirth = null;
        String birth = value.get(Column.NGAY_SINH);
        if (birth.isEmpty()) {
            error(errors, line, Column.NGAY_SINH, "is missing");
        } else {
            dateOfBirth = date(birth);
            if (dateOfBirth == null) {
                error(errors, line, Column.NGAY_SINH, "'" + birth + "' is not a date as YYYY-MM-DD or DD/MM/YYYY");
            }
        }

        LocalDate effectiveDate = null;
        YearMonth month = null;
        String effective = value.get(Column.NGAY_HIEU_LUC);
        if (effective.isEmpty()) {
            error(errors, line, Column.NGAY_HIEU_LUC, "is missing");
        } else if (kind != null && kind.monthly()) {
            month = month(effective);
            if (month == null) {
                error(errors, line, Column.NGAY_HIEU_LUC, "'" + effective + "' is not a month as YYYY-MM or MM/YYYY "
                        + "(a " + kind.listCode() + " line is for a month)");
            }
        } else if (kind != null) {
            effectiveDate = date(effective);
            if (effectiveDate == null) {
                error(errors, line, Column.NGAY_HIEU_LUC, "'" + effective + "' is not a date as YYYY-MM-DD or DD/MM/YYYY");
            }
        }

        Long salary = null;
        String salaryText = value.get(Column.MUC_LUONG);
        if (kind != null && kind.statesSalary()) {
            if (salaryText.isEmpty()) {
                error(errors, line, Column.MUC_LUONG, "is required on a " + kind.listCode() + " line"
                        + (columns.containsKey(Column.MUC_LUONG) ? "" : " (the file has no muc_luong column)"));
            } else {
                salary = salary(salaryText, line, errors);
            }
        }

        Integer unpaidDays = null;
        String daysText = value.get(Column.SO_NGAY_NGHI);
        if (kind != null && kind.monthly()) {
            if (daysText.isEmpty()) {
                error(errors, line, Column.SO_NGAY_NGHI, "is required on a " + kind.listCode() + " line"
                        + (columns.containsKey(Column.SO_NGAY_NGHI) ? "" : " (the file has no so_ngay_nghi column)"));
            } else if (!DIGITS.matcher(daysText).matches() || daysText.length() > 2 || Integer.parseInt(daysText) > 31) {
                error(errors, line, Column.SO_NGAY_NGHI, "'" + daysText + "' is not a number of days from 0 to 31");
            } else {
                unpaidDays = Integer.parseInt(daysText);
            }
        } else if (kind != null && !daysText.isEmpty()) {
            error(errors, line, Column.SO_NGAY_NGHI, "applies only to " + DeclarationKind.UNPAID_LEAVE.listCode()
                    + " lines");
        }

        boolean maternity = false;
        String maternityText = VietnameseText.searchKey(value.get(Column.THAI_SAN));
        if (YES.contains(maternityText)) {
            maternity = true;
            if (kind != null && !kind.monthly()) {
                error(errors, line, Column.THAI_SAN, "applies only to " + DeclarationKind.UNPAID_LEAVE.listCode()
                        + " lines");
            }
        } else if (!NO.contains(maternityText)) {
            error(errors, line, Column.THAI_SAN, "'" + value.get(Column.THAI_SAN) + "' is neither x (maternity leave) "
                    + "nor empty");
        }

        String note = value.get(Column.GHI_CHU);
        if (note.length() > MAX_NOTE) {
            error(errors, line, Column.GHI_CHU, "has more than " + MAX_NOTE + " characters");
        }
        return new LabourChange(line, kind, cccd, name, dateOfBirth, effectiveDate, month, salary, unpaidDays,
                maternity, note.isEmpty() ? null : note);
    }

    private static Long salary(String text, int line, List<RowIssue> errors) {
        String digits = GROUPED.matcher(text).matches() ? text.replaceAll("[^0-9]", "") : text;
        if (!DIGITS.matcher(digits).matches()) {
            error(errors, line, Column.MUC_LUONG, "'" + text + "' is not a whole number of VND");
            return null;
        }
        if (digits.length() > MAX_SALARY_DIGITS) {
            error(errors, line, Column.MUC_LUONG, "is too large: " + text);
            return null;
        }
        long amount = Long.parseLong(digits);
        if (amount == 0) {
            error(errors, line, Column.MUC_LUONG, "must be positive");
            return null;
        }
        return amount;
    }

    private static void error(List<RowIssue> errors, int line, Column column, String reason) {
        errors.add(new RowIssue(line, column.header(), reason));
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth month(String text) {
        try {
            return text.contains("/") ? YearMonth.parse(text, MONTH_YEAR) : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The separator the header uses most: semicolons and tabs come from spreadsheets set to a comma decimal. */
    private static char separator(String header) {
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
