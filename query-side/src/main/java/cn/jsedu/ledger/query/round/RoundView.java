package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.RoundKind;

import java.time.Instant;
import java.time.LocalDate;

/** An evaluation round as the list shows it; {@code version} is its last event's sequence number. */
public record RoundView(String roundId, String programmeId, RoundKind kind, String kindZh, int year, Integer batch,
                        LocalDate referenceDate, String schemeId, int schemeVersion, RoundStatus status,
                        String openedBy, Instant openedAt, Instant publishedAt, long version) {
}
