package vn.ansinh.collection;

import java.time.YearMonth;

/**
 * How far an employer's assessed contributions are paid: {@code paidThrough} is the last month settled with every
 * earlier month settled too (null when none is), {@code oldestUnpaid} the oldest month with dues left (null when the
 * employer is not in arrears).
 */
public record EmployerPaymentStanding(String unitCode, YearMonth paidThrough, YearMonth oldestUnpaid) {

    public boolean inArrears() {
        return oldestUnpaid != null;
    }
}
