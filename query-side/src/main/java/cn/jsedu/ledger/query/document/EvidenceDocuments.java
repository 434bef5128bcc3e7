package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Evidence documents as stored in the event store's tables (ADR 0021), with the citations of the read model: a
 * platform's documents, one document's bytes for download, and their verification. A document belongs to the
 * platforms it was uploaded to; asked for through any other platform it does not exist.
 */
@Repository
public class EvidenceDocuments {

    /** File name extensions of the stored media types, for downloads. */
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
            "image/jpeg", "jpg", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final JdbcTemplate jdbc;

    public EvidenceDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored document's bytes and type. */
    public record Content(String sha256, String mediaType, byte[] bytes) {

        public String fileName() {
            return sha256 + "." + extension(mediaType);
        }
    }

    public static String extension(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, "bin");
    }

    public List<DocumentView> ofPlatform(String platformId) {
        Map<String, List<DocumentView.Citation>> citations = jdbc.query("""
                SELECT sha256, event_id, sequence_number, event_type, subject_id, cited_at
                FROM read_model.document_citation WHERE platform_id = ? ORDER BY sequence_number""", (rs, i) ->
                Map.entry(rs.getString("sha256"), new DocumentView.Citation(rs.getString("event_id"),
                        rs.getLong("sequence_number"), rs.getString("event_type"), rs.getString("subject_id"),
                        Sql.instant(rs, "cited_at"))), platformId).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
        return jdbc.query("""
                SELECT d.sha256, d.media_type, d.size_bytes, u.file_name, u.uploaded_by, u.uploaded_at
                FROM event_store.evidence_document_upload u JOIN event_store.evidence_document d USING (sha256)
                WHERE u.platform_id = ? ORDER BY u.uploaded_at, d.sha256""", (rs, i) -> new DocumentView(
                rs.getString("sha256"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("file_name"),
                rs.getString("uploaded_by"), Sql.instant(rs, "uploaded_at"),
                "/api/v1/platforms/" + platformId + "/documents/" + rs.getString("sha256"),
                citations.getOrDefault(rs.getString("sha256"), List.of())), platformId);
    }

    /** The document, if it was uploaded to this platform. */
    public Optional<Content> content(String platformId, String sha256) {
        return jdbc.query("""
                SELECT d.sha256, d.media_type, d.content FROM event_store.evidence_document d
                JOIN event_store.evidence_document_upload u USING (sha256) WHERE u.platform_id = ? AND d.sha256 = ?""",
                (rs, i) -> new Content(rs.getString("sha256"), rs.getString("media_type"), rs.getBytes("content")),
                platformId, sha256).stream().findFirst();
    }

    /** Every document uploaded to the platform, one at a time (the export bundle). */
    public void eachOf(String platformId, Consumer<Content> document) {
        for (String sha256 : jdbc.queryForList("SELECT sha256 FROM event_store.evidence_document_upload "
                + "WHERE platform_id = ? ORDER BY sha256", String.class, platformId)) {
            content(platformId, sha256).ifPresent(document);
        }
    }

    /**
     * The platform's documents against their keys and its events' citations: every document uploaded to it whose
     * bytes no longer hash to its key (computed by PostgreSQL, so no document travels), every hash its stored events
     * cite that names no document uploaded to it.
     */
    public List<DocumentProblem> verify(String platformId) {
        List<DocumentProblem> problems = new ArrayList<>(jdbc.query("""
                SELECT d.sha256, encode(sha256(d.content), 'hex') AS actual FROM event_store.evidence_document d
                JOIN event_store.evidence_document_upload u USING (sha256)
                WHERE u.platform_id = ? AND encode(sha256(d.content), 'hex') <> d.sha256 ORDER BY d.sha256""",
                (rs, i) -> altered(rs.getString("sha256"), rs.getString("actual")), platformId));
        Set<String> cited = new LinkedHashSet<>();
        jdbc.query("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", rs -> {
            cited.addAll(CitedDocuments.in(rs.getBytes("payload")));
        }, platformId);
        if (!cited.isEmpty()) {
            Set<String> uploaded = Set.copyOf(jdbc.queryForList("SELECT sha256 FROM event_store.evidence_document_upload "
                    + "WHERE platform_id = ?", String.class, platformId));
            cited.stream().filter(h -> !uploaded.contains(h)).forEach(h -> problems.add(new DocumentProblem(h,
                    DocumentProblem.Kind.MISSING, "an event of the platform cites it; no such document is stored")));
        }
        return problems;
    }

    /** Every stored document of the programme whose bytes no longer hash to its key. */
    public List<DocumentProblem> alteredAnywhere() {
        return jdbc.query("""
                SELECT sha256, encode(sha256(content), 'hex') AS actual FROM event_store.evidence_document
                WHERE encode(sha256(content), 'hex') <> sha256 ORDER BY sha256""",
                (rs, i) -> altered(rs.getString("sha256"), rs.getString("actual")));
    }

    private static DocumentProblem altered(String sha256, String actual) {
        return new DocumentProblem(sha256, DocumentProblem.Kind.ALTERED,
                "the stored bytes hash to " + actual + ", not to the document's key");
    }
}
