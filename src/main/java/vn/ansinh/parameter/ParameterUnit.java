package vn.ansinh.parameter;

/** What a parameter's number measures. */
public enum ParameterUnit {
    /** Whole Vietnamese dong. */
    VND,
    /** Percent: 14 means 14 %. */
    PERCENT,
    /** A multiple of another parameter, named in the code's description (20 x base salary). */
    MULTIPLE,
    DAYS,
    MONTHS,
    YEARS,
    /** A day of the month (demand notices by the 10th). */
    DAY_OF_MONTH,
    /** A number of employees. */
    HEADCOUNT
}
