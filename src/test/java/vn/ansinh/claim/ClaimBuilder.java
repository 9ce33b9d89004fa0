package vn.ansinh.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Claim} as a facility would send it, with every amount computed by the Ministry's line arithmetic
 * (RULES.md section 8) from quantities, prices, ratios and the benefit percent the facility applied. Deterministic:
 * the same calls give the same claim. Examination lines are services of group 13.
 */
public final class ClaimBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String facilityCode;
    private final String encounterKey;
    private final String cardNumber;
    private final String fullName;
    private final LocalDate dateOfBirth;
    private int sex = 1;
    private String registeredFacility;
    private String patientCategory = "1";
    private EncounterType type = EncounterType.OUTPATIENT_EXAMINATION;
    private LocalDateTime admittedAt;
    private LocalDateTime dischargedAt;
    private BigDecimal claimedPercent = HUNDRED;
    private LocalDateTime lineTime;
    private final List<ClaimLine> lines = new ArrayList<>();
    private int drugs;
    private int services;

    private ClaimBuilder(String facilityCode, String encounterKey, String cardNumber, String fullName,
                         LocalDate dateOfBirth, LocalDateTime at) {
        this.facilityCode = facilityCode;
        this.encounterKey = encounterKey;
        this.cardNumber = cardNumber;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.registeredFacility = facilityCode;
        this.admittedAt = at;
        this.dischargedAt = at.plusHours(1);
        this.lineTime = at.plusMinutes(5);
    }

    /** An outpatient visit at the facility, one hour from {@code at}, registered there, claimed at 100 %. */
    public static ClaimBuilder visit(String facilityCode, String encounterKey, String cardNumber, String fullName,
                                     LocalDate dateOfBirth, LocalDateTime at) {
        return new ClaimBuilder(facilityCode, encounterKey, cardNumber, fullName, dateOfBirth, at);
    }

    public ClaimBuilder female() {
        this.sex = 2;
        return this;
    }

    public ClaimBuilder registeredAt(String facility) {
        this.registeredFacility = facility;
        return this;
    }

    /** MA_DOITUONG_KCB: "1" registered or referred, "2" emergency, "3.x" self-referred. */
    public ClaimBuilder category(String category) {
        this.patientCategory = category;
        return this;
    }

    public ClaimBuilder inpatient(LocalDateTime admitted, LocalDateTime discharged) {
        this.type = EncounterType.INPATIENT;
        this.admittedAt = admitted;
        this.dischargedAt = discharged;
        this.lineTime = admitted.plusMinutes(5);
        return this;
    }

    /** The benefit percent the facility applies to the lines that follow (MUC_HUONG). */
    public ClaimBuilder claimedAt(int percent) {
        this.claimedPercent = BigDecimal.valueOf(percent);
        return this;
    }

    /** Lines that follow are dated at this time. */
    public ClaimBuilder at(LocalDateTime time) {
        this.lineTime = time;
        return this;
    }

    public ClaimBuilder examination(String code, long price) {
        return examination(code, price, 100);
    }

    public ClaimBuilder examination(String code, long price, int feeRatio) {
        return line(LineKind.SERVICE, code, "13", BigDecimal.ONE, BigDecimal.valueOf(price),
                BigDecimal.valueOf(feeRatio));
    }

    public ClaimBuilder service(String code, int quantity, long price) {
        return line(LineKind.SERVICE, code, "18", BigDecimal.valueOf(quantity), BigDecimal.valueOf(price), HUNDRED);
    }

    public ClaimBuilder drug(String code, int quantity, long price) {
        return line(LineKind.DRUG, code, "4", BigDecimal.valueOf(quantity), BigDecimal.valueOf(price), null);
    }

    private ClaimBuilder line(LineKind kind, String code, String group, BigDecimal quantity, BigDecimal price,
                              BigDecimal serviceRatio) {
        int no = kind == LineKind.DRUG ? ++drugs : ++services;
        BigDecimal hospital = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        BigDecimal hi = quantity.multiply(price);
        if (serviceRatio != null) {
            hi = hi.multiply(serviceRatio).divide(HUNDRED);
        }
        hi = hi.setScale(2, RoundingMode.HALF_UP);
        BigDecimal fund = hi.multiply(claimedPercent).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        lines.add(new ClaimLine(kind, no, code, "Item " + code, "lần", group, 1, new BigDecimal("100.00"),
                serviceRatio == null ? null : serviceRatio.setScale(2), quantity.setScale(3),
                price.setScale(3), price.setScale(3), hospital, hi, zero, claimedPercent.setScale(2),
                hospital.subtract(hi), hi.subtract(fund), fund, null, "K01", "000123/HT-CCHN", lineTime, lineTime, 1));
        return this;
    }

    public Claim build() {
        int days = type.inpatient() ? (int) java.time.temporal.ChronoUnit.DAYS.between(admittedAt.toLocalDate(),
                dischargedAt.toLocalDate()) + 1 : 0;
        return new Claim(facilityCode, encounterKey, ClaimStandard.forEncounterOn(admittedAt.toLocalDate()),
                "BN-" + encounterKey, fullName, null, dateOfBirth, sex, List.of(cardNumber), registeredFacility,
                null, null, "J06.9", List.of(), patientCategory, type, admittedAt, dischargedAt, days, "K01", null,
                null, YearMonth.from(dischargedAt), ClaimTotals.sumOf(lines), lines);
    }
}
