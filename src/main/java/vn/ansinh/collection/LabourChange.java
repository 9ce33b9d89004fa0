package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One labour change as an employer declares it, from the API or from a line of a labour-change list, before it is
 * checked against the register. {@code effectiveDate} is set for a hire, leave or salary change, {@code month} for
 * unpaid leave. {@code fullName} and {@code dateOfBirth}, when given, must match the person registered with the CCCD.
 * {@code line} is the line of the file, 0 for the API.
 */
record LabourChange(int line, DeclarationKind kind, String cccd, String fullName, LocalDate dateOfBirth,
                    LocalDate effectiveDate, YearMonth month, Long monthlySalary, Integer unpaidDays, boolean maternity,
                    String note) {

    // The fields the checks name; the labour-change list maps them to its own column names.
    static final String KIND = "kind";
    static final String CCCD = "cccd";
    static final String FULL_NAME = "fullName";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String EFFECTIVE_DATE = "effectiveDate";
    static final String MONTH = "month";
    static final String MONTHLY_SALARY = "monthlySalary";
    static final String UNPAID_DAYS = "unpaidDays";
    static final String MATERNITY = "maternity";
    static final String NOTE = "note";

    /** The field that carries when it takes effect. */
    String dateField() {
        return kind.monthly() ? MONTH : EFFECTIVE_DATE;
    }

    /** The day it takes effect; the first of the month for unpaid leave. */
    LocalDate effectiveOn() {
        return kind.monthly() ? month.atDay(1) : effectiveDate;
    }

    /** The first contribution month it can change. */
    YearMonth firstMonth() {
        return kind.monthly() ? month : YearMonth.from(effectiveDate);
    }

    /** The last contribution month it can change; null when it changes every month after the first. */
    YearMonth lastMonth() {
        return kind.monthly() ? month : null;
    }
}
