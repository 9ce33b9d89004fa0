package vn.ansinh.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.card.CardNumber;
import vn.ansinh.claim.ClaimXmlFields.Field;
import vn.ansinh.claim.ClaimXmlFields.Xml1;
import vn.ansinh.claim.ClaimXmlFields.Xml2;
import vn.ansinh.claim.ClaimXmlFields.Xml3;

/**
 * The checks of form, codes, dates and arithmetic a claim must pass before appraisal (RULES.md section 8). Each error
 * names the table, the line (STT), the standard's field and a stable code. Code lists (ICD-10 categories, patient
 * categories) are data, read once.
 */
@Component
class ClaimValidation {

    /** A category (J06) with an optional subcode (J06.9); the category must be a known one. */
    private static final Pattern ICD10 = Pattern.compile("^([A-Z][0-9]{2})(\\.[0-9A-Z]{1,2})?$");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int MAX_SECONDARY_DIAGNOSES = 12;

    private final JdbcClient jdbc;
    private volatile Set<String> icd10Categories;
    private volatile Set<String> patientCategories;

    ClaimValidation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void validate(Claim claim, List<ClaimIssue> issues) {
        LocalDate admission = claim.admittedAt() == null ? null : claim.admittedAt().toLocalDate();
        if (claim.dateOfBirth() != null && claim.dateOfBirth().isAfter(admission == null ? LocalDate.now() : admission)) {
            issues.add(ClaimIssue.of(IntakeCode.C004, ClaimTable.XML1, null, Xml1.NGAY_SINH.name(), null));
        }
        if (claim.admittedAt() != null && claim.dischargedAt() != null
                && claim.dischargedAt().isBefore(claim.admittedAt())) {
            issues.add(ClaimIssue.of(IntakeCode.C005, ClaimTable.XML1, null, Xml1.NGAY_RA.name(),
                    ClaimMapping.dateTime(claim.dischargedAt()) + " < " + ClaimMapping.dateTime(claim.admittedAt())));
        }
        if (claim.mainDiagnosis() != null && !icd10(claim.mainDiagnosis())) {
            issues.add(ClaimIssue.of(IntakeCode.C006, ClaimTable.XML1, null, Xml1.MA_BENH_CHINH.name(),
                    claim.mainDiagnosis()));
        }
        for (String code : claim.otherDiagnoses()) {
            if (!icd10(code)) {
                issues.add(ClaimIssue.of(IntakeCode.C006, ClaimTable.XML1, null, Xml1.MA_BENH_KT.name(), code));
            }
        }
        if (claim.otherDiagnoses().size() > MAX_SECONDARY_DIAGNOSES) {
            issues.add(ClaimIssue.of(IntakeCode.C020, ClaimTable.XML1, null, Xml1.MA_BENH_KT.name(),
                    String.valueOf(claim.otherDiagnoses().size())));
        }
        if (claim.patientCategory() != null && !patientCategories().contains(claim.patientCategory())) {
            issues.add(ClaimIssue.of(IntakeCode.C008, ClaimTable.XML1, null, Xml1.MA_DOITUONG_KCB.name(),
                    claim.patientCategory()));
        }
        if (claim.sex() != 0 && (claim.sex() < 1 || claim.sex() > 3)) {
            issues.add(ClaimIssue.of(IntakeCode.C009, ClaimTable.XML1, null, Xml1.GIOI_TINH.name(),
                    String.valueOf(claim.sex())));
        }
        for (String card : claim.cardNumbers()) {
            if (!CardNumber.wellFormed(card)) {
                issues.add(ClaimIssue.of(IntakeCode.C012, ClaimTable.XML1, null, Xml1.MA_THE_BHYT.name(), card));
            }
        }
        boolean complete = true;
        for (ClaimLine line : claim.lines()) {
            checkLine(line, issues);
            complete &= line.hospitalAmount() != null && line.hiAmount() != null && line.patientOutOfScope() != null
                    && line.patientCoPayment() != null && line.fundPays() != null && line.otherSources() != null;
        }
        // A missing line amount is reported on its line already; a sum over it would only repeat that error.
        if (complete) {
            compareTotals(claim.totals(), ClaimTotals.sumOf(claim.lines()), issues);
        }
    }

    private void checkLine(ClaimLine line, List<ClaimIssue> issues) {
        boolean drug = line.kind() == LineKind.DRUG;
        ClaimTable table = drug ? ClaimTable.XML2 : ClaimTable.XML3;
        Integer stt = line.lineNo();
        if (line.scope() != 0 && (line.scope() < 1 || line.scope() > 3)) {
            issues.add(ClaimIssue.of(IntakeCode.C010, table, stt, field(drug, Xml2.PHAM_VI, Xml3.PHAM_VI),
                    String.valueOf(line.scope())));
        }
        if (line.paymentMethod() != 0 && (line.paymentMethod() < 1 || line.paymentMethod() > 3)) {
            issues.add(ClaimIssue.of(IntakeCode.C011, table, stt, field(drug, Xml2.MA_PTTT, Xml3.MA_PTTT),
                    String.valueOf(line.paymentMethod())));
        }
        BigDecimal quantity = line.quantity();
        if (quantity != null && line.hospitalUnitPrice() != null && line.hospitalAmount() != null) {
            expect(line.hospitalAmount(), amount(quantity.multiply(line.hospitalUnitPrice())), IntakeCode.C013,
                    table, stt, field(drug, Xml2.THANH_TIEN_BV, Xml3.THANH_TIEN_BV), issues);
        }
        if (quantity != null && line.hiUnitPrice() != null && line.hiPaymentRatio() != null && line.hiAmount() != null) {
            BigDecimal covered = quantity.multiply(line.hiUnitPrice()).multiply(line.hiPaymentRatio());
            BigDecimal divisor = HUNDRED;
            if (!drug && line.serviceRatio() != null) {
                covered = covered.multiply(line.serviceRatio());
                divisor = divisor.multiply(HUNDRED);
            }
            expect(line.hiAmount(), covered.divide(divisor, 2, RoundingMode.HALF_UP), IntakeCode.C014, table, stt,
                    field(drug, Xml2.THANH_TIEN_BH, Xml3.THANH_TIEN_BH), issues);
        }
        if (line.hospitalAmount() == null || line.hiAmount() == null || line.benefitPercent() == null
                || line.otherSources() == null) {
            return;
        }
        // Shares of the amounts as claimed, so that one wrong amount is reported once, where it is.
        BigDecimal fund = line.hiAmount().multiply(line.benefitPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal coPayment = line.hiAmount().subtract(fund);
        BigDecimal outOfScope = line.hospitalAmount().subtract(line.hiAmount());
        // Other sources pay the patient's out-of-scope part first, then the co-payment, then the fund's share.
        BigDecimal other = line.otherSources();
        BigDecimal taken = other.min(outOfScope.max(BigDecimal.ZERO));
        outOfScope = outOfScope.subtract(taken);
        other = other.subtract(taken);
        taken = other.min(coPayment.max(BigDecimal.ZERO));
        coPayment = coPayment.subtract(taken);
        fund = fund.subtract(other.subtract(taken));
        if (line.fundPays() != null) {
            expect(line.fundPays(), fund, IntakeCode.C015, table, stt, field(drug, Xml2.T_BHTT, Xml3.T_BHTT), issues);
        }
        if (line.patientCoPayment() != null) {
            expect(line.patientCoPayment(), coPayment, IntakeCode.C016, table, stt,
                    field(drug, Xml2.T_BNCCT, Xml3.T_BNCCT), issues);
        }
        if (line.patientOutOfScope() != null) {
            expect(line.patientOutOfScope(), outOfScope, IntakeCode.C017, table, stt,
                    field(drug, Xml2.T_BNTT, Xml3.T_BNTT), issues);
        }
    }

    private static void expect(BigDecimal claimed, BigDecimal computed, IntakeCode code, ClaimTable table, Integer line,
                               String field, List<ClaimIssue> issues) {
        if (claimed.compareTo(computed) != 0) {
            issues.add(ClaimIssue.of(code, table, line, field,
                    "claimed " + claimed.toPlainString() + ", computed " + computed.toPlainString()));
        }
    }

    static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String field(boolean drug, Field drugField, Field serviceField) {
        return drug ? drugField.name() : serviceField.name();
    }

    private boolean icd10(String code) {
        var matcher = ICD10.matcher(code);
        return matcher.matches() && icd10Categories().contains(matcher.group(1));
    }

    private Set<String> icd10Categories() {
        Set<String> codes = icd10Categories;
        if (codes == null) {
            codes = Set.copyOf(jdbc.sql("select code from icd10_category").query(String.class).list());
            icd10Categories = codes;
        }
        return codes;
    }

    private Set<String> patientCategories() {
        Set<String> codes = patientCategories;
        if (codes == null) {
            codes = Set.copyOf(jdbc.sql("""
                    select code from claim_patient_category where valid_to is null or valid_to >= current_date""")
                    .query(String.class).list());
            patientCategories = codes;
        }
        return codes;
    }

    /** Each XML1 total against the sum of its lines. */
    private static void compareTotals(ClaimTotals claimed, ClaimTotals sums, List<ClaimIssue> issues) {
        check(claimed.drugs(), sums.drugs(), Xml1.T_THUOC, issues);
        check(claimed.supplies(), sums.supplies(), Xml1.T_VTYT, issues);
        check(claimed.hospitalTotal(), sums.hospitalTotal(), Xml1.T_TONGCHI_BV, issues);
        check(claimed.hiTotal(), sums.hiTotal(), Xml1.T_TONGCHI_BH, issues);
        check(claimed.patientOutOfScope(), sums.patientOutOfScope(), Xml1.T_BNTT, issues);
        check(claimed.patientCoPayment(), sums.patientCoPayment(), Xml1.T_BNCCT, issues);
        check(claimed.fundPays(), sums.fundPays(), Xml1.T_BHTT, issues);
        check(claimed.otherSources(), sums.otherSources(), Xml1.T_NGUONKHAC, issues);
    }

    private static void check(BigDecimal claimed, BigDecimal sum, Xml1 field, List<ClaimIssue> issues) {
        if (claimed != null && claimed.compareTo(sum) != 0) {
            issues.add(ClaimIssue.of(IntakeCode.C018, ClaimTable.XML1, null, field.name(),
                    "claimed " + claimed.toPlainString() + ", sum of lines " + sum.toPlainString()));
        }
    }
}
