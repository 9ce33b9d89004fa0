package vn.ansinh.collection;

import java.time.YearMonth;

/** Consecutive contribution months of a person's household or budget-supported HI that are paid, first to last. */
public record PaidHiSpan(long personId, YearMonth first, YearMonth last) {
}
