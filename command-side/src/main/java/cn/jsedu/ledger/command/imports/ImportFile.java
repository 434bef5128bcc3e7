package cn.jsedu.ledger.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of entries as uploaded, read into its key row and its data rows (ADR 0024). The layout is the ledger export's
 * (ADR 0023): an optional row of Chinese labels, then a row of keys (the API's field names), then one row per entry;
 * columns are found by their key, in any order, and columns the import does not use are ignored. The type is decided
 * from the bytes, never from the name or the Content-Type: a ZIP container is read as an Excel workbook (its first
 * sheet), anything else must be UTF-8 text (a byte-order mark is skipped) and is read as CSV (RFC 4180).
 *
 * <p>Cells come back as text as the API writes the value: money as the decimal it is, dates as yyyy-mm-dd. A text cell
 * the export neutralised with a leading quote (a formula guard) is read without it.
 */
public final class ImportFile {

    /** The keys that mark the key row: every entry's file has them. */
    private static final List<String> KEY_ROW_MARKS = List.of("amount", "effectiveDate");
    private static final String FORMULA_START = "=+-@\t\r";

    /** One data row: its number as a spreadsheet shows it (1 = the first row of the file) and its cells by key. */
    public record Line(int number, Map<String, String> cells) {
        public String cell(String key) {
            return cells.get(key);
        }
    }

    /** The file as read: its keys (by column) and its non-blank data rows. */
    public record Table(List<String> keys, int keyRowNumber, List<Line> lines) {
    }

    /** The file cannot be read as a table of entries at all (not its rows: the whole of it). */
    public static final class UnreadableFileException extends RuntimeException {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    /** The file has more data rows than an import takes. */
    public static final class TooManyRowsException extends RuntimeException {
        TooManyRowsException(int maxRows) {
            super("the file has more than " + maxRows + " rows of entries; split it");
        }
    }

    private ImportFile() {
    }

    public static Table read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        List<List<String>> rows = isZip(content) ? workbookRows(content, maxRows) : csvRows(content, maxRows);
        return table(rows, maxRows);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static Table table(List<List<String>> rows, int maxRows) {
        int keyRow = -1;
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            if (rows.get(r).containsAll(KEY_ROW_MARKS)) {
                keyRow = r;
                break;
            }
        }
        if (keyRow < 0) {
            throw new UnreadableFileException("no row of column keys (amount, effectiveDate, ...) in the first two rows: "
                    + "the layout is the ledger export's, a row of labels then a row of keys");
        }
        List<String> keys = rows.get(keyRow);
        List<Line> lines = new ArrayList<>();
        for (int r = keyRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (lines.size() == maxRows) {
                throw new TooManyRowsException(maxRows);
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < keys.size(); c++) {
                String key = keys.get(c);
                if (key != null && !key.isBlank() && c < row.size()) {
                    cells.put(key.strip(), unguarded(row.get(c)));
                }
            }
            lines.add(new Line(r + 1, cells));
        }
        return new Table(keys.stream().map(k -> k == null ? "" : k.strip()).toList(), keyRow + 1, lines);
    }

    /** Empty cells are null; the export's formula guard (a quote before a formula character) is taken off. */
    private static String unguarded(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_START.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static List<List<String>> csvRows(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("the file is neither an Excel workbook (.xlsx) nor UTF-8 text (CSV)");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                // the header rows and a margin of blank rows: the exact count of entries is checked on the table
                if (rows.size() > maxRows + 2 + 1000) {
                    throw new TooManyRowsException(maxRows);
                }
                rows.add(record.toList());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException("the CSV is malformed: " + e.getMessage());
        }
        return rows;
    }

    private static List<List<String>> workbookRows(byte[] content, int maxRows) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows + 2 + 1000) {
                throw new TooManyRowsException(maxRows);
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException || e instanceof TooManyRowsException) {
                throw (RuntimeException) e;
            }
            throw new UnreadableFileException("the file is a ZIP container but not a readable Excel workbook (.xlsx)");
        }
    }

    /**
     * A cell as the API would write its value. Numbers are written back exactly as Excel holds them (the export writes
     * money as a number cell in yuan: a double that holds every amount in fen below 2^53 exactly enough to round back
     * to the same two decimals). A formula is not taken: its value is whatever the spreadsheet computed last.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> FORMULA_CELL;
            case BLANK, _NONE, ERROR -> null;
        };
    }

    /** What a formula cell reads as: no valid value of any column, so the row names the cell. */
    static final String FORMULA_CELL = "=(formula)";

    static boolean isFormula(String cell) {
        return FORMULA_CELL.equals(cell);
    }

}
