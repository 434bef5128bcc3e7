package cn.jsedu.ledger.console.api.view;

import java.time.Instant;

/** The query API's {@code GET /api/v1/platforms/{id}/verification}: the hash chain checked against a checkpoint. */
public record VerificationReportView(String platformId, boolean valid, long events, Head head, CheckpointRef checkpoint,
                                     Broken firstBroken, Instant verifiedAt) {

    public record Head(long sequenceNumber, String eventHash) {
    }

    public record CheckpointRef(long counter, Instant createdAt, Long sequenceNumber, String headHash) {
    }

    public record Broken(long sequenceNumber, String eventId, String problem, String detail) {
    }
}
