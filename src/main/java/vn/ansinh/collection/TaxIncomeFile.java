package vn.ansinh.collection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.ansinh.employer.TaxCode;
import vn.ansinh.registry.CccdNumber;
import vn.ansinh.shared.InvalidInput;

/**
 * A tax authority file of taxable employment incomes: CSV, UTF-8, one row a line as {@code employer tax code, CCCD,
 * month, taxable income}, separated by commas (or semicolons), fields optionally in double quotes, an optional header
 * line (a first line whose first field is words without a digit). The tax code follows the tax code rule of the employer register
 * (10 digits, or 13 for a branch, with a valid check digit; dashes and spaces dropped); the CCCD has 12 digits; the
 * month is {@code yyyy-MM} and not after the current month; the income is whole VND, digits only, 0 or more.
 * <p>
 * Read as a stream, line by line: each good row goes to a {@link Rows} sink as soon as it is read, so a file of
 * millions of rows is never held in memory. Only the first {@code listed} problems are kept; every bad row is counted.
 */
final class TaxIncomeFile {

    static final String TAX_CODE = "taxCode";
    static final String CCCD = "cccd";
    static final String MONTH = "month";
    static final String INCOME = "taxableIncome";

    private static final int FIELDS = 4;
    private static final Pattern MONTH_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final int MAX_INCOME_DIGITS = 15;

    /** A row that passed every check of its own; {@code taxCode} compacted to its digits. */
    record Row(int line, String taxCode, String cccd, YearMonth month, long income) {
    }

    /** Where good rows go while the file is read. */
    @FunctionalInterface
    interface Rows {
        void accept(Row row) throws IOException;
    }

    /**
     * How many data rows the file has (good or bad), how many were bad, the first problems found, and whether the file
     * as a whole is unusable (not UTF-8, no rows): then nothing of it may be taken, even in part.
     */
    record Reading(int rows, int badRows, List<RowIssue> errors, boolean unusable) {
    }

    private TaxIncomeFile() {
    }

    static Reading read(InputStream content, YearMonth currentMonth, int listed, Rows sink) throws IOException {
        Problems problems = new Problems(listed);
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        int line = 0;
        int rows = 0;
        Character separator = null;
        try {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                if (separator == null) {
                    separator = PaymentFile.separator(new String[] {text});
                    List<String> first = PaymentFile.split(text, separator);
                    if (!first.get(0).isBlank() && first.get(0).chars().noneMatch(Character::isDigit)) {
                        continue;
                    }
                }
                rows++;
                Row row = row(line, PaymentFile.split(text, separator), currentMonth, problems);
                if (row != null) {
                    sink.accept(row);
                }
            }
        } catch (CharacterCodingException e) {
            problems.fileProblem("is not UTF-8 text");
            return problems.reading(rows);
        }
        if (rows == 0) {
            problems.fileProblem("has no income rows");
        }
        return problems.reading(rows);
    }

    private static Row row(int line, List<String> fields, YearMonth currentMonth, Problems problems) {
        if (fields.size() != FIELDS) {
            problems.add(new RowIssue(line, "line", "expected " + FIELDS
                    + " fields (employer tax code, CCCD, month, taxable income), found " + fields.size()));
            return null;
        }
        int before = problems.onLine(line);
        String taxCode = fields.get(0).strip();
        String cccd = fields.get(1).strip();
        String monthText = fields.get(2).strip();
        String incomeText = fields.get(3).strip();
        if (taxCode.isEmpty()) {
            problems.add(new RowIssue(line, TAX_CODE, "is missing"));
        } else {
            TaxCode.problem(taxCode).ifPresent(reason -> problems.add(new RowIssue(line, TAX_CODE,
                    "'" + taxCode + "' " + reason)));
        }
        if (cccd.isEmpty()) {
            problems.add(new RowIssue(line, CCCD, "is missing"));
        } else {
            try {
                CccdNumber.of(cccd);
            } catch (InvalidInput e) {
                problems.add(new RowIssue(line, CCCD, "'" + cccd + "' " + e.reason()));
            }
        }
        YearMonth month = null;
        if (monthText.isEmpty()) {
            problems.add(new RowIssue(line, MONTH, "is missing"));
        } else {
            month = month(monthText);
            if (month == null) {
                problems.add(new RowIssue(line, MONTH, "'" + monthText + "' is not a month as yyyy-MM"));
            } else if (month.isAfter(currentMonth)) {
                problems.add(new RowIssue(line, MONTH, month + " is in the future (this month is " + currentMonth + ")"));
            }
        }
        long income = 0;
        if (incomeText.isEmpty()) {
            problems.add(new RowIssue(line, INCOME, "is missing"));
        } else if (!WHOLE_NUMBER.matcher(incomeText).matches()) {
            problems.add(new RowIssue(line, INCOME, "'" + incomeText
                    + "' is not a whole number of VND (digits only, no separators)"));
        } else if (incomeText.startsWith("-")) {
            problems.add(new RowIssue(line, INCOME, "must be 0 or more, was " + incomeText));
        } else if (incomeText.length() > MAX_INCOME_DIGITS) {
            problems.add(new RowIssue(line, INCOME, "is too large: " + incomeText));
        } else {
            income = Long.parseLong(incomeText);
        }
        if (problems.onLine(line) > before) {
            return null;
        }
        return new Row(line, TaxCode.compact(taxCode), cccd, month, income);
    }

    private static YearMonth month(String text) {
        if (!MONTH_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first problems found, every bad line counted. */
    private static final class Problems {
        private final int listed;
        private final List<RowIssue> errors = new ArrayList<>();
        private int badRows;
        private int lastBadLine;
        private int onLastBadLine;
        private boolean unusable;

        Problems(int listed) {
            this.listed = listed;
        }

        void add(RowIssue issue) {
            if (issue.line() != lastBadLine) {
                badRows++;
                lastBadLine = issue.line();
                onLastBadLine = 0;
            }
            onLastBadLine++;
            if (errors.size() < listed) {
                errors.add(issue);
            }
        }

        /** How many problems the line has so far (lines are read in order). */
        int onLine(int line) {
            return line == lastBadLine ? onLastBadLine : 0;
        }

        void fileProblem(String reason) {
            unusable = true;
            errors.add(0, new RowIssue(0, "file", reason));
        }

        Reading reading(int rows) {
            return new Reading(rows, badRows, List.copyOf(errors), unusable);
        }
    }
}
