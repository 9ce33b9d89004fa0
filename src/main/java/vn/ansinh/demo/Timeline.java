package vn.ansinh.demo;

/**
 * The fixed dates of a generated province. Nothing is taken from the clock: the data describe the province as of
 * {@link #DATA_END}, its coverage is calibrated on {@link #REFERENCE_DAY} (the seeds report end-2024 figures), and
 * its history starts on {@link #HISTORY_START} (earlier service is not modelled).
 */
final class Timeline {

    static final int AREAS_VALID_FROM = Days.of(2008, 1, 1);
    static final int HISTORY_START = Days.of(2016, 1, 1);
    static final int REFERENCE_DAY = Days.of(2024, 12, 31);
    static final int DATA_END = Days.of(2025, 12, 31);
    static final int FIRST_STATISTIC_YEAR = 2020;
    /** The last year with counted people; the year after it is a projection. */
    static final int LAST_COUNTED_YEAR = 2025;
    static final int LAST_STATISTIC_YEAR = 2026;

    private Timeline() {
    }
}
