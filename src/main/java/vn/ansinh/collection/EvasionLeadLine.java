package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One person-month of a lead. {@code missingBase}: for NOT_REGISTERED the taxed income capped at the SI ceiling of the
 * month, for UNDER_DECLARED that minus the declared SI salary; {@code estimatedUnpaid} = {@code totalRatePercent} (the
 * month's compulsory employer and employee rates together) of it, rounded half up to the dong. Person fields are null
 * when the CCCD is not in the registry; {@code handlingId} is set once an officer has handled the line.
 */
public record EvasionLeadLine(String cccd, String siCode, String personName, YearMonth month, LeadKind kind,
                              long taxedIncome, Long declaredSalary, long missingBase, BigDecimal totalRatePercent,
                              long estimatedUnpaid, Long handlingId) {
}
