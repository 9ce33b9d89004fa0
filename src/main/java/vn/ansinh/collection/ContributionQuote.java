package vn.ansinh.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a contribution comes to: the monthly lines per fund and payer, and per payer the monthly sum and the sum for
 * the {@code months} paid at once (the monthly sum times the months, with no discount). {@code notes} say why a
 * line is capped, missing or zero.
 */
public record ContributionQuote(
        QuoteKind kind,
        @Schema(type = "string", example = "2024-08") YearMonth month,
        @Schema(description = "The parameters used are those in force on this day, the first of the contribution month")
        LocalDate parametersOn,
        @Schema(description = "Months paid at once", example = "1") int months,
        List<ContributionLine> lines,
        List<PayerTotal> totals,
        @Schema(description = "Whole VND for all payers and all the months", example = "3200000") long total,
        List<String> notes) {

    public record PayerTotal(ContributionPayer payer,
                             @Schema(description = "Whole VND per month", example = "2150000") long monthly,
                             @Schema(description = "Whole VND for the months paid at once", example = "2150000") long amount) {
    }

    public ContributionQuote {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
    }

    static ContributionQuote of(QuoteKind kind, RateBook book, int months, List<ContributionLine> lines, List<String> notes) {
        Map<ContributionPayer, Long> monthly = new EnumMap<>(ContributionPayer.class);
        for (ContributionLine line : lines) {
            monthly.merge(line.payer(), line.amount(), Long::sum);
        }
        List<PayerTotal> totals = new ArrayList<>();
        monthly.forEach((payer, sum) -> totals.add(new PayerTotal(payer, sum, Math.multiplyExact(sum, months))));
        long total = totals.stream().mapToLong(PayerTotal::amount).sum();
        return new ContributionQuote(kind, book.month(), book.inForceOn(), months, lines, totals, total, notes);
    }

    /** What one payer pays for all the months; zero when the payer has no line. */
    public long totalOf(ContributionPayer payer) {
        return totals.stream().filter(t -> t.payer() == payer).mapToLong(PayerTotal::amount).sum();
    }

    public List<ContributionLine> linesOf(ContributionPayer payer) {
        return lines.stream().filter(l -> l.payer() == payer).toList();
    }

    public enum QuoteKind {
        COMPULSORY, VOLUNTARY, HOUSEHOLD, BUDGET_HI
    }
}
