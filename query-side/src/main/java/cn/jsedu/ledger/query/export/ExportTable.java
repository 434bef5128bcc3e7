package cn.jsedu.ledger.query.export;

import java.util.List;

/**
 * A table to export, independent of the file format: columns with a Chinese label (the header a reader sees) and a
 * stable key (the API's field name, the header a program reads: the second header row), and rows of values: money as
 * the exact decimal string, numbers, percentages (a {@link java.math.BigDecimal} in percent, 73.44 for 73.44 %),
 * booleans, dates or text (times are text written by {@link ExportTimes}).
 */
public record ExportTable(String sheet, List<Column> columns, List<List<Object>> rows) {

    public enum Kind { TEXT, MONEY, NUMBER, PERCENT, BOOLEAN, DATE }

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

    public static Column percent(String key, String label) {
        return new Column(key, label, Kind.PERCENT);
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
