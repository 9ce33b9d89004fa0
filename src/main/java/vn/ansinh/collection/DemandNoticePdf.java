package vn.ansinh.collection;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.ansinh.web.PdfFonts;

/**
 * Prints a demand notice in Vietnamese as PDF (A4). The text needs Vietnamese glyphs the JDK does not guarantee, so
 * DejaVu Sans (shipped in {@code fonts/}, see the NOTICE there) is embedded, subset to the characters used.
 */
@Component
class DemandNoticePdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Map<Fund, String> FUND_HEADINGS = new EnumMap<>(Map.of(
            Fund.RETIREMENT, "Hưu trí, tử tuất",
            Fund.SICKNESS_MATERNITY, "Ốm đau, thai sản",
            Fund.OCCUPATIONAL_ACCIDENT, "TNLĐ, BNN",
            Fund.UNEMPLOYMENT, "Bảo hiểm thất nghiệp",
            Fund.HEALTH, "Bảo hiểm y tế"));

    byte[] render(DemandNotice notice, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            BaseFont base = PdfFonts.regular();
            BaseFont baseBold = PdfFonts.bold();
            Font text = new Font(base, 10);
            Font small = new Font(base, 8);
            Font strong = new Font(baseBold, 10);
            Font smallStrong = new Font(baseBold, 8);
            Font title = new Font(baseBold, 13);
            PdfWriter.getInstance(document, out);
            document.addTitle("Thông báo đôn đốc nộp tiền bảo hiểm " + notice.unitCode() + " " + notice.month().format(MONTH));
            document.open();

            PdfPTable heading = new PdfPTable(new float[] {1, 1.3f});
            heading.setWidthPercentage(100);
            heading.addCell(plain(vi("BẢO HIỂM XÃ HỘI\n" + (notice.province() == null ? "" : notice.province().toUpperCase(VIETNAMESE))), strong, Element.ALIGN_CENTER));
            heading.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", strong, Element.ALIGN_CENTER));
            document.add(heading);

            document.add(centered("THÔNG BÁO", title, 18));
            document.add(centered("Đôn đốc nộp tiền bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp còn nợ", strong, 2));
            document.add(centered("Tháng " + notice.month().format(MONTH), text, 12));

            document.add(line("Kính gửi: " + vi(notice.employerName()), strong));
            document.add(line("Mã đơn vị: " + notice.unitCode()
                    + (notice.taxCode() == null ? "" : "        Mã số thuế: " + notice.taxCode()), text));
            document.add(line("Địa chỉ: " + vi(notice.address()), text));
            Paragraph intro = line("Tính đến hết ngày " + notice.debtAsOf().format(DAY)
                    + ", đơn vị còn nợ tiền đóng bảo hiểm như sau (đơn vị tính: đồng):", text);
            intro.setSpacingBefore(8);
            intro.setSpacingAfter(6);
            document.add(intro);

            PdfPTable table = new PdfPTable(new float[] {1.1f, 1.3f, 0.9f, 1.5f, 1.4f, 1.1f, 1.3f, 1.3f, 1.5f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"Tháng", "Hạn nộp", "Số ngày chậm"}) {
                table.addCell(cell(h, smallStrong, Element.ALIGN_CENTER, true));
            }
            for (Fund fund : Fund.values()) {
                table.addCell(cell(FUND_HEADINGS.get(fund), smallStrong, Element.ALIGN_CENTER, true));
            }
            table.addCell(cell("Cộng", smallStrong, Element.ALIGN_CENTER, true));
            for (DemandNotice.Line l : notice.months()) {
                table.addCell(cell(l.month().format(MONTH) + (l.evasion() ? " (*)" : ""), small, Element.ALIGN_CENTER, false));
                table.addCell(cell(l.deadline().format(DAY), small, Element.ALIGN_CENTER, false));
                table.addCell(cell(String.valueOf(l.daysLate()), small, Element.ALIGN_RIGHT, false));
                for (Fund fund : Fund.values()) {
                    table.addCell(cell(money(l.byFund().getOrDefault(fund, 0L)), small, Element.ALIGN_RIGHT, false));
                }
                table.addCell(cell(money(l.amount()), smallStrong, Element.ALIGN_RIGHT, false));
            }
            PdfPCell totalLabel = cell("Tổng cộng", smallStrong, Element.ALIGN_CENTER, true);
            totalLabel.setColspan(3);
            table.addCell(totalLabel);
            for (Fund fund : Fund.values()) {
                table.addCell(cell(money(notice.debtByFund().getOrDefault(fund, 0L)), smallStrong, Element.ALIGN_RIGHT, true));
            }
            table.addCell(cell(money(notice.debt()), smallStrong, Element.ALIGN_RIGHT, true));
            document.add(table);

            Paragraph interest = line("Lãi chậm đóng chưa nộp: " + money(notice.interest()) + " đồng", text);
            interest.setSpacingBefore(8);
            document.add(interest);
            document.add(line("Tổng số tiền phải nộp: " + money(notice.total()) + " đồng", strong));
            if (notice.oldestMonth() != null) {
                document.add(line("Tháng nợ lâu nhất: " + notice.oldestMonth().format(MONTH) + ", chậm "
                        + notice.daysLate() + " ngày so với hạn nộp.", text));
            }
            if (notice.evasion()) {
                Paragraph warning = line("(*) Số tiền của các tháng này chưa đóng quá thời hạn luật định và được xác định là "
                        + "hành vi trốn đóng bảo hiểm; đơn vị có thể bị xử phạt và bị chuyển hồ sơ đến cơ quan có thẩm quyền.", strong);
                warning.setSpacingBefore(6);
                document.add(warning);
            }
            Paragraph request = line("Đề nghị đơn vị nộp ngay số tiền trên vào tài khoản chuyên thu của cơ quan bảo hiểm xã hội. "
                    + "Lãi chậm đóng tiếp tục được tính cho đến ngày nộp đủ. Nếu đơn vị đã nộp, xin bỏ qua thông báo này.", text);
            request.setSpacingBefore(8);
            document.add(request);

            Paragraph signed = new Paragraph(issuedOn.format(DateTimeFormatter.ofPattern("'Ngày' dd 'tháng' MM 'năm' yyyy")), text);
            signed.setAlignment(Element.ALIGN_RIGHT);
            signed.setSpacingBefore(18);
            document.add(signed);
            Paragraph director = new Paragraph("GIÁM ĐỐC", strong);
            director.setAlignment(Element.ALIGN_RIGHT);
            director.setIndentationRight(40);
            document.add(director);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print the demand notice of " + notice.unitCode(), e);
        }
        return out.toByteArray();
    }

    private static String money(long amount) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(amount);
    }

    private static String vi(String text) {
        return PdfFonts.vi(text);
    }

    private static Paragraph line(String content, Font font) {
        Paragraph p = new Paragraph(content, font);
        p.setSpacingAfter(2);
        return p;
    }

    private static Paragraph centered(String content, Font font, float after) {
        Paragraph p = new Paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        if (after > 12) {
            p.setSpacingBefore(16);
        }
        return p;
    }

    private static PdfPCell plain(String content, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static PdfPCell cell(String content, Font font, int align, boolean shaded) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        if (shaded) {
            cell.setBackgroundColor(new Color(235, 235, 235));
        }
        return cell;
    }
}
