package vn.ansinh.collection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments received, as the ledger holds them: a PAYMENT journal per bank transaction, its BANK posting. */
@Repository
class Payments {

    private static final String PREFIX = "payment:";

    /** A payment booked before: who paid, how much, on which day. */
    record Received(String transactionId, LocalDate on, PayerKind payerKind, String payerCode, long amount) {

        boolean sameAs(PayerKind kind, String code, long amount, LocalDate on) {
            return payerKind == kind && payerCode.equals(code) && this.amount == amount && this.on.equals(on);
        }
    }

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source reference of the payment journal of a bank transaction: a transaction is booked once. */
    static String sourceRef(String transactionId) {
        return PREFIX + transactionId;
    }

    /** Those of these transactions already booked, by transaction id. */
    Map<String, Received> booked(Collection<String> transactionIds) {
        if (transactionIds.isEmpty()) {
            return Map.of();
        }
        return query("j.source_ref = any(cast(:refs as text[]))", transactionIds.stream().map(Payments::sourceRef)
                .toArray(String[]::new), null, null, null, null)
                .stream().collect(Collectors.toMap(Received::transactionId, Function.identity()));
    }

    /** What a payer paid between two days (inclusive), in date order. */
    List<Received> of(PayerKind kind, String code, LocalDate from, LocalDate to) {
        return query("p.payer_kind = :kind and p.payer_code = :code and j.booked_on between :from and :to",
                null, kind, code, from, to);
    }

    private List<Received> query(String where, String[] refs, PayerKind kind, String code, LocalDate from, LocalDate to) {
        var statement = jdbc.sql("""
                select j.source_ref, j.booked_on, p.payer_kind, p.payer_code, p.amount
                from ledger_journal j join ledger_posting p on p.journal_id = j.id and p.account = 'BANK'
                where j.kind = 'PAYMENT' and starts_with(j.source_ref, 'payment:')""" + " and " + where
                + " order by j.booked_on, j.id");
        if (refs != null) {
            statement = statement.param("refs", refs);
        } else {
            statement = statement.param("kind", kind.name()).param("code", code).param("from", from).param("to", to);
        }
        return statement.query((rs, i) -> new Received(rs.getString("source_ref").substring(PREFIX.length()),
                rs.getDate("booked_on").toLocalDate(), PayerKind.valueOf(rs.getString("payer_kind")),
                rs.getString("payer_code"), rs.getLong("amount"))).list();
    }
}
