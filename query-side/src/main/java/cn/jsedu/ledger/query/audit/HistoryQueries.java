package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.query.document.CitedDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * A platform's full history read straight from the event store, not from a read model: an auditor sees what
 * is stored, byte for byte parsed as JSON, with the metadata of every event.
 */
@Repository
public class HistoryQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public HistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<HistoryEntry> history(String platformId) {
        return jdbc.query("""
                SELECT global_index, event_identifier, sequence_number, payload_type, payload_revision, time_stamp,
                  payload, meta_data FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", (rs, i) -> {
            JsonNode meta = parse(rs.getBytes("meta_data"));
            JsonNode payload = parse(rs.getBytes("payload"));
            String type = rs.getString("payload_type");
            return new HistoryEntry(rs.getLong("sequence_number"), rs.getLong("global_index"),
                    rs.getString("event_identifier"), type.substring(type.lastIndexOf('.') + 1),
                    rs.getString("payload_revision"), Instant.parse(rs.getString("time_stamp")),
                    text(meta, EventMetadataKeys.USER), text(meta, EventMetadataKeys.ROLE),
                    text(meta, EventMetadataKeys.COLLEGE), text(meta, EventMetadataKeys.CLIENT_ADDRESS),
                    text(meta, EventMetadataKeys.REASON), text(meta, EventMetadataKeys.DECISION_REF),
                    text(meta, EventMetadataKeys.IDEMPOTENCY_KEY), text(meta, EventMetadataKeys.CORRELATION_ID),
                    payload, CitedDocuments.in(payload));
        }, platformId);
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event is not JSON", e);
        }
    }

    private static String text(JsonNode meta, String key) {
        JsonNode value = meta.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
