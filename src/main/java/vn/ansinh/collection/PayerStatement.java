package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A payer's account for contribution months from..to, as the ledger stands on {@code asOf}: per month and fund what
 * was due, paid, charged as interest and paid of it, what is left, and how late; the payments received in those
 * calendar months; the balance of earlier months; the credit not yet allocated. Amounts in VND.
 */
public record PayerStatement(PayerKind payerKind, String payerCode, String payerName, YearMonth from, YearMonth to,
                             LocalDate asOf, List<Month> months, Amounts totals, long earlierBalance,
                             long unallocatedCredit, List<PaymentReceived> payments) {

    /** Dues, what paid them, interest and what paid it; {@code balance} = dues - paid + interest - interestPaid. */
    public record Amounts(long dues, long paid, long interest, long interestPaid, long balance) {

        static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0);

        Amounts plus(Amounts o) {
            return new Amounts(dues + o.dues, paid + o.paid, interest + o.interest, interestPaid + o.interestPaid,
                    balance + o.balance);
        }
    }

    /** One fund of a contribution month; {@code daysLate}: to the day it was paid off, or to asOf if unpaid. */
    public record FundLine(Fund fund, Amounts amounts, long daysLate) {
    }

    public record Month(YearMonth month, LocalDate deadline, Amounts amounts, long daysLate, List<FundLine> funds) {
    }

    public record PaymentReceived(LocalDate date, String transactionId, long amount) {
    }
}
