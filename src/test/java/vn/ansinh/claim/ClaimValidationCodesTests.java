package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.claim.ClaimXmlFields.Xml1;
import vn.ansinh.claim.ClaimXmlFields.Xml2;
import vn.ansinh.claim.ClaimXmlFields.Xml3;

/** Every validation code, each from a generated claim with one field changed as a facility might send it. */
@IntegrationTest
class ClaimValidationCodesTests {

    @Autowired ReceivingClaims receiving;
    @Autowired JdbcClient jdbc;

    ClaimGenerator generator;
    String facility;

    @BeforeEach
    void setUp() {
        long base = System.nanoTime() % 90_000 + 5_000;
        facility = SyntheticCardHolders.create(jdbc, TestAreas.create(jdbc).communeA1(), base, 5, 1).get(0);
        generator = new ClaimGenerator(base, List.of(new ClaimGenerator.Holder("HT3420000000201", "Phạm Thị Dung",
                LocalDate.of(1955, 7, 1), 2, "042155000201", new BigDecimal("95"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), facility)), List.of(facility), 0, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 3));
    }

    private List<ClaimFiles.ReceiptMessage> send(Consumer<ClaimMapping.Rows> edit) {
        Claim claim = generator.next(InjectedError.NONE).get(0).claim();
        ClaimReceipt receipt = receiving.receive(ClaimXmlWriter.write(claim, Map.of(), edit), null, "test");
        assertThat(receipt.code()).isEqualTo(ClaimReceipt.INVALID);
        return receipt.messages();
    }

    private static Consumer<ClaimMapping.Rows> summary(Xml1 field, String value) {
        return rows -> rows.summary()[field.ordinal()] = value;
    }

    private static Consumer<ClaimMapping.Rows> firstDrug(Xml2 field, String value) {
        return rows -> rows.drugs().get(0)[field.ordinal()] = value;
    }

    private static Consumer<ClaimMapping.Rows> firstService(Xml3 field, String value) {
        return rows -> rows.services().get(0)[field.ordinal()] = value;
    }

    private static List<org.assertj.core.groups.Tuple> places(List<ClaimFiles.ReceiptMessage> messages) {
        return messages.stream().map(m -> tuple(m.code(), m.table(), m.line(), m.field())).toList();
    }

    @Test
    void aDateThatIsNotACalendarDateIsAFormatError() {
        assertThat(places(send(summary(Xml1.NGAY_SINH, "195502300000"))))
                .containsExactly(tuple("C003", "XML1", null, "NGAY_SINH"));
    }

    @Test
    void anAmountWithACommaIsAFormatError() {
        assertThat(places(send(firstDrug(Xml2.DON_GIA, "1200,000"))))
                .containsExactly(tuple("C003", "XML2", 1, "DON_GIA"));
    }

    @Test
    void aBirthAfterTheAdmissionIsRefused() {
        assertThat(places(send(summary(Xml1.NGAY_SINH, "202503040000"))))
                .containsExactly(tuple("C004", "XML1", null, "NGAY_SINH"));
    }

    @Test
    void aSecondaryDiagnosisOutsideIcd10IsNamed() {
        assertThat(places(send(summary(Xml1.MA_BENH_KT, "I10;E99.1"))))
                .containsExactly(tuple("C006", "XML1", null, "MA_BENH_KT"));
    }

    @Test
    void encounterTypeElevenDoesNotExist() {
        assertThat(places(send(summary(Xml1.MA_LOAI_KCB, "11")))).containsExactly(tuple("C007", "XML1", null, "MA_LOAI_KCB"));
    }

    @Test
    void anUnknownPatientCategoryIsRefused() {
        assertThat(places(send(summary(Xml1.MA_DOITUONG_KCB, "9.9")))).containsExactly(tuple("C008", "XML1", null, "MA_DOITUONG_KCB"));
    }

    @Test
    void sexFourIsRefused() {
        assertThat(places(send(summary(Xml1.GIOI_TINH, "4")))).containsExactly(tuple("C009", "XML1", null, "GIOI_TINH"));
    }

    @Test
    void scopeFourIsRefused() {
        assertThat(places(send(firstService(Xml3.PHAM_VI, "4")))).containsExactly(tuple("C010", "XML3", 1, "PHAM_VI"));
    }

    @Test
    void paymentMethodFourIsRefused() {
        assertThat(places(send(firstDrug(Xml2.MA_PTTT, "4")))).containsExactly(tuple("C011", "XML2", 1, "MA_PTTT"));
    }

    @Test
    void aCardNumberWithBenefitDigitSixIsRefused() {
        assertThat(places(send(summary(Xml1.MA_THE_BHYT, "HT6420000000201"))))
                .containsExactly(tuple("C012", "XML1", null, "MA_THE_BHYT"));
    }

    @Test
    void aServiceRatioOfThirtyMakesTheClaimedHiAmountWrong() {
        // 30 % of the exam price is HI's part, yet the line claims all of it.
        List<ClaimFiles.ReceiptMessage> messages = send(firstService(Xml3.TYLE_TT_DV, "30.00"));
        assertThat(places(messages)).containsExactly(tuple("C014", "XML3", 1, "THANH_TIEN_BH"));
        assertThat(messages.get(0).message()).contains("computed");
    }

    @Test
    void aLineOfAnotherEncounterIsNamed() {
        assertThat(places(send(firstDrug(Xml2.MA_LK, "OTHER-KEY")))).containsExactly(tuple("C019", "XML2", 1, "MA_LK"));
    }

    @Test
    void thirteenSecondaryDiagnosesAreTooMany() {
        assertThat(places(send(summary(Xml1.MA_BENH_KT, "I10;" .repeat(12) + "I10"))))
                .containsExactly(tuple("C020", "XML1", null, "MA_BENH_KT"));
    }

    @Test
    void aTreatingFacilityOtherThanTheSenderIsRefused() {
        assertThat(places(send(summary(Xml1.MA_CSKCB, "00000")))).containsExactly(tuple("C021", "XML1", null, "MA_CSKCB"));
    }

    @Test
    void aRepeatedLineNumberIsRefusedAndBothLinesAreKept() {
        List<ClaimFiles.ReceiptMessage> messages = send(rows -> rows.drugs().get(1)[Xml2.STT.ordinal()] = "1");

        assertThat(places(messages)).containsExactly(tuple("C022", "XML2", 1, "STT"));
    }
}
