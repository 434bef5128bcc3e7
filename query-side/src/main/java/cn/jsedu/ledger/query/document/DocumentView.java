package cn.jsedu.ledger.query.document;

import java.time.Instant;
import java.util.List;

/**
 * An evidence document of a platform: its hash (its identity and the end of its download path), its type decided at
 * upload, size, name and uploader, and every event of the platform that cites it.
 */
public record DocumentView(String sha256, String mediaType, long sizeBytes, String fileName, String uploadedBy,
                           Instant uploadedAt, String downloadPath, List<Citation> citations) {

    public record Citation(String eventId, long sequenceNumber, String eventType, String subjectId, Instant citedAt) {
    }
}
