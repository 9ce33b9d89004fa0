package vn.ansinh.claim;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate template;

    Claims(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional
    public StoredClaim save(Claim claim, long fileId) {
        // Two concurrent sends of one encounter cannot both win: the unique (facility, key, version) refuses one.
        int previous = jdbc.sql("""
                        select coalesce(max(version), 0) from claim
                        where facility_code = :facility and encounter_key = :key""")
                .param("facility", claim.facilityCode()).param("key", claim.encounterKey())
                .query(Integer.class).single();
        jdbc.sql("""
                        update claim set current = false
                        where facility_code = :facility and encounter_key = :key and current""")
                .param("facility", claim.facilityCode()).param("key", claim.encounterKey()).update();
        int version = previous + 1;
        ClaimTotals totals = claim.totals();
        long id = jdbc.sql("""
                        insert into claim (file_id, facility_code, encounter_key, version, current, standard,
                            patient_code, full_name, cccd, date_of_birth, sex, card_numbers, registered_facility,
                            card_valid_from, card_valid_to, main_diagnosis, other_diagnoses, patient_category,
                            encounter_type, admitted_at, discharged_at, treatment_days, department, area_code,
                            five_years_from, settlement_month, drugs, supplies, hospital_total, hi_total,
                            patient_out_of_scope, patient_co_payment, fund_pays, other_sources)
                        values (:file, :facility, :key, :version, true, :standard, :patientCode, :name, :cccd, :dob,
                            :sex, string_to_array(:cards, ';'), :registered, :cardFrom, :cardTo, :main,
                            string_to_array(:other, ';'), :category, :type, :admitted, :discharged, :days,
                            :department, :area, :fiveYears, :settlement, :drugs, :supplies, :hospitalTotal, :hiTotal,
                            :outOfScope, :coPayment, :fundPays, :otherSources)
                        returning id""")
                .param("file", fileId).param("facility", claim.facilityCode()).param("key", claim.encounterKey())
                .param("version", version).param("standard", claim.standard().name())
                .param("patientCode", claim.patientCode()).param("name", claim.fullName())
                .param("cccd", claim.cccd()).param("dob", claim.dateOfBirth()).param("sex", claim.sex())
                .param("cards", String.join(";", claim.cardNumbers()))
                .param("registered", claim.registeredFacility())
                .param("cardFrom", claim.cardValidFrom(), Types.DATE).param("cardTo", claim.cardValidTo(), Types.DATE)
                .param("main", claim.mainDiagnosis()).param("other", String.join(";", claim.otherDiagnoses()))
                .param("category", claim.patientCategory()).param("type", claim.encounterType().name())
                .param("admitted", claim.admittedAt()).param("discharged", claim.dischargedAt())
                .param("days", claim.treatmentDays()).param("department", claim.department())
                .param("area", claim.areaCode()).param("fiveYears", claim.fiveYearsFrom(), Types.DATE)
                .param("settlement", claim.settlementMonth().atDay(1))
                .param("drugs", totals.drugs()).param("supplies", totals.supplies())
                .param("hospitalTotal", totals.hospitalTotal()).param("hiTotal", totals.hiTotal())
                .param("outOfScope", totals.patientOutOfScope()).param("coPayment", totals.patientCoPayment())
                .param("fundPays", totals.fundPays()).param("otherSources", totals.otherSources())
                .query(Long.class).single();
        saveLines(id, claim.lines());
        return new StoredClaim(id, claim.facilityCode(), claim.encounterKey(), version);
    }

    private void saveLines(long claimId, List<ClaimLine> lines) {
        template.batchUpdate("""
                insert into claim_line (claim_id, kind, line_no, item_code, item_name, unit, group_code, scope,
                    hi_payment_ratio, service_ratio, quantity, hospital_unit_price, hi_unit_price, hospital_amount,
                    hi_amount, other_sources, benefit_percent, patient_out_of_scope, patient_co_payment, fund_pays,
                    supply_ceiling, department, doctor, ordered_at, performed_at, payment_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lines, lines.size(), (PreparedStatement statement, ClaimLine line) -> {
                    int i = 1;
                    statement.setLong(i++, claimId);
                    statement.setString(i++, line.kind().name());
                    statement.setInt(i++, line.lineNo());
                    statement.setString(i++, line.itemCode());
                    statement.setString(i++, line.itemName());
                    statement.setString(i++, line.unit());
                    statement.setString(i++, line.groupCode());
                    statement.setInt(i++, line.scope());
                    statement.setBigDecimal(i++, line.hiPaymentRatio());
                    statement.setBigDecimal(i++, line.serviceRatio());
                    statement.setBigDecimal(i++, line.quantity());
                    statement.setBigDecimal(i++, line.hospitalUnitPrice());
                    statement.setBigDecimal(i++, line.hiUnitPrice());
                    statement.setBigDecimal(i++, line.hospitalAmount());
                    statement.setBigDecimal(i++, line.hiAmount());
                    statement.setBigDecimal(i++, line.otherSources());
                    statement.setBigDecimal(i++, line.benefitPercent());
                    statement.setBigDecimal(i++, line.patientOutOfScope());
                    statement.setBigDecimal(i++, line.patientCoPayment());
                    statement.setBigDecimal(i++, line.fundPays());
                    statement.setBigDecimal(i++, line.supplyCeiling());
                    statement.setString(i++, line.department());
                    statement.setString(i++, line.doctor());
                    statement.setTimestamp(i++, timestamp(line.orderedAt()));
                    statement.setTimestamp(i++, timestamp(line.performedAt()));
                    statement.setInt(i, line.paymentMethod());
                });
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

    private static Timestamp timestamp(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }
}
