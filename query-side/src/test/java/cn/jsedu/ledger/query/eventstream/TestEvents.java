package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.support.json.LedgerJson;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/** Writes event rows exactly as the command side's JdbcEventStorageEngine does, one JDBC transaction per writer. */
final class TestEvents {

    /** The query side's event serializer, built as EventStreamConfig builds it. */
    static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();

    private TestEvents() {
    }

    static InstallmentRecordedEvent installment(String platformId) {
        return new InstallmentRecordedEvent(platformId, "E-" + UUID.randomUUID(), FundingSource.PROVINCIAL_FINANCE,
                "PARTY-1", ContributionForm.CASH, Money.parse("1500.25"), LocalDate.of(2025, 3, 1), "V-1", null);
    }

    /** Commits {@code count} events, each in its own transaction on a new platform; returns their identifiers. */
    static List<String> commitInstallments(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (Writer writer = new Writer()) {
                ids.add(writer.insertInstallment());
                writer.commit();
            }
        }
        return ids;
    }

    /** Commits {@code count} events on new platforms in one transaction; returns their identifiers. */
    static List<String> commitInstallmentsTogether(int count) {
        List<String> ids = new ArrayList<>();
        try (Writer writer = new Writer()) {
            for (int i = 0; i < count; i++) {
                ids.add(writer.insertInstallment());
            }
            writer.commit();
        }
        return ids;
    }

    /** One database transaction of a command-side writer, kept open until commit or rollback. */
    static final class Writer implements AutoCloseable {

        private final Connection connection;

        Writer() {
            this(TestDatabase.dataSource());
        }

        Writer(javax.sql.DataSource database) {
            try {
                connection = database.getConnection();
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Makes PostgreSQL assign this transaction its id now, as any earlier write in it would. */
        long takeXid() {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_current_xact_id()::text");
                 ResultSet resultSet = statement.executeQuery()) {
                resultSet.next();
                return Long.parseLong(resultSet.getString(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        String insertInstallment() {
            String platformId = "P-" + UUID.randomUUID();
            return insert(installment(platformId), platformId, 0, Instant.now(), MetaData.with("user", "tester"));
        }

        String insert(Object payload, String aggregateId, long sequence, Instant timestamp, MetaData metaData) {
            SerializedObject<byte[]> data = SERIALIZER.serialize(payload, byte[].class);
            return insertRaw(aggregateId, sequence, timestamp, data.getType().getName(),
                    data.getType().getRevision(), data.getData(), metaData);
        }

        String insertRaw(String aggregateId, long sequence, Instant timestamp, String payloadType, String revision,
                         byte[] payload, MetaData metaData) {
            String eventId = UUID.randomUUID().toString();
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, 'Platform', ?, ?, ?, ?, ?)""")) {
                statement.setString(1, eventId);
                statement.setString(2, aggregateId);
                statement.setLong(3, sequence);
                statement.setString(4, formatInstant(timestamp));
                statement.setString(5, payloadType);
                statement.setString(6, revision);
                statement.setBytes(7, payload);
                statement.setBytes(8, SERIALIZER.serialize(metaData, byte[].class).getData());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return eventId;
        }

        /** Rewrites the transaction id of a row this writer inserted: for ordering tests only. */
        void forgeTxId(String eventId, long txId) {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE event_store.domain_event_entry "
                    + "SET tx_id = CAST(CAST(? AS text) AS xid8) WHERE event_identifier = ?")) {
                statement.setString(1, Long.toString(txId));
                statement.setString(2, eventId);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void commit() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void rollback() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close(); // rolls back whatever was not committed
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
