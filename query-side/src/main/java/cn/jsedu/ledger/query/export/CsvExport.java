package cn.jsedu.ledger.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180, Commons CSV) with the columns' keys as the header and values exactly as the API gives them (money as
 * decimal strings). UTF-8 with a byte-order mark, because that is how Excel recognises UTF-8 and shows Chinese.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM); // before the header, which the printer writes when it is created
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(table.columns().stream().map(ExportTable.Column::key).toArray(String[]::new)).get());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(value == null ? "" : String.valueOf(value)));
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
