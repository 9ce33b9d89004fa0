package vn.ansinh.claim.appraisal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.claim.ClaimStatus;
import vn.ansinh.claim.LineKind;

/**
 * Stored appraisal results (tables claim_appraisal and claim_deduction). A batch's automatic results replace the
 * previous ones in three statements and two COPYs, whatever the batch size; appraisers' decisions are kept.
 */
@Repository
class Appraisals {

    /** One claim's result as the engine computed it. */
    record Result(long claimId, ClaimStatus outcome, BigDecimal claimed, BigDecimal approved, BigDecimal deducted,
                  int riskScore, BigDecimal benefitPercent, String cardResult, BigDecimal dueFund,
                  BigDecimal dueCoPayment, BigDecimal dueOutOfScope, List<Finding> findings) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Appraisals(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The current claims no appraisal has decided yet, oldest first. */
    List<Long> waiting() {
        return jdbc.sql("select id from claim where current and status = 'RECEIVED' order by id").query(Long.class).list();
    }

    /** The appraisers' decisions on these claims, which a re-appraisal keeps. */
    Map<Long, List<ClaimUnderAppraisal.ReviewDecision>> reviewDecisions(Long[] ids) {
        Map<Long, List<ClaimUnderAppraisal.ReviewDecision>> decisions = new HashMap<>();
        jdbc.sql("""
                        select claim_id, line_kind, line_no, rule_code, amount from claim_deduction
                        where claim_id = any(:ids) and origin = 'REVIEW'""")
                .param("ids", ids)
                .query(rs -> {
                    String kind = rs.getString(2);
                    decisions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new ClaimUnderAppraisal.ReviewDecision(kind == null ? null : LineKind.valueOf(kind),
                                    rs.getObject(3, Integer.class), rs.getString(4), rs.getBigDecimal(5)));
                });
        return decisions;
    }

    /** Replaces the automatic results of the batch; must run inside a transaction. */
    void replace(Long[] ids, List<Result> results, String decidedBy) {
        jdbc.sql("delete from claim_deduction where claim_id = any(:ids) and origin = 'AUTO'").param("ids", ids).update();
        jdbc.sql("delete from claim_appraisal where claim_id = any(:ids)").param("ids", ids).update();
        StringBuilder appraisals = new StringBuilder(results.size() * 120);
        StringBuilder deductions = new StringBuilder(results.size() * 80);
        for (Result r : results) {
            row(appraisals, r.claimId(), r.outcome().name(), r.claimed(), r.approved(), r.deducted(), r.riskScore(),
                    r.benefitPercent(), r.cardResult(), r.dueFund(), r.dueCoPayment(), r.dueOutOfScope(),
                    AppraisalRules.VERSION);
            for (Finding f : r.findings()) {
                row(deductions, r.claimId(), f.lineKind() == null ? null : f.lineKind().name(), f.lineNo(),
                        f.ruleCode(), f.reason(), f.amount(), "AUTO", decidedBy);
            }
        }
        copy("""
                copy claim_appraisal (claim_id, outcome, claimed, approved, deducted, risk_score, benefit_percent,
                    card_result, due_fund, due_co_payment, due_out_of_scope, rules_version) from stdin (format csv)""",
                appraisals);
        copy("""
                copy claim_deduction (claim_id, line_kind, line_no, rule_code, reason, amount, origin, decided_by)
                from stdin (format csv)""", deductions);
        // The outcomes just written, sent along: no join back to claim_appraisal.
        Long[] claimIds = new Long[results.size()];
        String[] outcomes = new String[results.size()];
        for (int i = 0; i < results.size(); i++) {
            claimIds[i] = results.get(i).claimId();
            outcomes[i] = results.get(i).outcome().name();
        }
        jdbc.sql("""
                        update claim c set status = a.outcome
                        from unnest(cast(:ids as bigint[]), cast(:outcomes as text[])) a(claim_id, outcome)
                        where a.claim_id = c.id and c.status <> a.outcome""")
                .param("ids", claimIds).param("outcomes", outcomes).update();
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            if (value instanceof String) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append('\n');
    }

    private void copy(String sql, StringBuilder rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store appraisal results: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    Optional<Appraisal> byClaim(long claimId) {
        List<Appraisal.Deduction> deductions = deductions(claimId);
        return jdbc.sql("select * from claim_appraisal where claim_id = :id").param("id", claimId)
                .query((rs, i) -> new Appraisal(rs.getLong("claim_id"), ClaimStatus.valueOf(rs.getString("outcome")),
                        rs.getBigDecimal("claimed"), rs.getBigDecimal("approved"), rs.getBigDecimal("deducted"),
                        rs.getInt("risk_score"), rs.getBigDecimal("benefit_percent"), rs.getString("card_result"),
                        rs.getBigDecimal("due_fund"), rs.getBigDecimal("due_co_payment"),
                        rs.getBigDecimal("due_out_of_scope"), rs.getObject("appraised_at", OffsetDateTime.class),
                        rs.getString("rules_version"), rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class), deductions))
                .optional();
    }

    List<Appraisal.Deduction> deductions(long claimId) {
        return jdbc.sql("""
                        select id, line_kind, line_no, rule_code, reason, amount, origin, decided_by, decided_at
                        from claim_deduction where claim_id = :id order by line_kind nulls first, line_no, id""")
                .param("id", claimId)
                .query((rs, i) -> new Appraisal.Deduction(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), AppraisalRules.titleVi(rs.getString(4)), AppraisalRules.titleEn(rs.getString(4)),
                        rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }
}
