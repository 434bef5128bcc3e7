package cn.jsedu.ledger.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an exported CSV back as a program would: past the byte-order mark and the row of Chinese labels, with the
 * keys of the second row as the header of the records that follow.
 */
public final class CsvReadBack {

    public record Csv(List<String> labels, List<String> keys, List<CSVRecord> rows) {
    }

    private CsvReadBack() {
    }

    public static Csv read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvExport.BOM); // so that Excel reads it as UTF-8
        try (CSVParser all = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            List<CSVRecord> records = all.getRecords();
            List<String> labels = records.get(0).toList();
            List<String> keys = records.get(1).toList();
            try (CSVParser keyed = CSVFormat.RFC4180.builder().setHeader(keys.toArray(String[]::new)).get()
                    .parse(new StringReader(text.substring(1)))) {
                List<CSVRecord> rows = keyed.getRecords();
                return new Csv(labels, keys, rows.subList(2, rows.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
