package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.signing.AppendSigner;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Axon's event insert, with each event's chain hashes and the command side's signature (ADR 0010): the event is
 * serialized once, hashed over exactly the bytes and text that are stored, chained to the previous event of its
 * aggregate; then the last event of each aggregate in the batch is signed for the batch's events of that aggregate,
 * and all are inserted. Axon appends a unit of work's events in one batch, so that is one signature per platform
 * per transaction.
 *
 * <p>The previous event is either earlier in the same batch, or the last one this instance committed for the aggregate
 * ({@link ChainHeads}: no read), or already stored: the aggregate was loaded at that
 * sequence, so it is committed (or written earlier in this same transaction, on this connection). No lock is
 * needed: if another transaction appends the same sequence first, the unique (aggregate, sequence) index refuses
 * this insert, Axon reports a concurrency failure and the command is retried on fresh state (ADR 0005).
 */
final class ChainedAppendEvents implements AppendEventsStatementBuilder {

    private final AppendSigner signer;
    private final ChainHeads heads;

    ChainedAppendEvents(AppendSigner signer, ChainHeads heads) {
        this.signer = signer;
        this.heads = heads;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("the event chain hashes stored bytes: configure dataType byte[]");
        }
        List<StoredEventRow> rows = new ArrayList<>(events.size());
        Map<String, StoredEventRow> lastInBatch = new HashMap<>();
        Map<String, Long> firstInBatch = new LinkedHashMap<>();
        for (EventMessage<?> message : events) {
            StoredEventRow row = stored(asDomainEvent(message), serializer);
            StoredEventRow chained = row.chainedTo(previousHash(connection, schema, row, lastInBatch, heads));
            rows.add(chained);
            lastInBatch.put(chained.aggregateIdentifier(), chained);
            firstInBatch.putIfAbsent(chained.aggregateIdentifier(), chained.sequenceNumber());
        }
        remember(lastInBatch);
        PreparedStatement insert = connection.prepareStatement(insertSql(schema));
        try {
            for (StoredEventRow row : rows) {
                bind(insert, lastInBatch.get(row.aggregateIdentifier()) == row ? row.signedWith(signer.sign(
                        row.aggregateIdentifier(), firstInBatch.get(row.aggregateIdentifier()), row.sequenceNumber(),
                        row.eventHash())) : row);
                insert.addBatch();
            }
            return insert;
        } catch (SQLException | RuntimeException e) {
            insert.close();
            throw e;
        }
    }

    /** The new heads count once they are committed: a rolled-back append leaves no trace here. */
    private void remember(Map<String, StoredEventRow> lastInBatch) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<String, ChainHeads.Head> newHeads = new HashMap<>();
        lastInBatch.forEach((platform, row) -> newHeads.put(platform,
                new ChainHeads.Head(row.sequenceNumber(), row.eventHash())));
        CurrentUnitOfWork.get().root().afterCommit(u -> heads.committed(newHeads));
    }

    private static StoredEventRow stored(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        // The timestamp text Axon's JDBC engine writes (writeTimestamp) and reads back; it is hashed as stored.
        return new StoredEventRow(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getType(), formatInstant(event.getTimestamp()), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metaData.getData(), null, null);
    }

    private static byte[] previousHash(Connection connection, EventSchema schema, StoredEventRow row,
                                       Map<String, StoredEventRow> lastInBatch, ChainHeads heads)
            throws SQLException {
        long sequence = row.sequenceNumber();
        if (sequence == 0) {
            return EventHash.genesis();
        }
        StoredEventRow earlier = lastInBatch.get(row.aggregateIdentifier());
        if (earlier != null && earlier.sequenceNumber() == sequence - 1) {
            return earlier.eventHash();
        }
        byte[] committed = heads.hashAt(row.aggregateIdentifier(), sequence - 1);
        if (committed != null) {
            return committed;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT event_hash FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND "
                + schema.sequenceNumberColumn() + " = ?")) {
            select.setString(1, row.aggregateIdentifier());
            select.setLong(2, sequence - 1);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    // The aggregate was loaded past an event that is not there: the store has been altered.
                    throw new IllegalStateException("cannot chain event %d of %s: event %d is missing from the event "
                            .formatted(sequence, row.aggregateIdentifier(), sequence - 1) + "store");
                }
                byte[] previous = result.getBytes(1);
                // A predecessor written outside this path has no hash; verification names it (HASH_MISSING).
                return previous != null ? previous : EventHash.genesis();
            }
        }
    }

    private static String insertSql(EventSchema schema) {
        return "INSERT INTO " + schema.domainEventTable() + " (" + String.join(", ", schema.eventIdentifierColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.typeColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn()) + ", previous_hash, event_hash, signed_from, "
                + "signature_key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static void bind(PreparedStatement insert, StoredEventRow row) throws SQLException {
        insert.setString(1, row.eventIdentifier());
        insert.setString(2, row.aggregateIdentifier());
        insert.setLong(3, row.sequenceNumber());
        insert.setString(4, row.type());
        insert.setString(5, row.timestamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
        insert.setBytes(10, row.previousHash());
        insert.setBytes(11, row.eventHash());
        AppendSignature signature = row.signature();
        if (signature == null) {
            insert.setNull(12, Types.BIGINT);
            insert.setNull(13, Types.VARCHAR);
            insert.setNull(14, Types.BINARY);
        } else {
            insert.setLong(12, signature.signedFrom());
            insert.setString(13, signature.keyId());
            insert.setBytes(14, signature.signature());
        }
    }

    /** As Axon's default statement does: a plain event is stored as a domain event of its own, sequence 0. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
