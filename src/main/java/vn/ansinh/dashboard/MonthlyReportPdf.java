package vn.ansinh.dashboard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.ansinh.web.PdfFonts;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/** The monthly report of an area as PDF (A4): each dashboard panel's figures and tables, as of the month's end. */
@Component
class MonthlyReportPdf {

    record Section(Panel panel, Table figures) {
    }

    private final Spreadsheets cells;

    MonthlyReportPdf(Spreadsheets cells) {
        this.cells = cells;
    }

    byte[] render(DashboardQuery query, YearMonth month, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            Font text = new Font(PdfFonts.regular(), 8);
            Font strong = new Font(PdfFonts.bold(), 8);
            Font heading = new Font(PdfFonts.bold(), 11);
            Font title = new Font(PdfFonts.bold(), 14);
            PdfWriter.getInstance(document, out);
            String name = PdfFonts.vi(cells.text("report.title") + " " + month.format(DateTimeFormatter.ofPattern("MM/yyyy"))
                    + " · " + query.area().name());
            document.addTitle(name);
            document.open();
            Paragraph top = new Paragraph(name, title);
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            Paragraph asOf = new Paragraph(PdfFonts.vi(cells.text("report.asOf") + " " + cells.format(Table.Kind.DATE, query.asOf())
                    + " · " + cells.text("report.printed") + " " + cells.format(Table.Kind.DATE, LocalDate.now())), text);
            asOf.setAlignment(Element.ALIGN_CENTER);
            asOf.setSpacingAfter(10);
            document.add(asOf);
            for (Section section : sections) {
                Paragraph h = new Paragraph(PdfFonts.vi(cells.text(section.panel().titleKey())), heading);
                h.setSpacingBefore(8);
                h.setSpacingAfter(4);
                document.add(h);
                document.add(table(section.figures(), text, strong));
                for (Table table : section.panel().tables()) {
                    Paragraph t = new Paragraph(PdfFonts.vi(cells.text(table.titleKey())), strong);
                    t.setSpacingBefore(6);
                    t.setSpacingAfter(3);
                    document.add(t);
                    document.add(table(table, text, strong));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print the monthly report of " + query.area().code(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(Table table, Font text, Font strong) {
        PdfPTable pdf = new PdfPTable(table.columns().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (Table.Column column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.vi(cells.text(column.headerKey())), strong));
            cell.setBackgroundColor(new Color(230, 234, 240));
            cell.setPadding(3);
            pdf.addCell(cell);
        }
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                Table.Kind kind = table.columns().get(c).kind();
                PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.vi(cells.format(kind, row.cells().get(c))), text));
                cell.setPadding(3);
                cell.setHorizontalAlignment(kind == Table.Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                pdf.addCell(cell);
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(PdfFonts.vi(cells.text("dashboard.noRows")), text));
            none.setColspan(table.columns().size());
            pdf.addCell(none);
        }
        return pdf;
    }
}
