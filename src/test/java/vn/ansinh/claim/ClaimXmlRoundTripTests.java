package vn.ansinh.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimXmlRoundTripTests {

    static ClaimGenerator generator(LocalDate from, LocalDate to) {
        return new ClaimGenerator(7, List.of(new ClaimGenerator.Holder("DN4420000000101", "Nguyễn Văn An",
                LocalDate.of(1980, 2, 29), 1, "042080000101", new BigDecimal("80"), LocalDate.of(2018, 1, 1),
                LocalDate.of(2026, 12, 31), "42001")), List.of("42001"), 0, from, to);
    }

    @ParameterizedTest(name = "a claim under {0} reads back exactly as it was written")
    @CsvSource({"QD_4210, 2024-03-01", "QD_4750, 2024-09-15", "QD_3176, 2025-05-20"})
    void aClaimReadsBackExactlyAsWrittenUnderEachStandard(ClaimStandard standard, LocalDate day) throws Exception {
        ClaimGenerator generator = generator(day, day);
        for (int i = 0; i < 20; i++) {
            Claim written = generator.next(InjectedError.NONE).get(0).claim();
            byte[] envelope = ClaimXmlWriter.write(written);

            ClaimMapping.Read read = ClaimMapping.toClaim(new ClaimXmlReader(IntakeLimits.defaults()).read(envelope), day);

            assertThat(written.standard()).isEqualTo(standard);
            assertThat(read.issues()).isEmpty();
            assertThat(read.claim()).isEqualTo(written);
        }
    }

    @ParameterizedTest(name = "{0} writes its own field names")
    @CsvSource({"2024-03-01, MA_THE, NHOM_MAU", "2025-05-20, MA_THE_BHYT, MA_THE>"})
    void eachStandardWritesItsOwnFieldNames(LocalDate day, String present, String absent) throws Exception {
        Claim claim = generator(day, day).next(InjectedError.NONE).get(0).claim();
        String xml1 = xml1(ClaimXmlWriter.write(claim));

        assertThat(xml1).contains("<" + present + ">").doesNotContain("<" + absent);
    }

    @org.junit.jupiter.api.Test
    void decision3176AddsTheBloodGroupAndThePerformedTimeOfDrugs() throws Exception {
        Claim claim = generator(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)).next(InjectedError.NONE).get(0).claim();
        Claim older = generator(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1)).next(InjectedError.NONE).get(0).claim();

        assertThat(xml1(ClaimXmlWriter.write(claim))).contains("<NHOM_MAU/>");
        assertThat(claim.lines().stream().filter(l -> l.kind() == LineKind.DRUG)).allMatch(l -> l.performedAt() != null);
        assertThat(xml1(ClaimXmlWriter.write(older))).doesNotContain("NHOM_MAU");
        assertThat(older.lines().stream().filter(l -> l.kind() == LineKind.DRUG)).allMatch(l -> l.performedAt() == null);
    }

    private static String xml1(byte[] envelope) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        int start = text.indexOf("<NOIDUNGFILE>") + "<NOIDUNGFILE>".length();
        return new String(java.util.Base64.getDecoder().decode(text.substring(start, text.indexOf("</NOIDUNGFILE>"))),
                StandardCharsets.UTF_8);
    }
}
