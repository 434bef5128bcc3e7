package cn.jsedu.ledger.query.export;

import java.util.List;

/**
 * A table to export, independent of the file format: columns with a stable key (the API's field name, the CSV
 * header) and a Chinese label (the spreadsheet's header), and rows of values: money as the exact decimal string,
 * numbers, booleans, dates or text.
 */
public record ExportTable(String sheet, List<Column> columns, List<List<Object>> rows) {

    public enum Kind { TEXT, MONEY, NUMBER, BOOLEAN, DATE }

    public record Column(String key, String label, Kind kind) {
    }

    public static Column text(String key, String label) {
        return new Column(key, label, Kind.TEXT);
    }

    public static Column money(String key, String label) {
        return new Column(key, label, Kind.MONEY);
    }

    public static Column number(String key, String label) {
        return new Column(key, label, Kind.NUMBER);
    }

    public static Column flag(String key, String label) {
        return new Column(key, label, Kind.BOOLEAN);
    }

    public static Column date(String key, String label) {
        return new Column(key, label, Kind.DATE);
    }

    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }
}
