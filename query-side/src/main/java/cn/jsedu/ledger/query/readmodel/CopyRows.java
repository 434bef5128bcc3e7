package cn.jsedu.ledger.query.readmodel;

import org.postgresql.jdbc.TimestampUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Rows of one table in PostgreSQL's COPY text format, growing in memory until they are sent. A value is written as
 * the text the JDBC driver would have bound for it as a statement parameter (timestamps and dates through the
 * driver's own formatter), so a row copied here is the row the same INSERT would have stored.
 */
final class CopyRows {

    private final String copySql;
    private final TimestampUtils timestamps;
    private byte[] bytes = new byte[8192];
    private int length;
    private int rows;

    CopyRows(String copySql, TimestampUtils timestamps) {
        this.copySql = copySql;
        this.timestamps = timestamps;
    }

    /** Whether every value is of a type this class writes exactly as the driver binds it (else: run the INSERT). */
    static boolean copyable(Object[] args) {
        for (Object arg : args) {
            if (!(arg == null || arg instanceof String || arg instanceof Long || arg instanceof Integer
                    || arg instanceof Short || arg instanceof Boolean || arg instanceof BigDecimal
                    || arg instanceof LocalDate || arg instanceof OffsetDateTime)) {
                return false;
            }
        }
        return true;
    }

    void add(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(args[i]);
        }
        put((byte) '\n');
        rows++;
    }

    private void value(Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof BigDecimal decimal) {
            ascii(decimal.toPlainString());
        } else if (value instanceof Boolean bool) {
            put((byte) (bool ? 't' : 'f'));
        } else if (value instanceof OffsetDateTime time) {
            ascii(timestamps.toString(time));
        } else if (value instanceof LocalDate date) {
            ascii(timestamps.toString(date));
        } else {
            ascii(value.toString());
        }
    }

    /**
     * COPY text escapes: backslash, and the three characters that would end a field or a row. Escaped on the UTF-8
     * bytes: every byte of a multi-byte character is 0x80 or above, so none of them can be taken for these.
     */
    private void text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length * 2);
        for (byte b : utf8) {
            switch (b) {
                case '\\' -> escaped((byte) '\\');
                case '\t' -> escaped((byte) 't');
                case '\n' -> escaped((byte) 'n');
                case '\r' -> escaped((byte) 'r');
                default -> bytes[length++] = b;
            }
        }
    }

    private void escaped(byte b) {
        bytes[length++] = '\\';
        bytes[length++] = b;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    String copySql() {
        return copySql;
    }

    int size() {
        return length;
    }

    int rows() {
        return rows;
    }

    byte[] bytes() {
        return bytes;
    }
}
