package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;

@IntegrationTest
class ReceivingClaimsTests {

    private static final AtomicLong BASE = new AtomicLong(System.nanoTime() % 90_000 + 5_000);

    @Autowired ReceivingClaims receiving;
    @Autowired Claims claims;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired MockMvc mvc;

    ClaimGenerator generator;
    String facility;
    String token;

    @BeforeEach
    void setUp() {
        TestAreas areas = TestAreas.create(jdbc);
        List<String> facilities = SyntheticCardHolders.create(jdbc, areas.communeA1(), BASE.incrementAndGet(), 40, 1);
        facility = facilities.get(0);
        // Only this test's facility: the generator claims at the facilities in the database.
        generator = new ClaimGenerator(BASE.get(), holders(), List.of(facility), 0, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        token = tokens.issue("Bệnh viện thử", ApiClient.Kind.FACILITY, facility, null);
    }

    private List<ClaimGenerator.Holder> holders() {
        return jdbc.sql("""
                        select c.card_number, p.full_name, p.date_of_birth, p.sex, p.cccd, c.valid_from, c.valid_to
                        from hi_card c join person p on p.id = c.person_id
                        where p.si_code between lpad(cast(:base * 100000 + 1 as text), 10, '0')
                                            and lpad(cast(:base * 100000 + 40 as text), 10, '0') order by p.id""")
                .param("base", BASE.get())
                .query((rs, n) -> new ClaimGenerator.Holder(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), "F".equals(rs.getString(4)) ? 2 : 1, rs.getString(5),
                        new java.math.BigDecimal("80"), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        null))
                .list();
    }

    @ParameterizedTest(name = "{0} is reported with its code, table, line and field, and the claim is kept as INVALID")
    @EnumSource(value = InjectedError.class, names = {"BAD_ICD_CODE", "DISCHARGE_BEFORE_ADMISSION", "LINE_ARITHMETIC",
            "TOTALS_NOT_SUM", "MISSING_REQUIRED_FIELD", "OVERSIZED_FIELD"})
    void eachInjectedIntakeErrorIsReportedWithItsCodeTableLineAndField(InjectedError kind) {
        ClaimGenerator.Generated generated = generator.next(kind).get(0);

        ClaimReceipt receipt = receiving.receive(ClaimXmlWriter.write(generated.claim()), null, "test");

        assertThat(receipt.code()).isEqualTo(ClaimReceipt.INVALID);
        assertThat(receipt.messages()).extracting(ClaimFiles.ReceiptMessage::code, ClaimFiles.ReceiptMessage::table,
                        ClaimFiles.ReceiptMessage::line, ClaimFiles.ReceiptMessage::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind.intakeCode(), generated.expectedTable(),
                        generated.expectedLine(), generated.expectedField()));
        StoredClaim stored = claims.current(facility, generated.claim().encounterKey()).orElseThrow();
        assertThat(jdbc.sql("select status from claim where id = :id").param("id", stored.id()).query(String.class)
                .single()).isEqualTo("INVALID");
        assertThat(claims.issues(stored.id())).extracting(ClaimFiles.ReceiptMessage::code).containsExactly(kind.intakeCode());
    }

    @Test
    void aLineWhoseAmountsDisagreeIsReportedExactlyToTheCent() {
        Claim claim = generator.next(InjectedError.NONE).get(0).claim();
        ClaimLine drug = claim.lines().get(0);
        // 80 % of the HI amount is the fund's; one cent more is an error of T_BHTT and T_BNCCT both.
        ClaimLine wrong = new ClaimLine(drug.kind(), drug.lineNo(), drug.itemCode(), drug.itemName(), drug.unit(),
                drug.groupCode(), drug.scope(), drug.hiPaymentRatio(), drug.serviceRatio(), drug.quantity(),
                drug.hospitalUnitPrice(), drug.hiUnitPrice(), drug.hospitalAmount(), drug.hiAmount(),
                drug.otherSources(), drug.benefitPercent(), drug.patientOutOfScope(),
                drug.patientCoPayment().subtract(new java.math.BigDecimal("0.01")),
                drug.fundPays().add(new java.math.BigDecimal("0.01")), null, drug.department(), drug.doctor(),
                drug.orderedAt(), drug.performedAt(), drug.paymentMethod());
        List<ClaimLine> lines = new ArrayList<>(claim.lines());
        lines.set(0, wrong);
        Claim sent = new Claim(claim.facilityCode(), claim.encounterKey(), claim.standard(), claim.patientCode(),
                claim.fullName(), claim.cccd(), claim.dateOfBirth(), claim.sex(), claim.cardNumbers(),
                claim.registeredFacility(), claim.cardValidFrom(), claim.cardValidTo(), claim.mainDiagnosis(),
                claim.otherDiagnoses(), claim.patientCategory(), claim.encounterType(), claim.admittedAt(),
                claim.dischargedAt(), claim.treatmentDays(), claim.department(), claim.areaCode(),
                claim.fiveYearsFrom(), claim.settlementMonth(), ClaimTotals.sumOf(lines), lines);

        ClaimReceipt receipt = receiving.receive(ClaimXmlWriter.write(sent), null, "test");

        assertThat(receipt.messages()).extracting(ClaimFiles.ReceiptMessage::code, ClaimFiles.ReceiptMessage::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C015", "T_BHTT"),
                        org.assertj.core.groups.Tuple.tuple("C016", "T_BNCCT"));
    }

    @ParameterizedTest(name = "a claim with {0} passes intake: it is for appraisal to find")
    @EnumSource(value = InjectedError.class, mode = EnumSource.Mode.MATCH_ANY, names = {"NONE", "CARD_.*", "NAME_MISMATCH",
            "DATE_OF_BIRTH_MISMATCH", "PRICE_ABOVE_APPROVED", "EXAMINATION_FEE_RATIO_WRONG", "OVERLAPPING_INPATIENT_STAY",
            "OVER_DAILY_LIMIT", "SEX_SPECIFIC_SERVICE", "DUPLICATE_CLAIM"})
    void claimsWithoutIntakeErrorsAreAccepted(InjectedError kind) {
        for (ClaimGenerator.Generated generated : generator.next(kind)) {
            ClaimReceipt receipt = receiving.receive(ClaimXmlWriter.write(generated.claim()), null, "test");

            assertThat(receipt.messages()).isEmpty();
            assertThat(receipt.code()).isEqualTo(ClaimReceipt.ACCEPTED);
        }
    }

    @Test
    void aResendReplacesTheEarlierVersionWhichIsKeptAndTheSameFileTwiceIsADuplicate() {
        Claim first = generator.next(InjectedError.NONE).get(0).claim();
        // Another diagnosis than the first's (the generator may have drawn I10 itself, making the resend the same file).
        String diagnosis = "I10".equals(first.mainDiagnosis()) ? "E11.9" : "I10";
        Claim resent = new Claim(first.facilityCode(), first.encounterKey(), first.standard(), first.patientCode(),
                first.fullName(), first.cccd(), first.dateOfBirth(), first.sex(), first.cardNumbers(),
                first.registeredFacility(), first.cardValidFrom(), first.cardValidTo(), diagnosis, first.otherDiagnoses(),
                first.patientCategory(), first.encounterType(), first.admittedAt(), first.dischargedAt(),
                first.treatmentDays(), first.department(), first.areaCode(), first.fiveYearsFrom(),
                first.settlementMonth(), first.totals(), first.lines());
        ClaimReceipt one = receiving.receive(ClaimXmlWriter.write(first), facility, "test");

        ClaimReceipt two = receiving.receive(ClaimXmlWriter.write(resent), facility, "test");
        ClaimReceipt again = receiving.receive(ClaimXmlWriter.write(resent), facility, "test");

        assertThat(one.code()).isEqualTo(ClaimReceipt.ACCEPTED);
        assertThat(two.code()).isEqualTo(ClaimReceipt.ACCEPTED);
        StoredClaim current = claims.current(facility, first.encounterKey()).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(claims.byId(current.id()).mainDiagnosis()).isEqualTo(diagnosis);
        assertThat(jdbc.sql("select count(*) from claim where facility_code = :f and encounter_key = :k")
                .param("f", facility).param("k", first.encounterKey()).query(Integer.class).single()).isEqualTo(2);
        assertThat(again.code()).isEqualTo(ClaimReceipt.DUPLICATE);
        assertThat(again.transactionId()).isEqualTo(two.transactionId());
        assertThat(again.messages()).extracting(ClaimFiles.ReceiptMessage::code).containsExactly("D001");
    }

    @Test
    void hostileAndMalformedFilesAreRefusedWhileTheRestOfTheBatchIsStored() throws Exception {
        Claim good1 = generator.next(InjectedError.NONE).get(0).claim();
        Claim good2 = generator.next(InjectedError.NONE).get(0).claim();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE GIAMDINHHS [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<GIAMDINHHS><THONGTINDONVI><MACSKCB>&x;</MACSKCB></THONGTINDONVI></GIAMDINHHS>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<GIAMDINHHS>&lol3;</GIAMDINHHS>";
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE GIAMDINHHS SYSTEM \"http://example.org/x.dtd\"><GIAMDINHHS/>";
        String notBase64 = "<GIAMDINHHS><THONGTINDONVI><MACSKCB>" + facility + "</MACSKCB></THONGTINDONVI>"
                + "<THONGTINHOSO><DANHSACHHOSO><HOSO><FILEHOSO><LOAIHOSO>XML1</LOAIHOSO>"
                + "<NOIDUNGFILE>this is *not* base64!</NOIDUNGFILE></FILEHOSO></HOSO></DANHSACHHOSO></THONGTINHOSO>"
                + "</GIAMDINHHS>";
        byte[] oversized = new byte[receiving.limits().maxEnvelopeBytes() + 10];
        java.util.Arrays.fill(oversized, (byte) ' ');

        String receipts = mvc.perform(post("/api/v1/claims/batches").header("Authorization", "Bearer " + token)
                        .contentType("application/zip")
                        .content(zip(List.of("good-1.xml", "xxe.xml", "laughs.xml", "doctype.xml", "oversized.xml",
                                "not-base64.xml", "not-xml.xml", "good-2.xml"), List.of(ClaimXmlWriter.write(good1),
                                bytes(xxe), bytes(laughs), bytes(doctype), oversized, bytes(notBase64),
                                bytes("%PDF-1.4 not xml at all"), ClaimXmlWriter.write(good2)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("ACCEPTED"))
                .andExpect(jsonPath("$[1].code").value("REFUSED"))
                .andExpect(jsonPath("$[1].messages[0].code").value("E002"))
                .andExpect(jsonPath("$[2].messages[0].code").value("E002"))
                .andExpect(jsonPath("$[3].messages[0].code").value("E002"))
                .andExpect(jsonPath("$[4].messages[0].code").value("E003"))
                .andExpect(jsonPath("$[5].messages[0].code").value("E004"))
                .andExpect(jsonPath("$[5].messages[0].field").value("NOIDUNGFILE"))
                .andExpect(jsonPath("$[6].messages[0].code").value("E001"))
                .andExpect(jsonPath("$[7].code").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();

        assertThat(receipts).doesNotContain("root:");
        assertThat(claims.current(facility, good1.encounterKey())).isPresent();
        assertThat(claims.current(facility, good2.encounterKey())).isPresent();
        // Every file is kept raw, refused ones too.
        assertThat(jdbc.sql("select count(*) from claim_file where received_by = :by and not accepted")
                .param("by", "client:facility:" + facility).query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void anEnvelopeOfAnotherFacilityIsRefusedWithForbidden() throws Exception {
        Claim claim = generator.next(InjectedError.NONE).get(0).claim();
        String other = tokens.issue("Trạm y tế khác", ApiClient.Kind.FACILITY, "99998", null);

        mvc.perform(post("/api/v1/claims").header("Authorization", "Bearer " + other)
                        .contentType(MediaType.APPLICATION_XML).content(ClaimXmlWriter.write(claim)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("REFUSED"))
                .andExpect(jsonPath("$.messages[0].code").value("E009"))
                .andExpect(jsonPath("$.messages[0].field").value("MACSKCB"));

        assertThat(claims.current(facility, claim.encounterKey())).isEmpty();
    }

    @Test
    void theReceiptNamesTheTransactionTheTimeAndEachErrorWithItsPlace() throws Exception {
        Claim claim = generator.next(InjectedError.LINE_ARITHMETIC).get(0).claim();

        mvc.perform(post("/api/v1/claims").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_XML).content(ClaimXmlWriter.write(claim)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("INVALID"))
                .andExpect(jsonPath("$.transactionId").isString())
                .andExpect(jsonPath("$.receivedAt").isString())
                .andExpect(jsonPath("$.messages[0].code").value("C013"))
                .andExpect(jsonPath("$.messages[0].table").value("XML3"))
                .andExpect(jsonPath("$.messages[0].line").value(1))
                .andExpect(jsonPath("$.messages[0].field").value("THANH_TIEN_BV"))
                .andExpect(jsonPath("$.messages[0].message").value(org.hamcrest.Matchers.containsString("computed")));
    }

    @Test
    void aClientThatIsNotAFacilityCannotSendClaims() throws Exception {
        String employer = tokens.issue("Công ty thử", ApiClient.Kind.EMPLOYER, "TS00000001", null);

        mvc.perform(post("/api/v1/claims").header("Authorization", "Bearer " + employer)
                        .contentType(MediaType.APPLICATION_XML).content("<GIAMDINHHS/>"))
                .andExpect(status().isForbidden());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(bytes(text));
    }
}
