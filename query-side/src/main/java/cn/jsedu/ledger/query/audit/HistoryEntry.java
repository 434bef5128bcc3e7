package cn.jsedu.ledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One stored event as an auditor reads it: its place in the stream, what it says (the payload exactly as
 * stored), who recorded it in which role, when, why, and for which request; {@code documents}, the evidence documents
 * it cites (their hashes, as in its payload; each downloads from {@code /api/v1/platforms/{id}/documents/{sha256}}).
 */
public record HistoryEntry(long sequenceNumber, long globalIndex, String eventId, String type, String revision,
                           Instant recordedAt, String user, String role, String college, String clientAddress,
                           String reason, String decisionRef, String idempotencyKey, String correlationId,
                           JsonNode payload, List<String> documents) {
}
