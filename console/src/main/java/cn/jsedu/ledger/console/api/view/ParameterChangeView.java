package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One element of the query API's {@code GET /api/v1/programmes/{id}/parameter-changes}: an approved rule change as
 * recorded, what it sets from when, why, and who proposed and who approved it (four eyes).
 */
public record ParameterChangeView(long sequenceNumber, LocalDate effectiveFrom, Instant recordedAt,
                                  Map<String, String> changes, String reason, String decisionRef, String proposalId,
                                  String proposedBy, String approvedBy, String eventId) {
}
