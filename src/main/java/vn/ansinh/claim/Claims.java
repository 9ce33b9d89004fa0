package vn.ansinh.claim;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored encounters. Saving an encounter already held for the same facility and key makes the new one the current
 * version and keeps the earlier one, so a resend replaces a claim without being counted twice.
 */
@Repository
public class Claims {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Claims(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Stores a valid claim read from the kept file. */
    @Transactional
    public StoredClaim save(Claim claim, long fileId) {
        return saveAll(List.of(new IncomingClaim(claim, fileId, List.of(), Map.of()))).get(0);
    }

    /**
     * Stores many claims at once with COPY, in the given order: each becomes the current version of its encounter
     * (a later one in the same list wins), with its validation errors and its other tables.
     */
    @Transactional
    List<StoredClaim> saveAll(List<IncomingClaim> incoming) {
        if (incoming.isEmpty()) {
            return List.of();
        }
        int n = incoming.size();
        String[] facilities = new String[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            facilities[i] = incoming.get(i).claim().facilityCode();
            keys[i] = incoming.get(i).claim().encounterKey();
        }
        // Two concurrent sends of one encounter cannot both win: the unique current index refuses one.
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("""
                        update claim c set current = false
                        from unnest(:facilities, :keys) k(facility, key)
                        where c.facility_code = cast(k.facility as bpchar) and c.encounter_key = k.key and c.current
                        returning c.facility_code, c.encounter_key, c.version""")
                .param("facilities", facilities).param("keys", keys)
                .query((rs, i) -> versions.merge(rs.getString(1).strip() + '\t' + rs.getString(2), rs.getInt(3),
                        Math::max))
                .list();
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < n; i++) {
            last.put(facilities[i] + '\t' + keys[i], i);
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('claim', 'id')) from generate_series(1, :n)")
                .param("n", n).query(Long.class).list();
        CopyText claims = new CopyText();
        CopyText lines = new CopyText();
        CopyText issues = new CopyText();
        CopyText attachments = new CopyText();
        List<StoredClaim> stored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IncomingClaim in = incoming.get(i);
            Claim claim = in.claim();
            String slot = facilities[i] + '\t' + keys[i];
            int version = versions.merge(slot, 1, Integer::sum);
            long id = ids.get(i);
            claimRow(claims, id, in, version, last.get(slot) == i);
            lineRows(lines, id, claim.lines());
            for (ClaimIssue issue : in.issues()) {
                issues.value(id).value(issue.code().name()).value(issue.table().name()).value(issue.line())
                        .value(issue.field()).value(issue.message()).end();
            }
            in.attachments().forEach((table, content) -> attachments.value(id).value(table).value(content).end());
            stored.add(new StoredClaim(id, claim.facilityCode(), claim.encounterKey(), version));
        }
        claims.copyInto(dataSource, "claim (id, file_id, facility_code, encounter_key, version, current, standard, "
                + "status, patient_code, full_name, cccd, date_of_birth, sex, card_numbers, registered_facility, "
                + "card_valid_from, card_valid_to, main_diagnosis, other_diagnoses, patient_category, encounter_type, "
                + "admitted_at, discharged_at, treatment_days, department, area_code, five_years_from, "
                + "settlement_month, drugs, supplies, hospital_total, hi_total, patient_out_of_scope, "
                + "patient_co_payment, fund_pays, other_sources)");
        lines.copyInto(dataSource, "claim_line (claim_id, kind, line_no, item_code, item_name, unit, group_code, "
                + "scope, hi_payment_ratio, service_ratio, quantity, hospital_unit_price, hi_unit_price, "
                + "hospital_amount, hi_amount, other_sources, benefit_percent, patient_out_of_scope, "
                + "patient_co_payment, fund_pays, supply_ceiling, department, doctor, ordered_at, performed_at, "
                + "payment_method)");
        issues.copyInto(dataSource, "claim_issue (claim_id, code, table_code, line_no, field, message)");
        attachments.copyInto(dataSource, "claim_attachment (claim_id, table_code, content)");
        return stored;
    }

    private static void claimRow(CopyText row, long id, IncomingClaim in, int version, boolean current) {
        Claim claim = in.claim();
        ClaimTotals totals = claim.totals();
        row.value(id).value(in.fileId()).value(claim.facilityCode()).value(claim.encounterKey()).value(version)
                .value(current).value(claim.standard().name()).value(in.status().name()).value(claim.patientCode())
                .value(claim.fullName()).value(claim.cccd()).value(claim.dateOfBirth()).value(claim.sex())
                .array(claim.cardNumbers()).value(claim.registeredFacility()).value(claim.cardValidFrom())
                .value(claim.cardValidTo()).value(claim.mainDiagnosis()).array(claim.otherDiagnoses())
                .value(claim.patientCategory())
                .value(claim.encounterType() == null ? null : claim.encounterType().name())
                .value(claim.admittedAt()).value(claim.dischargedAt()).value(claim.treatmentDays())
                .value(claim.department()).value(claim.areaCode()).value(claim.fiveYearsFrom())
                .value(claim.settlementMonth() == null ? null : claim.settlementMonth().atDay(1))
                .value(totals.drugs()).value(totals.supplies()).value(totals.hospitalTotal()).value(totals.hiTotal())
                .value(totals.patientOutOfScope()).value(totals.patientCoPayment()).value(totals.fundPays())
                .value(totals.otherSources()).end();
    }

    private static void lineRows(CopyText rows, long claimId, List<ClaimLine> lines) {
        // Line numbers identify a line; a missing or repeated STT (already an error of the claim) gets a free one.
        Set<String> used = new HashSet<>();
        int next = 0;
        for (ClaimLine line : lines) {
            next = Math.max(next, line.lineNo());
        }
        for (ClaimLine line : lines) {
            int number = line.lineNo();
            if (number <= 0 || !used.add(line.kind() + ":" + number)) {
                number = ++next;
                used.add(line.kind() + ":" + number);
            }
            rows.value(claimId).value(line.kind().name()).value(number).value(line.itemCode()).value(line.itemName())
                    .value(line.unit()).value(line.groupCode()).value(line.scope()).value(line.hiPaymentRatio())
                    .value(line.serviceRatio()).value(line.quantity()).value(line.hospitalUnitPrice())
                    .value(line.hiUnitPrice()).value(line.hospitalAmount()).value(line.hiAmount())
                    .value(line.otherSources()).value(line.benefitPercent()).value(line.patientOutOfScope())
                    .value(line.patientCoPayment()).value(line.fundPays()).value(line.supplyCeiling())
                    .value(line.department()).value(line.doctor()).value(line.orderedAt()).value(line.performedAt())
                    .value(line.paymentMethod()).end();
        }
    }

    /** The validation errors stored with a claim, in the order found. */
    List<ClaimFiles.ReceiptMessage> issues(long claimId) {
        return jdbc.sql("""
                        select code, table_code, line_no, field, message from claim_issue where claim_id = :id
                        order by ctid""")
                .param("id", claimId)
                .query((rs, n) -> new ClaimFiles.ReceiptMessage(rs.getString(1), rs.getString(2),
                        (Integer) rs.getObject(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public Optional<StoredClaim> current(String facilityCode, String encounterKey) {
        return jdbc.sql("""
                        select id, facility_code, encounter_key, version from claim
                        where facility_code = :facility and encounter_key = :key and current""")
                .param("facility", facilityCode).param("key", encounterKey)
                .query((rs, n) -> new StoredClaim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    public Claim byId(long id) {
        List<ClaimLine> lines = jdbc.sql("""
                        select * from claim_line where claim_id = :id
                        order by case kind when 'DRUG' then 0 else 1 end, line_no""")
                .param("id", id).query((rs, n) -> line(rs)).list();
        return jdbc.sql("select * from claim where id = :id").param("id", id)
                .query((rs, n) -> claim(rs, lines)).optional()
                .orElseThrow(() -> new vn.ansinh.shared.NotFound("claim", String.valueOf(id)));
    }

    /**
     * Many stored versions at once, for batch work (appraisal): two queries for the whole batch. Ids not found are
     * left out; the map keeps the order of {@code ids}.
     */
    public java.util.Map<Long, Claim> byIds(java.util.Collection<Long> ids) {
        Long[] array = ids.toArray(Long[]::new);
        java.util.Map<Long, List<ClaimLine>> lines = new java.util.HashMap<>();
        jdbc.sql("""
                        select * from claim_line where claim_id = any(:ids)
                        order by claim_id, case kind when 'DRUG' then 0 else 1 end, line_no""")
                .param("ids", array)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("claim_id"), k -> new java.util.ArrayList<>()).add(line(rs));
                });
        java.util.Map<Long, Claim> found = new java.util.HashMap<>();
        jdbc.sql("select * from claim where id = any(:ids)").param("ids", array)
                .query(rs -> {
                    long id = rs.getLong("id");
                    found.put(id, claim(rs, lines.getOrDefault(id, List.of())));
                });
        java.util.Map<Long, Claim> ordered = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            Claim claim = found.get(id);
            if (claim != null) {
                ordered.put(id, claim);
            }
        }
        return ordered;
    }

    /** Lines in the order {@link #byId} and {@link #byIds} read them: drugs first, then by line number. */
    static final java.util.Comparator<ClaimLine> STORED_ORDER = java.util.Comparator
            .comparingInt((ClaimLine line) -> line.kind() == LineKind.DRUG ? 0 : 1).thenComparingInt(ClaimLine::lineNo);

    /** The claim with its lines in the order a read from the database gives them. */
    static Claim inStoredOrder(Claim claim) {
        List<ClaimLine> lines = new ArrayList<>(claim.lines());
        lines.sort(STORED_ORDER);
        return new Claim(claim.facilityCode(), claim.encounterKey(), claim.standard(), claim.patientCode(),
                claim.fullName(), claim.cccd(), claim.dateOfBirth(), claim.sex(), claim.cardNumbers(),
                claim.registeredFacility(), claim.cardValidFrom(), claim.cardValidTo(), claim.mainDiagnosis(),
                claim.otherDiagnoses(), claim.patientCategory(), claim.encounterType(), claim.admittedAt(),
                claim.dischargedAt(), claim.treatmentDays(), claim.department(), claim.areaCode(),
                claim.fiveYearsFrom(), claim.settlementMonth(), claim.totals(), lines);
    }

    private static Claim claim(ResultSet rs, List<ClaimLine> lines) throws SQLException {
        return new Claim(rs.getString("facility_code"), rs.getString("encounter_key"),
                ClaimStandard.valueOf(rs.getString("standard")), rs.getString("patient_code"),
                rs.getString("full_name"), rs.getString("cccd"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getInt("sex"), strings(rs.getArray("card_numbers")), rs.getString("registered_facility"),
                rs.getObject("card_valid_from", LocalDate.class), rs.getObject("card_valid_to", LocalDate.class),
                rs.getString("main_diagnosis"), strings(rs.getArray("other_diagnoses")),
                rs.getString("patient_category"), EncounterType.valueOf(rs.getString("encounter_type")),
                rs.getObject("admitted_at", LocalDateTime.class), rs.getObject("discharged_at", LocalDateTime.class),
                rs.getInt("treatment_days"), rs.getString("department"), rs.getString("area_code"),
                rs.getObject("five_years_from", LocalDate.class),
                YearMonth.from(rs.getObject("settlement_month", LocalDate.class)),
                new ClaimTotals(rs.getBigDecimal("drugs"), rs.getBigDecimal("supplies"),
                        rs.getBigDecimal("hospital_total"), rs.getBigDecimal("hi_total"),
                        rs.getBigDecimal("patient_out_of_scope"), rs.getBigDecimal("patient_co_payment"),
                        rs.getBigDecimal("fund_pays"), rs.getBigDecimal("other_sources")),
                lines);
    }

    private static ClaimLine line(ResultSet rs) throws SQLException {
        return new ClaimLine(LineKind.valueOf(rs.getString("kind")), rs.getInt("line_no"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
                rs.getString("group_code"), rs.getInt("scope"), rs.getBigDecimal("hi_payment_ratio"),
                rs.getBigDecimal("service_ratio"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("hospital_unit_price"), rs.getBigDecimal("hi_unit_price"),
                rs.getBigDecimal("hospital_amount"), rs.getBigDecimal("hi_amount"), rs.getBigDecimal("other_sources"),
                rs.getBigDecimal("benefit_percent"), rs.getBigDecimal("patient_out_of_scope"),
                rs.getBigDecimal("patient_co_payment"), rs.getBigDecimal("fund_pays"),
                rs.getBigDecimal("supply_ceiling"), rs.getString("department"), rs.getString("doctor"),
                rs.getObject("ordered_at", LocalDateTime.class), rs.getObject("performed_at", LocalDateTime.class),
                rs.getInt("payment_method"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
