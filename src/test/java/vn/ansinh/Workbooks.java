package vn.ansinh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** A downloaded .xlsx read back: every row of every sheet as text and numbers. */
public record Workbooks(List<String> sheetNames, List<List<Row>> sheets) {

    public static Workbooks read(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            List<List<Row>> sheets = new ArrayList<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                names.add(sheet.getName());
                sheets.add(sheet.read());
            }
            return new Workbooks(names, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number in the column of the first row (of any sheet) whose first cell is {@code label}. */
    public Optional<BigDecimal> number(String label, int column) {
        for (List<Row> rows : sheets) {
            for (Row row : rows) {
                if (row.getCellCount() > column && label.equals(row.getCellText(0))) {
                    return row.getCellAsNumber(column);
                }
            }
        }
        throw new AssertionError("no row '" + label + "' in the workbook " + sheetNames);
    }

    public boolean containsText(String text) {
        return sheets.stream().flatMap(List::stream)
                .anyMatch(row -> row.stream().anyMatch(c -> c != null && text.equals(c.getText())));
    }
}
