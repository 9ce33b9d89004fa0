package vn.ansinh.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Dates as epoch days: the generator handles tens of millions of them, so it keeps ints and formats from a table.
 * {@link #NONE} stands for "no date" (an open end, no death).
 */
final class Days {

    static final int NONE = Integer.MIN_VALUE;

    private static final int FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2040, 12, 31).toEpochDay();
    private static final String[] ISO = new String[LAST - FIRST + 1];

    static {
        for (int d = FIRST; d <= LAST; d++) {
            ISO[d - FIRST] = LocalDate.ofEpochDay(d).toString();
        }
    }

    private Days() {
    }

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static String iso(int day) {
        return day >= FIRST && day <= LAST ? ISO[day - FIRST] : LocalDate.ofEpochDay(day).toString();
    }

    static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    static int plusYears(int day, int years) {
        return (int) LocalDate.ofEpochDay(day).plusYears(years).toEpochDay();
    }

    static int dec31(int year) {
        return of(year, 12, 31);
    }

    /** Whole years from one day to another: an age, or years of service. */
    static int wholeYears(int from, int to) {
        int years = year(to) - year(from);
        return plusYears(from, years) > to ? years - 1 : years;
    }

    /** A day of the year drawn uniformly. */
    static int inYear(SplittableRandom random, int year) {
        return between(random, of(year, 1, 1), dec31(year));
    }

    /** A day drawn uniformly between the two, both included; {@code from} when the range is empty. */
    static int between(SplittableRandom random, int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }
}
