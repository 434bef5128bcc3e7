package cn.jsedu.ledger.query.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How an export writes an instant: in the ledger's time zone ({@code ledger.time-zone}, Beijing time), as the console
 * shows times, with the offset appended ({@code 2026-01-01 08:00:00+08:00}) so that the instant stays unambiguous for
 * a reader elsewhere and for a program ({@link #FORMAT} parses it back to an {@link java.time.OffsetDateTime}).
 */
public final class ExportTimes {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private ExportTimes() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.atZone(zone));
    }
}
