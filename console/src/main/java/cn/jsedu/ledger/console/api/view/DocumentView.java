package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.util.List;

/**
 * One element of the query API's {@code GET /api/v1/platforms/{id}/documents} (ADR 0021): an evidence document of the
 * platform, by its SHA-256, with its type as decided at upload, size, name, uploader and every event citing it.
 */
public record DocumentView(String sha256, String mediaType, long sizeBytes, String fileName, String uploadedBy,
                           Instant uploadedAt, List<Citation> citations) {

    public DocumentView {
        citations = citations == null ? List.of() : citations;
    }

    /** An event of the platform citing the document: its type (simple name) and the entry or finding it records. */
    public record Citation(String eventId, long sequenceNumber, String eventType, String subjectId, Instant citedAt) {
    }
}
