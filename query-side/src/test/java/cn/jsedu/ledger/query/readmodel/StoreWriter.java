package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.support.json.LedgerJson;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Appends events to a test database's event store as the command side's JDBC engine does (serializer, revisions,
 * timestamp text, per-platform sequence numbers), one transaction per call. Remembers the ids of the money events,
 * each of which must end up as exactly one ledger line.
 */
final class StoreWriter {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();

    private final DataSource database;
    private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();
    private final List<String> moneyEvents = java.util.Collections.synchronizedList(new ArrayList<>());

    StoreWriter(DataSource database) {
        this.database = database;
    }

    /** The events of one platform (or more of it), in one transaction; returns their ids. */
    List<String> append(String platformId, List<?> payloads) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                         sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                     VALUES (?, ?, ?, 'Platform', ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(false);
            for (Object payload : payloads) {
                String eventId = UUID.randomUUID().toString();
                SerializedObject<byte[]> data = SERIALIZER.serialize(payload, byte[].class);
                insert.setString(1, eventId);
                insert.setString(2, platformId);
                insert.setLong(3, nextSequence.merge(platformId, 1L, Long::sum) - 1);
                insert.setString(4, formatInstant(Instant.now()));
                insert.setString(5, data.getType().getName());
                insert.setString(6, data.getType().getRevision());
                insert.setBytes(7, data.getData());
                insert.setBytes(8, SERIALIZER.serialize(MetaData.with("user", "tester"), byte[].class).getData());
                insert.addBatch();
                ids.add(eventId);
                if (payload instanceof MoneyEntryEvent || payload instanceof AdjustmentRecordedEvent) {
                    moneyEvents.add(eventId);
                }
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    List<String> moneyEvents() {
        synchronized (moneyEvents) {
            return List.copyOf(moneyEvents);
        }
    }
}
