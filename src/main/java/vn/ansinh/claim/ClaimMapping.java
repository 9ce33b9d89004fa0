package vn.ansinh.claim;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.ansinh.claim.ClaimXmlFields.Field;
import vn.ansinh.claim.ClaimXmlFields.Xml1;
import vn.ansinh.claim.ClaimXmlFields.Xml2;
import vn.ansinh.claim.ClaimXmlFields.Xml3;
import vn.ansinh.claim.ClaimXmlReader.Row;

/**
 * Between the standard's rows and the domain's {@link Claim}, both ways, so that each field's mapping is written once.
 * Reading checks each field's presence, size and format against {@link ClaimXmlFields}; a field that fails is an
 * issue and stays null in the claim (the claim is then stored as INVALID, as it came).
 */
final class ClaimMapping {

    private static final BigDecimal ZERO_AMOUNT = BigDecimal.ZERO.setScale(2);

    private ClaimMapping() {
    }

    /** A claim read from an envelope, with the issues found while reading its fields. */
    record Read(Claim claim, List<ClaimIssue> issues) {
    }

    static Read toClaim(ClaimXmlReader.Envelope envelope, LocalDate receivedOn) throws IntakeRefusal {
        List<ClaimIssue> issues = new ArrayList<>();
        Fields summary = new Fields(ClaimTable.XML1, null, envelope.summary(), issues);
        String key = envelope.summary().get(Xml1.MA_LK);
        if (key == null || key.length() > Xml1.MA_LK.spec().maxLength()) {
            throw new IntakeRefusal(IntakeCode.E013, Xml1.MA_LK.name(), null);
        }
        LocalDateTime admitted = summary.dateTime(Xml1.NGAY_VAO);
        ClaimStandard standard = standard(admitted, receivedOn, issues);
        String treating = summary.text(Xml1.MA_CSKCB);
        if (treating != null && !treating.equals(envelope.facilityCode())) {
            issues.add(ClaimIssue.of(IntakeCode.C021, ClaimTable.XML1, null, Xml1.MA_CSKCB.name(),
                    treating + " against " + envelope.facilityCode()));
        }
        summary.text(Xml1.NHOM_MAU); // checked for size; kept in the raw file only
        List<LocalDate> validFrom = summary.dates(Xml1.GT_THE_TU);
        List<LocalDate> validTo = summary.dates(Xml1.GT_THE_DEN);
        Integer year = summary.integer(Xml1.NAM_QT);
        Integer month = summary.integer(Xml1.THANG_QT);
        YearMonth settlement = null;
        if (year != null && month != null) {
            try {
                settlement = YearMonth.of(year, month);
            } catch (DateTimeException e) {
                issues.add(ClaimIssue.of(IntakeCode.C003, ClaimTable.XML1, null, Xml1.THANG_QT.name(), "month " + month));
            }
        }
        String typeCode = summary.text(Xml1.MA_LOAI_KCB);
        EncounterType type = null;
        if (typeCode != null) {
            try {
                type = EncounterType.ofCode(typeCode.length() == 1 ? "0" + typeCode : typeCode);
            } catch (IllegalArgumentException e) {
                issues.add(ClaimIssue.of(IntakeCode.C007, ClaimTable.XML1, null, Xml1.MA_LOAI_KCB.name(), typeCode));
            }
        }
        String cards = summary.text(Xml1.MA_THE_BHYT);
        String otherDiagnoses = summary.text(Xml1.MA_BENH_KT);
        Integer sex = summary.integer(Xml1.GIOI_TINH);
        Integer days = summary.integer(Xml1.SO_NGAY_DTRI);
        summary.integer(Xml1.STT);
        summary.integer(Xml1.KET_QUA_DTRI);
        summary.integer(Xml1.MA_LOAI_RV);

        List<ClaimLine> lines = new ArrayList<>(envelope.drugs().size() + envelope.services().size());
        Set<Integer> drugNumbers = new HashSet<>();
        for (Row row : envelope.drugs()) {
            lines.add(drug(row, key, drugNumbers, issues));
        }
        Set<Integer> serviceNumbers = new HashSet<>();
        for (Row row : envelope.services()) {
            lines.add(service(row, key, serviceNumbers, issues));
        }
        Claim claim = new Claim(envelope.facilityCode(), key, standard, summary.text(Xml1.MA_BN),
                summary.text(Xml1.HO_TEN), summary.text(Xml1.SO_CCCD), summary.dateOrDateTime(Xml1.NGAY_SINH),
                sex == null ? 0 : sex, split(cards), summary.text(Xml1.MA_DKBD),
                validFrom.isEmpty() ? null : validFrom.get(0), validTo.isEmpty() ? null : validTo.get(validTo.size() - 1),
                summary.text(Xml1.MA_BENH_CHINH), split(otherDiagnoses), summary.text(Xml1.MA_DOITUONG_KCB), type,
                admitted, summary.dateTime(Xml1.NGAY_RA), days == null ? 0 : days, summary.text(Xml1.MA_KHOA),
                summary.text(Xml1.MA_KHUVUC), summary.date(Xml1.NAM_NAM_LIEN_TUC), settlement,
                new ClaimTotals(summary.decimal(Xml1.T_THUOC), summary.decimal(Xml1.T_VTYT),
                        summary.decimal(Xml1.T_TONGCHI_BV), summary.decimal(Xml1.T_TONGCHI_BH),
                        summary.decimal(Xml1.T_BNTT), summary.decimal(Xml1.T_BNCCT), summary.decimal(Xml1.T_BHTT),
                        summary.decimal(Xml1.T_NGUONKHAC)),
                lines);
        return new Read(claim, issues);
    }

    private static ClaimStandard standard(LocalDateTime admitted, LocalDate receivedOn, List<ClaimIssue> issues) {
        try {
            return ClaimStandard.forEncounterOn(admitted == null ? receivedOn : admitted.toLocalDate());
        } catch (IllegalArgumentException e) {
            issues.add(ClaimIssue.of(IntakeCode.C003, ClaimTable.XML1, null, Xml1.NGAY_VAO.name(), e.getMessage()));
            return ClaimStandard.QD_4210;
        }
    }

    private static ClaimLine drug(Row row, String key, Set<Integer> numbers, List<ClaimIssue> issues) {
        Integer stt = lineNumber(row.get(Xml2.STT), ClaimTable.XML2);
        Fields f = new Fields(ClaimTable.XML2, stt, row, issues);
        f.integer(Xml2.STT);
        checkLine(f, Xml2.MA_LK, key, Xml2.STT, stt, numbers);
        for (Xml2 text : new Xml2[] {Xml2.HAM_LUONG, Xml2.DUONG_DUNG, Xml2.SO_DANG_KY, Xml2.TT_THAU}) {
            f.text(text);
        }
        BigDecimal price = f.decimal(Xml2.DON_GIA);
        return new ClaimLine(LineKind.DRUG, stt == null ? 0 : stt, f.text(Xml2.MA_THUOC), f.text(Xml2.TEN_THUOC),
                f.text(Xml2.DON_VI_TINH), f.text(Xml2.MA_NHOM), intOrZero(f.integer(Xml2.PHAM_VI)),
                f.decimal(Xml2.TYLE_TT_BH), null, f.decimal(Xml2.SO_LUONG), price, price,
                f.decimal(Xml2.THANH_TIEN_BV), f.decimal(Xml2.THANH_TIEN_BH), orZero(f.decimal(Xml2.T_NGUONKHAC)),
                f.decimal(Xml2.MUC_HUONG), f.decimal(Xml2.T_BNTT), f.decimal(Xml2.T_BNCCT), f.decimal(Xml2.T_BHTT),
                null, f.text(Xml2.MA_KHOA), f.text(Xml2.MA_BAC_SI), f.dateTime(Xml2.NGAY_YL),
                f.dateTime(Xml2.NGAY_TH_YL), intOrZero(f.integer(Xml2.MA_PTTT)));
    }

    private static ClaimLine service(Row row, String key, Set<Integer> numbers, List<ClaimIssue> issues) {
        Integer stt = lineNumber(row.get(Xml3.STT), ClaimTable.XML3);
        Fields f = new Fields(ClaimTable.XML3, stt, row, issues);
        f.integer(Xml3.STT);
        checkLine(f, Xml3.MA_LK, key, Xml3.STT, stt, numbers);
        boolean supply = row.get(Xml3.MA_VAT_TU) != null;
        String code = supply ? f.text(Xml3.MA_VAT_TU) : f.required(Xml3.MA_DICH_VU);
        String name = supply ? f.required(Xml3.TEN_VAT_TU) : f.required(Xml3.TEN_DICH_VU);
        f.text(Xml3.TT_THAU);
        f.dateTime(Xml3.NGAY_KQ);
        f.text(Xml3.MA_GIUONG);
        return new ClaimLine(supply ? LineKind.SUPPLY : LineKind.SERVICE, stt == null ? 0 : stt, code, name,
                f.text(Xml3.DON_VI_TINH), f.text(Xml3.MA_NHOM), intOrZero(f.integer(Xml3.PHAM_VI)),
                f.decimal(Xml3.TYLE_TT_BH), f.decimal(Xml3.TYLE_TT_DV), f.decimal(Xml3.SO_LUONG),
                f.decimal(Xml3.DON_GIA_BV), f.decimal(Xml3.DON_GIA_BH), f.decimal(Xml3.THANH_TIEN_BV),
                f.decimal(Xml3.THANH_TIEN_BH), orZero(f.decimal(Xml3.T_NGUONKHAC)), f.decimal(Xml3.MUC_HUONG),
                f.decimal(Xml3.T_BNTT), f.decimal(Xml3.T_BNCCT), f.decimal(Xml3.T_BHTT), f.decimal(Xml3.T_TRANTT),
                f.text(Xml3.MA_KHOA), f.text(Xml3.MA_BAC_SI), f.dateTime(Xml3.NGAY_YL), f.dateTime(Xml3.NGAY_TH_YL),
                intOrZero(f.integer(Xml3.MA_PTTT)));
    }

    private static void checkLine(Fields f, Field keyField, String key, Field numberField, Integer stt,
                                  Set<Integer> numbers) {
        String lineKey = f.text(keyField);
        if (lineKey != null && !lineKey.equals(key)) {
            f.issue(IntakeCode.C019, keyField, lineKey);
        }
        if (stt != null && !numbers.add(stt)) {
            f.issue(IntakeCode.C022, numberField, "line " + stt + " appears twice");
        }
    }

    private static Integer lineNumber(String text, ClaimTable table) {
        if (text == null || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(text);
    }

    private static List<String> split(String values) {
        if (values == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(2);
        for (String part : values.split(";")) {
            String value = part.strip();
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        return parts;
    }

    private static int intOrZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO_AMOUNT : value;
    }

    /** Reads the fields of one row, recording an issue for each missing, oversized or malformed one. */
    private static final class Fields {
        private final ClaimTable table;
        private final Integer line;
        private final Row row;
        private final List<ClaimIssue> issues;

        Fields(ClaimTable table, Integer line, Row row, List<ClaimIssue> issues) {
            this.table = table;
            this.line = line;
            this.row = row;
            this.issues = issues;
        }

        void issue(IntakeCode code, Field field, String detail) {
            issues.add(ClaimIssue.of(code, table, line, field.name(), detail));
        }

        String required(Field field) {
            if (row.get(field) == null) {
                issue(IntakeCode.C001, field, null);
                return null;
            }
            return text(field);
        }

        String text(Field field) {
            String value = row.get(field);
            if (value == null) {
                if (field.spec().required()) {
                    issue(IntakeCode.C001, field, null);
                }
                return null;
            }
            if (value.length() > field.spec().maxLength()) {
                issue(IntakeCode.C002, field, value.length() + " characters, at most " + field.spec().maxLength());
                return null;
            }
            return value;
        }

        Integer integer(Field field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            if (!digits(value, 0, value.length()) || value.length() > 9) {
                issue(IntakeCode.C003, field, "'" + value + "' is not a whole number");
                return null;
            }
            return Integer.valueOf(value);
        }

        BigDecimal decimal(Field field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            int point = value.indexOf('.');
            int integerDigits = point < 0 ? value.length() : point;
            int scale = point < 0 ? 0 : value.length() - point - 1;
            boolean shaped = integerDigits > 0 && digits(value, 0, integerDigits)
                    && (point < 0 || scale > 0 && digits(value, point + 1, value.length()));
            if (!shaped) {
                issue(IntakeCode.C003, field, "'" + value + "' is not a number with '.' as decimal separator");
                return null;
            }
            BigDecimal number = new BigDecimal(value);
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() > field.spec().scale()) {
                issue(IntakeCode.C003, field, "'" + value + "' has more than " + field.spec().scale() + " decimals");
                return null;
            }
            if (stripped.precision() - stripped.scale() > field.spec().integerDigits()) {
                issue(IntakeCode.C003, field, "'" + value + "' has more than " + field.spec().integerDigits() + " digits");
                return null;
            }
            return number.setScale(field.spec().scale());
        }

        LocalDate date(Field field) {
            String value = text(field);
            return value == null ? null : parseDate(field, value, 8);
        }

        LocalDate dateOrDateTime(Field field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            return parseDate(field, value, value.length() == 8 ? 8 : 12);
        }

        LocalDateTime dateTime(Field field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            LocalDate date = parseDate(field, value, 12);
            if (date == null) {
                return null;
            }
            int hour = Integer.parseInt(value, 8, 10, 10);
            int minute = Integer.parseInt(value, 10, 12, 10);
            if (hour > 23 || minute > 59) {
                issue(IntakeCode.C003, field, "'" + value + "' is not a time yyyyMMddHHmm");
                return null;
            }
            return date.atTime(hour, minute);
        }

        List<LocalDate> dates(Field field) {
            String value = text(field);
            if (value == null) {
                return List.of();
            }
            List<LocalDate> dates = new ArrayList<>(1);
            for (String part : split(value)) {
                LocalDate date = parseDate(field, part, 8);
                if (date == null) {
                    return List.of();
                }
                dates.add(date);
            }
            return dates;
        }

        private LocalDate parseDate(Field field, String value, int length) {
            if (value.length() != length || !digits(value, 0, length)) {
                issue(IntakeCode.C003, field, "'" + value + "' is not a date " + (length == 8 ? "yyyyMMdd" : "yyyyMMddHHmm"));
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
                        Integer.parseInt(value, 6, 8, 10));
            } catch (DateTimeException e) {
                issue(IntakeCode.C003, field, "'" + value + "' is not a calendar date");
                return null;
            }
        }

        private static boolean digits(String value, int from, int to) {
            if (from >= to) {
                return false;
            }
            for (int i = from; i < to; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- writing: the same fields, from the claim ----

    /** The rows of XML1, XML2 and XML3 for a claim, as the standard of its admission date wants them. */
    /** A claim's rows by table, each row the fields' texts by the field's ordinal. */
    record Rows(String[] summary, List<String[]> drugs, List<String[]> services) {
    }

    static Rows toRows(Claim claim) {
        ClaimStandard standard = claim.standard();
        String[] summary = new String[Xml1.values().length];
        put(summary, Xml1.MA_LK, claim.encounterKey());
        put(summary, Xml1.STT, "1");
        put(summary, Xml1.MA_BN, claim.patientCode());
        put(summary, Xml1.HO_TEN, claim.fullName());
        put(summary, Xml1.SO_CCCD, claim.cccd());
        put(summary, Xml1.NGAY_SINH, claim.dateOfBirth() == null ? null
                : standard == ClaimStandard.QD_4210 ? date(claim.dateOfBirth()) : date(claim.dateOfBirth()) + "0000");
        put(summary, Xml1.GIOI_TINH, String.valueOf(claim.sex()));
        put(summary, Xml1.MA_THE_BHYT, String.join(";", claim.cardNumbers()));
        put(summary, Xml1.MA_DKBD, claim.registeredFacility());
        put(summary, Xml1.GT_THE_TU, date(claim.cardValidFrom()));
        put(summary, Xml1.GT_THE_DEN, date(claim.cardValidTo()));
        put(summary, Xml1.MA_BENH_CHINH, claim.mainDiagnosis());
        put(summary, Xml1.MA_BENH_KT, String.join(";", claim.otherDiagnoses()));
        put(summary, Xml1.MA_DOITUONG_KCB, claim.patientCategory());
        put(summary, Xml1.NGAY_VAO, dateTime(claim.admittedAt()));
        put(summary, Xml1.NGAY_RA, dateTime(claim.dischargedAt()));
        put(summary, Xml1.SO_NGAY_DTRI, String.valueOf(claim.treatmentDays()));
        ClaimTotals totals = claim.totals();
        put(summary, Xml1.T_THUOC, plain(totals.drugs()));
        put(summary, Xml1.T_VTYT, plain(totals.supplies()));
        put(summary, Xml1.T_TONGCHI_BV, plain(totals.hospitalTotal()));
        put(summary, Xml1.T_TONGCHI_BH, plain(totals.hiTotal()));
        put(summary, Xml1.T_BNTT, plain(totals.patientOutOfScope()));
        put(summary, Xml1.T_BNCCT, plain(totals.patientCoPayment()));
        put(summary, Xml1.T_BHTT, plain(totals.fundPays()));
        put(summary, Xml1.T_NGUONKHAC, plain(totals.otherSources()));
        if (claim.settlementMonth() != null) {
            put(summary, Xml1.NAM_QT, String.valueOf(claim.settlementMonth().getYear()));
            put(summary, Xml1.THANG_QT, String.valueOf(claim.settlementMonth().getMonthValue()));
        }
        put(summary, Xml1.MA_LOAI_KCB, claim.encounterType() == null ? null : claim.encounterType().code());
        put(summary, Xml1.MA_KHOA, claim.department());
        put(summary, Xml1.MA_CSKCB, claim.facilityCode());
        put(summary, Xml1.MA_KHUVUC, claim.areaCode());
        put(summary, Xml1.NAM_NAM_LIEN_TUC, date(claim.fiveYearsFrom()));
        List<String[]> drugs = new ArrayList<>();
        List<String[]> services = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            if (line.kind() != LineKind.DRUG) {
                continue;
            }
            String[] row = new String[Xml2.values().length];
            put(row, Xml2.MA_LK, claim.encounterKey());
            put(row, Xml2.STT, String.valueOf(line.lineNo()));
            put(row, Xml2.MA_THUOC, line.itemCode());
            put(row, Xml2.MA_NHOM, line.groupCode());
            put(row, Xml2.TEN_THUOC, line.itemName());
            put(row, Xml2.DON_VI_TINH, line.unit());
            put(row, Xml2.PHAM_VI, String.valueOf(line.scope()));
            put(row, Xml2.TYLE_TT_BH, plain(line.hiPaymentRatio()));
            put(row, Xml2.SO_LUONG, plain(line.quantity()));
            put(row, Xml2.DON_GIA, plain(line.hiUnitPrice()));
            put(row, Xml2.THANH_TIEN_BV, plain(line.hospitalAmount()));
            put(row, Xml2.THANH_TIEN_BH, plain(line.hiAmount()));
            put(row, Xml2.T_NGUONKHAC, plain(line.otherSources()));
            put(row, Xml2.MUC_HUONG, plain(line.benefitPercent()));
            put(row, Xml2.T_BNTT, plain(line.patientOutOfScope()));
            put(row, Xml2.T_BNCCT, plain(line.patientCoPayment()));
            put(row, Xml2.T_BHTT, plain(line.fundPays()));
            put(row, Xml2.MA_KHOA, line.department());
            put(row, Xml2.MA_BAC_SI, line.doctor());
            put(row, Xml2.NGAY_YL, dateTime(line.orderedAt()));
            if (Xml2.NGAY_TH_YL.in(standard)) {
                put(row, Xml2.NGAY_TH_YL, dateTime(line.performedAt()));
            }
            put(row, Xml2.MA_PTTT, String.valueOf(line.paymentMethod()));
            drugs.add(row);
        }
        for (ClaimLine line : claim.lines()) {
            if (line.kind() == LineKind.DRUG) {
                continue;
            }
            String[] row = new String[Xml3.values().length];
            boolean supply = line.kind() == LineKind.SUPPLY;
            put(row, Xml3.MA_LK, claim.encounterKey());
            put(row, Xml3.STT, String.valueOf(line.lineNo()));
            put(row, supply ? Xml3.MA_VAT_TU : Xml3.MA_DICH_VU, line.itemCode());
            put(row, supply ? Xml3.TEN_VAT_TU : Xml3.TEN_DICH_VU, line.itemName());
            put(row, Xml3.MA_NHOM, line.groupCode());
            put(row, Xml3.DON_VI_TINH, line.unit());
            put(row, Xml3.PHAM_VI, String.valueOf(line.scope()));
            put(row, Xml3.SO_LUONG, plain(line.quantity()));
            put(row, Xml3.DON_GIA_BV, plain(line.hospitalUnitPrice()));
            put(row, Xml3.DON_GIA_BH, plain(line.hiUnitPrice()));
            put(row, Xml3.TYLE_TT_DV, plain(line.serviceRatio()));
            put(row, Xml3.TYLE_TT_BH, plain(line.hiPaymentRatio()));
            put(row, Xml3.THANH_TIEN_BV, plain(line.hospitalAmount()));
            put(row, Xml3.THANH_TIEN_BH, plain(line.hiAmount()));
            put(row, Xml3.T_TRANTT, plain(line.supplyCeiling()));
            put(row, Xml3.MUC_HUONG, plain(line.benefitPercent()));
            put(row, Xml3.T_NGUONKHAC, plain(line.otherSources()));
            put(row, Xml3.T_BNTT, plain(line.patientOutOfScope()));
            put(row, Xml3.T_BNCCT, plain(line.patientCoPayment()));
            put(row, Xml3.T_BHTT, plain(line.fundPays()));
            put(row, Xml3.MA_KHOA, line.department());
            put(row, Xml3.MA_BAC_SI, line.doctor());
            put(row, Xml3.NGAY_YL, dateTime(line.orderedAt()));
            put(row, Xml3.NGAY_TH_YL, dateTime(line.performedAt()));
            put(row, Xml3.MA_PTTT, String.valueOf(line.paymentMethod()));
            services.add(row);
        }
        return new Rows(summary, drugs, services);
    }

    private static void put(String[] row, Field field, String value) {
        row[field.ordinal()] = value;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        char[] text = new char[8];
        fill(text, 0, date.getYear(), 4);
        fill(text, 4, date.getMonthValue(), 2);
        fill(text, 6, date.getDayOfMonth(), 2);
        return new String(text);
    }

    static String dateTime(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        char[] text = new char[12];
        fill(text, 0, time.getYear(), 4);
        fill(text, 4, time.getMonthValue(), 2);
        fill(text, 6, time.getDayOfMonth(), 2);
        fill(text, 8, time.getHour(), 2);
        fill(text, 10, time.getMinute(), 2);
        return new String(text);
    }

    private static void fill(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
