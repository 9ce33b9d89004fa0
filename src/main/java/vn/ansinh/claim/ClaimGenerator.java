package vn.ansinh.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic, standard-conformant claims of real card holders at real facilities, deterministic for a seed, with a
 * chosen share of injected errors of each {@link InjectedError} kind. Amounts follow RULES.md section 8: lines priced
 * from a small catalogue (examinations 38,700-50,600 VND, drugs, lab tests, bed days, supplies), the fund's share at
 * the card's benefit level, the rest co-paid.
 */
public final class ClaimGenerator {

    /** A card holder as the generator uses them. */
    public record Holder(String cardNumber, String fullName, LocalDate dateOfBirth, int sex, String cccd,
                         BigDecimal benefitPercent, LocalDate validFrom, LocalDate validTo, String registeredFacility) {
    }

    /** One generated claim with what was injected into it and what should come of it. */
    public record Generated(Claim claim, InjectedError error, String expectedCode, String expectedTable,
                            Integer expectedLine, String expectedField, BigDecimal expectedAmount) {
    }

    private record Item(LineKind kind, String code, String name, String unit, String group, String price,
                        int sex, int minQuantity, int maxQuantity) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String[] EXAMINATION_PRICES = {"38700.000", "42100.000", "50600.000"};
    private static final List<Item> DRUGS = List.of(
            drug("40.152", "Paracetamol 500mg", "viên", "1200.000"),
            drug("40.17", "Amoxicilin 500mg", "viên", "2100.000"),
            drug("40.677", "Omeprazol 20mg", "viên", "3500.000"),
            drug("40.801", "Metformin 500mg", "viên", "850.000"),
            drug("40.475", "Amlodipin 5mg", "viên", "1050.000"),
            drug("40.1010", "Vitamin B1 250mg", "viên", "400.000"),
            drug("40.490", "Losartan 50mg", "viên", "2400.000"),
            drug("40.210", "Ceftriaxon 1g", "lọ", "28000.000"),
            drug("40.1052", "Natri clorid 0,9% 500ml", "chai", "11500.000"),
            drug("40.1049", "Glucose 5% 500ml", "chai", "12600.000"));
    private static final List<Item> TESTS = List.of(
            test("23.0020.1494", "Tổng phân tích tế bào máu ngoại vi", "46200.000", 0),
            test("23.0075.1494", "Định lượng Glucose", "21500.000", 0),
            test("23.0166.1494", "Định lượng Urê", "21500.000", 0),
            test("23.0019.1494", "Đo hoạt độ ALT (GPT)", "21500.000", 0),
            test("23.0206.1596", "Tổng phân tích nước tiểu", "27400.000", 0),
            test("18.0071.0028", "Chụp X-quang ngực thẳng", "65400.000", 0),
            test("21.0014.1778", "Điện tim thường", "32800.000", 0),
            test("18.0001.0001", "Siêu âm ổ bụng", "43900.000", 0));
    /** Services for one sex only (1 male, 2 female). */
    private static final List<Item> SEX_SPECIFIC = List.of(
            test("23.0143.1523", "Định lượng PSA toàn phần", "91600.000", 1),
            test("18.0020.0001", "Siêu âm thai", "181000.000", 2));
    private static final Item BED = new Item(LineKind.SERVICE, "K19.1901", "Giường Nội khoa loại 1", "ngày", "15",
            "205500.000", 0, 1, 1);
    private static final Item SYRINGE = new Item(LineKind.SUPPLY, "N03.01.070", "Bơm tiêm nhựa 5ml", "cái", "10",
            "1050.000", 0, 4, 10);
    private static final String[] DIAGNOSES = {"J06.9", "I10", "E11.9", "K29.7", "M54.5", "J18.9", "A09", "K21.9",
            "N39.0", "R50.9", "J20.9", "E78.5"};
    private static final InjectedError[] KINDS = java.util.Arrays.stream(InjectedError.values())
            .filter(e -> e != InjectedError.NONE).toArray(InjectedError[]::new);

    private final SplittableRandom random;
    private final String tag;
    private final List<Holder> holders;
    private final List<String> facilities;
    private final double errorRate;
    private final LocalDate from;
    private final LocalDate to;
    private int sequence;
    private Claim last;

    /**
     * @param holders    card holders to claim for (from table hi_card joined to person)
     * @param facilities facility codes (from health_facility)
     * @param from       first admission date; {@code to} the last
     */
    public ClaimGenerator(long seed, List<Holder> holders, List<String> facilities, double errorRate, LocalDate from,
                          LocalDate to) {
        if (holders.isEmpty() || facilities.isEmpty()) {
            throw new IllegalArgumentException("the generator needs card holders and facilities in the database");
        }
        this.random = new SplittableRandom(seed);
        this.tag = "G" + Long.toString(Math.abs(seed), 36);
        this.holders = holders;
        this.facilities = facilities;
        this.errorRate = errorRate;
        this.from = from;
        this.to = to;
    }

    /** The next claims: usually one; two when the error needs an earlier claim (a first exam, a stay, a copy). */
    public List<Generated> next() {
        InjectedError kind = random.nextDouble() < errorRate ? KINDS[random.nextInt(KINDS.length)] : InjectedError.NONE;
        return next(kind);
    }

    public List<Generated> next(InjectedError kind) {
        List<Generated> out = new ArrayList<>(2);
        Holder holder = holders.get(random.nextInt(holders.size()));
        String facility = facilities.get(random.nextInt(facilities.size()));
        LocalDate day = day(holder);
        boolean inpatient = kind == InjectedError.OVERLAPPING_INPATIENT_STAY || random.nextInt(100) < 20;
        switch (kind) {
            case EXAMINATION_FEE_RATIO_WRONG -> {
                // The first exam in the morning, the second late in the morning: the order decides which is second.
                Claim first = visit(holder, facility, day, false, InjectedError.NONE, 7, 2);
                out.add(plain(first));
                Claim second = visit(holder, facility, day, false, kind, 10, 2);
                // The second exam of the day is paid at 30 %, not the 100 % claimed (RULES.md section 7).
                ClaimLine exam = second.lines().stream().filter(l -> l.kind() == LineKind.SERVICE).findFirst().orElseThrow();
                BigDecimal excess = exam.fundPays().multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.HALF_UP);
                out.add(new Generated(second, kind, null, "XML3", exam.lineNo(), "TYLE_TT_DV", excess));
            }
            case OVERLAPPING_INPATIENT_STAY -> {
                Claim stay = visit(holder, facility, day, true, InjectedError.NONE);
                out.add(plain(stay));
                String other = facilities.get(random.nextInt(facilities.size()));
                Claim overlapping = visit(holder, other, day.plusDays(1), true, kind);
                out.add(new Generated(overlapping, kind, null, "XML1", null, "NGAY_VAO", overlapping.totals().fundPays()));
            }
            case DUPLICATE_CLAIM -> {
                Claim original = last != null ? last : visit(holder, facility, day, inpatient, InjectedError.NONE);
                if (last == null) {
                    out.add(plain(original));
                }
                Claim copy = withKey(original, key());
                out.add(new Generated(copy, kind, null, "XML1", null, "MA_LK", copy.totals().fundPays()));
            }
            default -> {
                Claim claim = visit(holder, facility, day, inpatient, kind);
                out.add(expectation(claim, kind));
            }
        }
        // A duplicate copies a claim without injected errors, so that it is the duplicate alone that is wrong.
        for (Generated generated : out) {
            if (generated.error() == InjectedError.NONE) {
                last = generated.claim();
            }
        }
        return out;
    }

    private Generated plain(Claim claim) {
        return new Generated(claim, InjectedError.NONE, null, null, null, null, null);
    }

    private Generated expectation(Claim claim, InjectedError kind) {
        return switch (kind) {
            case NONE -> plain(claim);
            case BAD_ICD_CODE -> new Generated(claim, kind, "C006", "XML1", null, "MA_BENH_CHINH", null);
            case DISCHARGE_BEFORE_ADMISSION -> new Generated(claim, kind, "C005", "XML1", null, "NGAY_RA", null);
            case LINE_ARITHMETIC -> new Generated(claim, kind, "C013", "XML3", 1, "THANH_TIEN_BV", null);
            case TOTALS_NOT_SUM -> new Generated(claim, kind, "C018", "XML1", null, "T_BHTT", null);
            case MISSING_REQUIRED_FIELD -> new Generated(claim, kind, "C001", "XML1", null, "HO_TEN", null);
            case OVERSIZED_FIELD -> new Generated(claim, kind, "C002", "XML1", null, "HO_TEN", null);
            case PRICE_ABOVE_APPROVED, OVER_DAILY_LIMIT, SEX_SPECIFIC_SERVICE -> {
                ClaimLine line = claim.lines().stream().filter(l -> l.kind() != LineKind.DRUG)
                        .reduce((a, b) -> b).orElseThrow();
                BigDecimal amount = switch (kind) {
                    // Approved price = the catalogue's; the claimed price is 20 % above it.
                    case PRICE_ABOVE_APPROVED -> line.fundPays().subtract(line.fundPays()
                            .divide(new BigDecimal("1.2"), 2, RoundingMode.HALF_UP));
                    // One a day is payable; the other two are not.
                    case OVER_DAILY_LIMIT -> line.fundPays().multiply(new BigDecimal(2)).divide(new BigDecimal(3), 2,
                            RoundingMode.HALF_UP);
                    default -> line.fundPays();
                };
                yield new Generated(claim, kind, null, "XML3", line.lineNo(), "MA_DICH_VU", amount);
            }
            default -> new Generated(claim, kind, null, "XML1", null, "MA_THE_BHYT", claim.totals().fundPays());
        };
    }

    private LocalDate day(Holder holder) {
        LocalDate first = holder.validFrom().isAfter(from) ? holder.validFrom() : from;
        LocalDate lastDay = holder.validTo().isBefore(to) ? holder.validTo() : to;
        if (lastDay.isBefore(first)) {
            return from;
        }
        return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, lastDay) + 1));
    }

    private String key() {
        return tag + "-" + String.format("%09d", ++sequence);
    }

    private Claim visit(Holder holder, String facility, LocalDate day, boolean inpatient, InjectedError kind) {
        return visit(holder, facility, day, inpatient, kind, 7, 5);
    }

    /** A visit admitted at a random time within {@code hours} hours from {@code firstHour} o'clock. */
    private Claim visit(Holder holder, String facility, LocalDate day, boolean inpatient, InjectedError kind,
                        int firstHour, int hours) {
        String name = holder.fullName();
        LocalDate dob = holder.dateOfBirth();
        String card = holder.cardNumber();
        int sex = holder.sex();
        switch (kind) {
            case NAME_MISMATCH -> name = name.equals("Trần Thị Mỹ Lệ") ? "Lê Văn Tám" : "Trần Thị Mỹ Lệ";
            case DATE_OF_BIRTH_MISMATCH -> dob = dob.minusYears(1);
            case CARD_NUMBER_UNKNOWN -> card = card.substring(0, 5) + "00000" + String.format("%05d", random.nextInt(100_000));
            case CARD_EXPIRED_ON_ADMISSION -> day = holder.validTo().plusDays(20 + random.nextInt(30));
            case MISSING_REQUIRED_FIELD -> name = null;
            case OVERSIZED_FIELD -> name = (name + " ").repeat(300 / (name.length() + 1) + 1);
            default -> {
            }
        }
        ClaimStandard standard = ClaimStandard.forEncounterOn(day);
        LocalDateTime admitted = day.atTime(firstHour + random.nextInt(hours), random.nextInt(60));
        int days = inpatient ? 2 + random.nextInt(6) : 0;
        LocalDateTime discharged = inpatient ? admitted.plusDays(days).withHour(9) : admitted.plusMinutes(60 + random.nextInt(120));
        if (kind == InjectedError.DISCHARGE_BEFORE_ADMISSION) {
            discharged = admitted.minusDays(1);
        }
        BigDecimal percent = holder.benefitPercent().setScale(2);
        String doctor = String.format("%06d/HT-CCHN", random.nextInt(1_000_000));
        List<ClaimLine> lines = new ArrayList<>(12);
        // XML3: the examination first, then tests, bed days and a supply.
        int serviceNo = 0;
        Item exam = new Item(LineKind.SERVICE, "02.1896", "Khám Nội", "lần", "13",
                EXAMINATION_PRICES[random.nextInt(EXAMINATION_PRICES.length)], 0, 1, 1);
        lines.add(line(exam, ++serviceNo, BigDecimal.ONE, new BigDecimal(exam.price()), HUNDRED, percent, admitted,
                doctor, standard));
        // Distinct tests: the same test twice in a visit would be over its daily limit, an error of its own kind.
        int tests = 1 + random.nextInt(3);
        int firstTest = random.nextInt(TESTS.size());
        for (int i = 0; i < tests; i++) {
            Item test = TESTS.get((firstTest + i) % TESTS.size());
            lines.add(line(test, ++serviceNo, BigDecimal.ONE, new BigDecimal(test.price()), HUNDRED, percent,
                    admitted.plusMinutes(20), doctor, standard));
        }
        if (inpatient) {
            lines.add(line(BED, ++serviceNo, new BigDecimal(days), new BigDecimal(BED.price()), HUNDRED, percent,
                    admitted.plusHours(1), doctor, standard));
            lines.add(line(SYRINGE, ++serviceNo, new BigDecimal(4 + random.nextInt(7)), new BigDecimal(SYRINGE.price()),
                    HUNDRED, percent, admitted.plusHours(1), doctor, standard));
        }
        switch (kind) {
            case PRICE_ABOVE_APPROVED -> {
                Item test = TESTS.get(random.nextInt(TESTS.size()));
                BigDecimal price = new BigDecimal(test.price()).multiply(new BigDecimal("1.2")).setScale(3);
                lines.add(line(test, ++serviceNo, BigDecimal.ONE, price, HUNDRED, percent, admitted.plusMinutes(30),
                        doctor, standard));
            }
            case OVER_DAILY_LIMIT -> {
                Item test = TESTS.get(random.nextInt(TESTS.size()));
                lines.add(line(test, ++serviceNo, new BigDecimal(3), new BigDecimal(test.price()), HUNDRED, percent,
                        admitted.plusMinutes(30), doctor, standard));
            }
            case SEX_SPECIFIC_SERVICE -> {
                Item test = SEX_SPECIFIC.get(sex == 1 ? 1 : 0);
                lines.add(line(test, ++serviceNo, BigDecimal.ONE, new BigDecimal(test.price()), HUNDRED, percent,
                        admitted.plusMinutes(30), doctor, standard));
            }
            default -> {
            }
        }
        int drugs = 4 + random.nextInt(3);
        for (int i = 1; i <= drugs; i++) {
            Item drug = DRUGS.get(random.nextInt(DRUGS.size()));
            int quantity = drug.minQuantity() + random.nextInt(drug.maxQuantity() - drug.minQuantity() + 1);
            lines.add(line(drug, i, new BigDecimal(quantity), new BigDecimal(drug.price()), null, percent,
                    admitted.plusMinutes(40), doctor, standard));
        }
        if (kind == InjectedError.LINE_ARITHMETIC) {
            ClaimLine first = lines.get(0);
            lines.set(0, withHospitalPrice(first, first.hospitalUnitPrice().add(new BigDecimal("1000.000"))));
        }
        // Drugs (XML2) before services and supplies (XML3), the order in which a stored claim reads back.
        lines.sort(java.util.Comparator.comparing((ClaimLine l) -> l.kind() != LineKind.DRUG));
        ClaimTotals totals = ClaimTotals.sumOf(lines);
        if (kind == InjectedError.TOTALS_NOT_SUM) {
            totals = new ClaimTotals(totals.drugs(), totals.supplies(), totals.hospitalTotal(), totals.hiTotal(),
                    totals.patientOutOfScope(), totals.patientCoPayment(), totals.fundPays().add(new BigDecimal("10000.00")),
                    totals.otherSources());
        }
        String diagnosis = kind == InjectedError.BAD_ICD_CODE ? "K99.1" : DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        EncounterType type = inpatient ? EncounterType.INPATIENT : EncounterType.OUTPATIENT_EXAMINATION;
        return new Claim(facility, key(), standard, "BN" + sequence, name, holder.cccd(), dob, sex, List.of(card),
                holder.registeredFacility(), holder.validFrom(), holder.validTo(), diagnosis, List.of(), "1", type,
                admitted, discharged, inpatient ? days : 0, "K01", null, null, YearMonth.from(discharged.isBefore(admitted)
                ? admitted : discharged), totals, lines);
    }

    private static ClaimLine line(Item item, int number, BigDecimal quantity, BigDecimal price, BigDecimal serviceRatio,
                                  BigDecimal percent, LocalDateTime at, String doctor, ClaimStandard standard) {
        BigDecimal qty = quantity.setScale(3);
        BigDecimal amount = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fund = amount.multiply(percent).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
        boolean drug = item.kind() == LineKind.DRUG;
        LocalDateTime performed = drug && standard != ClaimStandard.QD_3176 ? null : at.plusMinutes(5);
        return new ClaimLine(item.kind(), number, item.code(), item.name(), item.unit(), item.group(), 1, HUNDRED,
                drug ? null : serviceRatio, qty, price, price, amount, amount, ZERO, percent, ZERO,
                amount.subtract(fund), fund, null, "K01", doctor, at, performed, 1);
    }

    private static ClaimLine withHospitalPrice(ClaimLine l, BigDecimal price) {
        return new ClaimLine(l.kind(), l.lineNo(), l.itemCode(), l.itemName(), l.unit(), l.groupCode(), l.scope(),
                l.hiPaymentRatio(), l.serviceRatio(), l.quantity(), price, l.hiUnitPrice(), l.hospitalAmount(),
                l.hiAmount(), l.otherSources(), l.benefitPercent(), l.patientOutOfScope(), l.patientCoPayment(),
                l.fundPays(), l.supplyCeiling(), l.department(), l.doctor(), l.orderedAt(), l.performedAt(),
                l.paymentMethod());
    }


    private static Claim withKey(Claim c, String key) {
        return new Claim(c.facilityCode(), key, c.standard(), c.patientCode(), c.fullName(), c.cccd(), c.dateOfBirth(),
                c.sex(), c.cardNumbers(), c.registeredFacility(), c.cardValidFrom(), c.cardValidTo(), c.mainDiagnosis(),
                c.otherDiagnoses(), c.patientCategory(), c.encounterType(), c.admittedAt(), c.dischargedAt(),
                c.treatmentDays(), c.department(), c.areaCode(), c.fiveYearsFrom(), c.settlementMonth(), c.totals(),
                c.lines());
    }

    private static Item drug(String code, String name, String unit, String price) {
        return new Item(LineKind.DRUG, code, name, unit, "4", price, 0, 5, 30);
    }

    private static Item test(String code, String name, String price, int sex) {
        return new Item(LineKind.SERVICE, code, name, "lần", "2", price, sex, 1, 1);
    }

    /**
     * The catalogue as the office's approved price list for the facilities (CSV as {@code PriceLists} imports it):
     * every item at its catalogue price, the examination at the highest of its prices.
     */
    public static String approvedPricesCsv(List<String> facilities, LocalDate validFrom) {
        StringBuilder csv = new StringBuilder("facility_code,kind,item_code,price,valid_from,valid_to\n");
        List<Item> items = new ArrayList<>(DRUGS);
        items.addAll(TESTS);
        items.addAll(SEX_SPECIFIC);
        items.add(BED);
        items.add(SYRINGE);
        items.add(new Item(LineKind.SERVICE, "02.1896", "Khám Nội", "lần", "13",
                EXAMINATION_PRICES[EXAMINATION_PRICES.length - 1], 0, 1, 1));
        for (String facility : facilities) {
            for (Item item : items) {
                csv.append(facility).append(',').append(item.kind()).append(',').append(item.code()).append(',')
                        .append(item.price()).append(',').append(validFrom).append(",\n");
            }
        }
        return csv.toString();
    }

    /** The tests payable once a day per person (OVER_DAILY_LIMIT claims three). */
    public static List<String> testsOncePerDay() {
        return TESTS.stream().map(Item::code).toList();
    }

    /** The services paid for one sex only: item code and the sex (1 male, 2 female). */
    public static Map<String, Integer> servicesForOneSex() {
        Map<String, Integer> only = new java.util.LinkedHashMap<>();
        SEX_SPECIFIC.forEach(item -> only.put(item.code(), item.sex()));
        return only;
    }

    /** The envelope bytes of a generated claim (the writer of the XML adapter). */
    public static byte[] envelope(Claim claim) {
        return ClaimXmlWriter.write(claim, Map.of());
    }
}
