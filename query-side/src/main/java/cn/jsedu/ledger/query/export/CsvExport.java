package cn.jsedu.ledger.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV (RFC 4180, Commons CSV) with two header rows: the columns' Chinese labels, for the people who open the file,
 * then their keys (the API's field names), for the programs that read it: a program skips the first row and reads the
 * second as its header. Values exactly as the API gives them: money as decimal strings in yuan, percentages as
 * decimals in percent ({@code 73.44}), times in Beijing time with their offset. UTF-8 with a byte-order mark, because
 * that is how Excel recognises UTF-8 and shows Chinese.
 *
 * <p>One exception to "exactly": a cell that a spreadsheet would run as a formula (CSV injection, OWASP) gets a
 * leading single quote, so that it opens as text. A voucher reference {@code =HYPERLINK(...)} typed by a user must
 * not become a link, a call or a lookup on the auditor's machine. Money and numbers stay numbers: in a money or
 * number column a plain decimal number (a negative amount {@code -1200.00} included) is written as it is; anything
 * else there, and every text cell, is neutralised when it starts with a formula character.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BOM = '\uFEFF';
    /** What a spreadsheet may read as the start of a formula: OWASP's list (=, +, -, @, tab, carriage return). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvExport() {
    }

    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(table.columns().stream().map(c -> cell(c.label(), ExportTable.Kind.TEXT)));
            csv.printRecord(table.columns().stream().map(ExportTable.Column::key));
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(cell(row.get(i), table.columns().get(i).kind()));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(Object value, ExportTable.Kind kind) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        boolean number = (kind == ExportTable.Kind.MONEY || kind == ExportTable.Kind.NUMBER
                || kind == ExportTable.Kind.PERCENT)
                && PLAIN_NUMBER.matcher(text).matches();
        return !number && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
