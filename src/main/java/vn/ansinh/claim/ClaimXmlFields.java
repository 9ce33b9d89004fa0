package vn.ansinh.claim;

import java.util.HashMap;
import java.util.Map;

/**
 * The field names of the Ministry's XML1, XML2 and XML3 tables with their format and size (RULES.md section 8). The
 * one place these names live: the reader, the writer and the validation refer to these constants. Order is the
 * standard's order, used by the writer.
 */
final class ClaimXmlFields {

    private ClaimXmlFields() {
    }

    enum Kind { TEXT, INTEGER, DECIMAL, DATE, DATE_TIME, DATE_OR_DATE_TIME, DATE_LIST }

    /**
     * @param maxLength     characters allowed by the standard (for decimals: integer digits + scale + the point)
     * @param integerDigits digits before the point (decimals only)
     * @param scale         digits after the point (decimals only)
     * @param since         the first standard that has the field
     * @param name4210      the field's name under Decision 4210 when it differs
     */
    record Spec(Kind kind, int maxLength, int integerDigits, int scale, boolean required, ClaimStandard since,
                String name4210) {

        Spec mandatory() {
            return new Spec(kind, maxLength, integerDigits, scale, true, since, name4210);
        }

        Spec since(ClaimStandard standard) {
            return new Spec(kind, maxLength, integerDigits, scale, required, standard, name4210);
        }

        Spec in4210(String name) {
            return new Spec(kind, maxLength, integerDigits, scale, required, since, name);
        }
    }

    static Spec text(int maxLength) {
        return new Spec(Kind.TEXT, maxLength, 0, 0, false, ClaimStandard.QD_4210, null);
    }

    static Spec integer(int maxLength) {
        return new Spec(Kind.INTEGER, maxLength, 0, 0, false, ClaimStandard.QD_4210, null);
    }

    static Spec decimal(int integerDigits, int scale) {
        return new Spec(Kind.DECIMAL, integerDigits + scale + 1, integerDigits, scale, false, ClaimStandard.QD_4210, null);
    }

    static Spec of(Kind kind, int maxLength) {
        return new Spec(kind, maxLength, 0, 0, false, ClaimStandard.QD_4210, null);
    }

    /** Amounts in VND with two decimals (numeric(15,2)). */
    static final Spec AMOUNT = decimal(13, 2);
    /** Unit prices with three decimals (numeric(15,3)). */
    static final Spec PRICE = decimal(12, 3);
    static final Spec QUANTITY = decimal(9, 3);
    static final Spec PERCENT = decimal(3, 2);
    static final Spec DATE_TIME = of(Kind.DATE_TIME, 12);

    /** A field of one of the tables. */
    interface Field {
        String name();

        Spec spec();

        int ordinal();

        default String nameIn(ClaimStandard standard) {
            return standard == ClaimStandard.QD_4210 && spec().name4210() != null ? spec().name4210() : name();
        }

        default boolean in(ClaimStandard standard) {
            return standard.compareTo(spec().since()) >= 0;
        }
    }

    /** XML1, the encounter's summary (root TONG_HOP). */
    enum Xml1 implements Field {
        MA_LK(text(100).mandatory()),
        STT(integer(10)),
        MA_BN(text(100)),
        HO_TEN(text(255).mandatory()),
        SO_CCCD(text(12)),
        NGAY_SINH(of(Kind.DATE_OR_DATE_TIME, 12).mandatory()),
        GIOI_TINH(integer(1).mandatory()),
        NHOM_MAU(text(10).since(ClaimStandard.QD_3176)),
        MA_THE_BHYT(text(159).mandatory().in4210("MA_THE")),
        MA_DKBD(text(5)),
        GT_THE_TU(of(Kind.DATE_LIST, 89)),
        GT_THE_DEN(of(Kind.DATE_LIST, 89)),
        MA_BENH_CHINH(text(15).mandatory().in4210("MA_BENH")),
        MA_BENH_KT(text(100).in4210("MA_BENHKHAC")),
        MA_DOITUONG_KCB(text(5).mandatory()),
        NGAY_VAO(DATE_TIME.mandatory()),
        NGAY_RA(DATE_TIME.mandatory()),
        SO_NGAY_DTRI(integer(3)),
        KET_QUA_DTRI(integer(1)),
        MA_LOAI_RV(integer(1)),
        T_THUOC(AMOUNT.mandatory()),
        T_VTYT(AMOUNT.mandatory()),
        T_TONGCHI_BV(AMOUNT.mandatory()),
        T_TONGCHI_BH(AMOUNT.mandatory()),
        T_BNTT(AMOUNT.mandatory()),
        T_BNCCT(AMOUNT.mandatory()),
        T_BHTT(AMOUNT.mandatory()),
        T_NGUONKHAC(AMOUNT.mandatory()),
        NAM_QT(integer(4).mandatory()),
        THANG_QT(integer(2).mandatory()),
        MA_LOAI_KCB(text(2).mandatory()),
        MA_KHOA(text(50)),
        MA_CSKCB(text(5).mandatory()),
        MA_KHUVUC(text(2)),
        NAM_NAM_LIEN_TUC(of(Kind.DATE, 8));

        private final Spec spec;

        Xml1(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    /** XML2, drug lines. */
    enum Xml2 implements Field {
        MA_LK(text(100).mandatory()),
        STT(integer(10).mandatory()),
        MA_THUOC(text(255).mandatory()),
        MA_NHOM(text(5)),
        TEN_THUOC(text(1024).mandatory()),
        DON_VI_TINH(text(50)),
        HAM_LUONG(text(1024)),
        DUONG_DUNG(text(4)),
        SO_DANG_KY(text(255)),
        TT_THAU(text(50)),
        PHAM_VI(integer(1).mandatory()),
        TYLE_TT_BH(PERCENT.mandatory()),
        SO_LUONG(QUANTITY.mandatory()),
        DON_GIA(PRICE.mandatory()),
        THANH_TIEN_BV(AMOUNT.mandatory()),
        THANH_TIEN_BH(AMOUNT.mandatory()),
        T_NGUONKHAC(AMOUNT),
        MUC_HUONG(PERCENT.mandatory()),
        T_BNTT(AMOUNT.mandatory()),
        T_BNCCT(AMOUNT.mandatory()),
        T_BHTT(AMOUNT.mandatory()),
        MA_KHOA(text(50)),
        MA_BAC_SI(text(255)),
        NGAY_YL(DATE_TIME),
        NGAY_TH_YL(DATE_TIME.since(ClaimStandard.QD_3176)),
        MA_PTTT(integer(1).mandatory());

        private final Spec spec;

        Xml2(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    /** XML3, service and supply lines: a line with MA_VAT_TU is a supply. */
    enum Xml3 implements Field {
        MA_LK(text(100).mandatory()),
        STT(integer(10).mandatory()),
        MA_DICH_VU(text(50)),
        MA_VAT_TU(text(255)),
        MA_NHOM(text(5).mandatory()),
        TEN_DICH_VU(text(1024)),
        TEN_VAT_TU(text(1024)),
        DON_VI_TINH(text(50)),
        PHAM_VI(integer(1).mandatory()),
        SO_LUONG(QUANTITY.mandatory()),
        DON_GIA_BV(PRICE.mandatory()),
        DON_GIA_BH(PRICE.mandatory()),
        TT_THAU(text(50)),
        TYLE_TT_DV(PERCENT),
        TYLE_TT_BH(PERCENT.mandatory()),
        THANH_TIEN_BV(AMOUNT.mandatory()),
        THANH_TIEN_BH(AMOUNT.mandatory()),
        T_TRANTT(AMOUNT),
        MUC_HUONG(PERCENT.mandatory()),
        T_NGUONKHAC(AMOUNT),
        T_BNTT(AMOUNT.mandatory()),
        T_BNCCT(AMOUNT.mandatory()),
        T_BHTT(AMOUNT.mandatory()),
        MA_KHOA(text(50)),
        MA_GIUONG(text(50)),
        MA_BAC_SI(text(255)),
        NGAY_YL(DATE_TIME),
        NGAY_TH_YL(DATE_TIME),
        NGAY_KQ(DATE_TIME),
        MA_PTTT(integer(1).mandatory());

        private final Spec spec;

        Xml3(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    /** The table's fields by every name they have had (the reader accepts either name). */
    static <F extends Enum<F> & Field> Map<String, F> byName(Class<F> type) {
        Map<String, F> names = new HashMap<>();
        for (F field : type.getEnumConstants()) {
            names.put(field.name(), field);
            if (field.spec().name4210() != null) {
                names.put(field.spec().name4210(), field);
            }
        }
        return Map.copyOf(names);
    }

    /** Envelope element names. */
    static final String ENVELOPE = "GIAMDINHHS";
    static final String FACILITY_INFO = "THONGTINDONVI";
    static final String ENCOUNTER_INFO = "THONGTINHOSO";
    static final String ENCOUNTER_LIST = "DANHSACHHOSO";
    static final String FACILITY = "MACSKCB";
    static final String CREATED_ON = "NGAYLAP";
    static final String ENCOUNTER_COUNT = "SOLUONGHOSO";
    static final String ENCOUNTER = "HOSO";
    static final String FILE = "FILEHOSO";
    static final String TABLE_TYPE = "LOAIHOSO";
    static final String CONTENT = "NOIDUNGFILE";
    static final String SIGNATURE = "CHUKYDONVI";
}
