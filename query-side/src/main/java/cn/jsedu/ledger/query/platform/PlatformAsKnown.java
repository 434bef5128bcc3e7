package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.LocalDate;

/**
 * A platform as the ledger knew it at one recording time (docs/domain.md §5): its version (the last event recorded
 * by then), status and construction period (null until approved). An answer "as known at T" takes these from T,
 * never from today's row; an answer as known now takes them from the platform row.
 */
public record PlatformAsKnown(String platformId, long version, PlatformStatus status, LocalDate constructionStart,
                              LocalDate constructionEnd) {

    /** The platform as known now: its read-model row. */
    public static PlatformAsKnown of(PlatformRow row) {
        return new PlatformAsKnown(row.platformId(), row.version(), row.status(), row.constructionStart(),
                row.constructionEnd());
    }
}
