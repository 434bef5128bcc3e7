package cn.jsedu.ledger.command.document;

import cn.jsedu.ledger.command.platform.Evidence;
import cn.jsedu.ledger.kernel.document.DocumentHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evidence documents in the event store's tables (docs/adr/0021): stored once per content (the key is its SHA-256),
 * linked to each platform it was uploaded to; never updated or deleted (the database refuses it). Also answers the
 * platform's questions about what a command cites ({@link Evidence}), in the command's transaction.
 */
@Repository
public class EvidenceDocumentStore implements Evidence {

    private final JdbcTemplate jdbc;

    public EvidenceDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What an upload stored: the document's hash, type and size, and whether these bytes were new to the ledger. */
    public record Stored(DocumentHash hash, DocumentType type, long sizeBytes, boolean newContent) {
    }

    /** Stores the content (once, whoever uploads it) and links it to the platform (once per platform). */
    @Transactional
    public Stored store(String platformId, byte[] content, DocumentType type, String fileName, String uploadedBy) {
        DocumentHash hash = DocumentHash.of(content);
        int inserted = jdbc.update("""
                INSERT INTO event_store.evidence_document (sha256, media_type, size_bytes, content) VALUES (?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING""", hash.value(), type.mediaType(), (long) content.length, content);
        jdbc.update("""
                INSERT INTO event_store.evidence_document_upload (platform_id, sha256, file_name, uploaded_by)
                VALUES (?, ?, ?, ?) ON CONFLICT (platform_id, sha256) DO NOTHING""",
                platformId, hash.value(), fileName, uploadedBy);
        return new Stored(hash, type, content.length, inserted == 1);
    }

    @Override
    public List<String> documentsNotUploaded(String platformId, List<String> hashes) {
        Set<String> uploaded = new HashSet<>(inList("""
                SELECT sha256 FROM event_store.evidence_document_upload WHERE platform_id = ? AND sha256 IN (%s)""",
                platformId, hashes));
        return hashes.stream().filter(h -> !uploaded.contains(h)).toList();
    }

    @Override
    public List<String> eventsNotOfPlatform(String platformId, List<String> eventIds) {
        Set<String> known = new HashSet<>(inList("""
                SELECT event_identifier FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND event_identifier IN (%s)""", platformId, eventIds));
        return eventIds.stream().filter(id -> !known.contains(id)).toList();
    }

    private List<String> inList(String sql, String platformId, List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Object[] arguments = new Object[values.size() + 1];
        arguments[0] = platformId;
        for (int i = 0; i < values.size(); i++) {
            arguments[i + 1] = values.get(i);
        }
        return jdbc.queryForList(sql.formatted(String.join(", ", Collections.nCopies(values.size(), "?"))),
                String.class, arguments);
    }
}
