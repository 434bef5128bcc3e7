package cn.jsedu.ledger.query.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Excel workbooks (Apache POI): one sheet per table, the Chinese labels in row 1 and the columns' keys (the API's
 * field names) in row 2, then the data. Money is a number cell formatted {@code #,##0.00} so it can be summed: every
 * amount of the ledger (≤ 10^10 yuan, two decimals) has at most 13 significant digits and survives the spreadsheet's
 * binary floating point exactly when read back to two decimals; the CSV keeps the exact decimal strings. A percentage
 * is a number cell formatted {@code 0.00%} (73.44 % is stored as 0.7344, as spreadsheets store percentages).
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Excel refuses longer cells; long evidence lists are cut with a note (the CSV has them whole). */
    static final int MAX_CELL = 32_000;

    private XlsxExport() {
    }

    /** The tables as sheets, then a sheet of notes (what this is, when and for which dates it was made). */
    public static byte[] write(List<ExportTable> tables, Map<String, String> notes) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (ExportTable table : tables) {
                sheet(book.createSheet(table.sheet()), table, header, new Styles(money, percent, date));
            }
            Sheet about = book.createSheet("说明");
            int r = 0;
            for (Map.Entry<String, String> note : notes.entrySet()) {
                Row row = about.createRow(r++);
                row.createCell(0).setCellValue(note.getKey());
                row.createCell(1).setCellValue(note.getValue());
            }
            about.setColumnWidth(0, 20 * 256);
            about.setColumnWidth(1, 90 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle money, CellStyle percent, CellStyle date) {
    }

    private static void sheet(Sheet sheet, ExportTable table, CellStyle header, Styles styles) {
        Row labels = sheet.createRow(0);
        Row keys = sheet.createRow(1);
        for (int c = 0; c < table.columns().size(); c++) {
            ExportTable.Column column = table.columns().get(c);
            Cell label = labels.createCell(c);
            label.setCellValue(column.label());
            label.setCellStyle(header);
            keys.createCell(c).setCellValue(column.key());
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.label().length() * 3)) * 256);
        }
        int r = 2;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cell(row.createCell(c), table.columns().get(c).kind(), values.get(c), styles);
            }
        }
        sheet.createFreezePane(0, 2);
        if (!table.columns().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, table.columns().size() - 1));
        }
    }

    private static void cell(Cell cell, ExportTable.Kind kind, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case MONEY -> {
                cell.setCellValue(new BigDecimal(value.toString()).doubleValue());
                cell.setCellStyle(styles.money());
            }
            case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
            case PERCENT -> {
                cell.setCellValue(new BigDecimal(value.toString()).movePointLeft(2).doubleValue());
                cell.setCellStyle(styles.percent());
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date());
            }
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text.length() <= MAX_CELL ? text
                        : text.substring(0, MAX_CELL) + " …(truncated; the CSV export has the full list)");
            }
        }
    }
}
