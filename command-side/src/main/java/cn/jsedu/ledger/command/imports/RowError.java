package cn.jsedu.ledger.command.imports;

/**
 * One error of an imported file, as the problem detail lists it: the row as a spreadsheet numbers it, the column by
 * its key and its Chinese label (as the export heads it), the error code, and the message in English and in Chinese.
 * {@code column} is null where no one column is to blame (the platform's status).
 */
public record RowError(int row, String column, String columnLabel, String code, String message, String messageZh)
        implements Comparable<RowError> {

    @Override
    public int compareTo(RowError other) {
        return Integer.compare(row, other.row);
    }
}
