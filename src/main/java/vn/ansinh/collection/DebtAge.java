package vn.ansinh.collection;

/** How long a debt is past its deadline, in the buckets collection reports use. */
public enum DebtAge {
    UP_TO_30_DAYS(1, 30),
    DAYS_31_TO_60(31, 60),
    DAYS_61_TO_90(61, 90),
    DAYS_91_TO_180(91, 180),
    OVER_180_DAYS(181, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    DebtAge(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The bucket of a debt that many days past its deadline (1 or more). */
    public static DebtAge of(long daysAfterDeadline) {
        for (DebtAge age : values()) {
            if (daysAfterDeadline >= age.fromDays && daysAfterDeadline <= age.toDays) {
                return age;
            }
        }
        throw new IllegalArgumentException("a debt is at least 1 day past its deadline, was " + daysAfterDeadline);
    }
}
