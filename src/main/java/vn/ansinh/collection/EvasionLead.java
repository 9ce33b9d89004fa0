package vn.ansinh.collection;

import java.time.YearMonth;

/**
 * An employer the tax data says employs people it has not registered for SI, or registered on a lower salary than it
 * pays: its person-months of each kind and the contributions estimated unpaid on them. An employer whose tax code is
 * not in the register ({@code registered} false, no unit code, name or commune) is a lead by itself: every person it
 * pays is unregistered.
 */
public record EvasionLead(String taxCode, boolean registered, String unitCode, String employerName, String communeCode,
                          String communeName, int people, int personMonths, int notRegistered, int underDeclared,
                          long estimatedUnpaid, YearMonth firstMonth, YearMonth lastMonth) {
}
