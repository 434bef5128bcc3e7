package cn.jsedu.ledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: its place in the stream, what it says (the payload exactly as
 * stored), who recorded it in which role, when, why, and for which request.
 */
public record HistoryEntry(long sequenceNumber, long globalIndex, String eventId, String type, String revision,
                           Instant recordedAt, String user, String role, String college, String clientAddress,
                           String reason, String decisionRef, String idempotencyKey, String correlationId,
                           JsonNode payload) {
}
