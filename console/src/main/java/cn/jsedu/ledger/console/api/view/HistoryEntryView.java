package cn.jsedu.ledger.console.api.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One element of the query API's {@code GET /api/v1/platforms/{id}/history}: a stored event and who caused it. */
public record HistoryEntryView(long sequenceNumber, long globalIndex, String eventId, String type, String revision,
                               Instant recordedAt, String user, String role, String college, String clientAddress,
                               String reason, String decisionRef, String idempotencyKey, String correlationId,
                               JsonNode payload) {
}
