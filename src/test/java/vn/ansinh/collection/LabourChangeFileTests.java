package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class LabourChangeFileTests {

    static LabourChangeFile.Reading read(String text) {
        return LabourChangeFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAListWithAByteOrderMarkSemicolonsAccentedColumnNamesInAnotherOrderAndGroupedThousands() {
        LabourChangeFile.Reading reading = read("\uFEFFSố CCCD;Loại;Họ tên;Ngày sinh;Ngày hiệu lực;Mức lương;"
                + "Số ngày nghỉ;Thai sản;Ghi chú\r\n"
                + "001190012345;Tăng;Nguyễn Văn An;01/05/1990;2025-03-01;9.000.000;;;\r\n"
                + "\r\n"
                + "001190012345;nghỉ không lương;Nguyễn Văn An;1990-05-01;04/2025;;20;x;sinh con\r\n");

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).isEqualTo(2);
        assertThat(reading.changes()).extracting(LabourChange::line, LabourChange::kind, LabourChange::cccd,
                        LabourChange::dateOfBirth, LabourChange::effectiveOn, LabourChange::monthlySalary,
                        LabourChange::unpaidDays, LabourChange::maternity, LabourChange::note)
                .containsExactly(
                        tuple(2, DeclarationKind.HIRE, "001190012345", LocalDate.of(1990, 5, 1),
                                LocalDate.of(2025, 3, 1), 9_000_000L, null, false, null),
                        tuple(4, DeclarationKind.UNPAID_LEAVE, "001190012345", LocalDate.of(1990, 5, 1),
                                LocalDate.of(2025, 4, 1), null, 20, true, "sinh con"));
        assertThat(reading.changes().get(1).month()).isEqualTo(YearMonth.of(2025, 4));
    }

    @Test
    void aHeaderWithAnUnknownColumnAndWithoutTheEffectiveDateIsAProblemOfTheWholeFile() {
        LabourChangeFile.Reading reading = read("loai,so_cccd,ho_ten,ngay_sinh,luong\n"
                + "TANG,001190012345,Nguyen Van An,1990-05-01,9000000\n");

        assertThat(reading.changes()).isEmpty();
        assertThat(reading.errors()).extracting(RowIssue::line, RowIssue::field).containsExactly(
                tuple(0, "header"), tuple(0, "header"));
        assertThat(reading.errors().get(0).reason()).startsWith("unknown column 'luong'");
        assertThat(reading.errors().get(1).reason()).startsWith("column ngay_hieu_luc is missing");
    }

    @Test
    void eachLineReportsEveryFieldItGetsWrongUnderItsColumnName() {
        LabourChangeFile.Reading reading = read("""
                loai,so_cccd,ho_ten,ngay_sinh,ngay_hieu_luc,muc_luong,so_ngay_nghi
                TANG,1190012345,,1990-02-30,2025-03,0,2
                NGHI_KHONG_LUONG,001190012345,An,1990-05-01,2025-04-01,,
                GIAM,001190012345,An,1990-05-01,2025-04-30,,,extra
                """);

        assertThat(reading.changes()).isEmpty();
        assertThat(reading.errors()).extracting(RowIssue::line, RowIssue::field).containsExactly(
                tuple(2, "so_cccd"), tuple(2, "ho_ten"), tuple(2, "ngay_sinh"), tuple(2, "ngay_hieu_luc"),
                tuple(2, "muc_luong"), tuple(2, "so_ngay_nghi"),
                tuple(3, "ngay_hieu_luc"), tuple(3, "so_ngay_nghi"),
                tuple(4, "line"));
        assertThat(reading.errors().get(0).reason()).contains("has 10 digits").contains("leading zeros");
        assertThat(reading.errors().get(5).reason()).isEqualTo("applies only to NGHI_KHONG_LUONG lines");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedAsAWhole() {
        byte[] latin1 = "loai,so_cccd,ho_ten\nTANG,001190012345,Nguy\u00EAn\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(LabourChangeFile.read(latin1).errors()).extracting(RowIssue::line, RowIssue::field)
                .containsExactly(tuple(0, "file"));
    }
}
