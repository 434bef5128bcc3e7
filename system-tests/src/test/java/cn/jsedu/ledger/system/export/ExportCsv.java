package cn.jsedu.ledger.system.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exported CSV read as a program reads it (docs/api.md, Exports): past the byte-order mark and the row of Chinese
 * labels, the keys of the second row as the header of the records that follow.
 */
record ExportCsv(List<String> labels, List<String> keys, List<CSVRecord> rows) {

    static ExportCsv read(Download.File file) throws IOException {
        String text = file.text();
        assertThat(text).startsWith("\uFEFF"); // so that Excel reads it as UTF-8
        try (CSVParser all = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            List<CSVRecord> records = all.getRecords();
            List<String> keys = records.get(1).toList();
            try (CSVParser keyed = CSVFormat.RFC4180.builder().setHeader(keys.toArray(String[]::new)).get()
                    .parse(new StringReader(text.substring(1)))) {
                List<CSVRecord> rows = keyed.getRecords();
                return new ExportCsv(records.get(0).toList(), keys, rows.subList(2, rows.size()));
            }
        }
    }

    /** The Chinese label of a column, by its key. */
    String label(String key) {
        return labels.get(keys.indexOf(key));
    }
}
