package vn.ansinh.collection;

import java.util.Set;

/**
 * A voluntary SI participant's chosen monthly income in whole VND, the category that sets the state support, and
 * how many months are paid at once (monthly, or every 3, 6 or 12 months; RULES.md §5).
 */
public record VoluntaryIncome(long income, VoluntarySupportCategory category, int months) {

    /** The payment modes: months paid at once. */
    public static final Set<Integer> PAYMENT_MONTHS = Set.of(1, 3, 6, 12);

    public static VoluntaryIncome monthly(long income, VoluntarySupportCategory category) {
        return new VoluntaryIncome(income, category, 1);
    }
}
