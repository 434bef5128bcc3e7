package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.support.json.LedgerJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * One province's event store, a PostgreSQL server of its own as each province runs its own: stopped and started
 * again on the same data folder and port, like a real outage. Events are written as the command side's
 * JdbcEventStorageEngine writes them, with the command side's serializer.
 */
final class ProvincialStore implements AutoCloseable {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    ProvincialStore() {
        try {
            this.data = Files.createTempDirectory("province");
            try (ServerSocket socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Flyway.configure().dataSource(server.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/event-store").load().migrate();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    void stop() throws IOException {
        server.close();
    }

    /** Appends {@code events} in one transaction, with their own identifiers, sequence numbers and timestamps. */
    void append(List<? extends DomainEventMessage<?>> events) {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (DomainEventMessage<?> event : events) {
                    SerializedObject<byte[]> payload = SERIALIZER.serialize(event.getPayload(), byte[].class);
                    statement.setString(1, event.getIdentifier());
                    statement.setString(2, event.getAggregateIdentifier());
                    statement.setLong(3, event.getSequenceNumber());
                    statement.setString(4, event.getType());
                    statement.setString(5, formatInstant(event.getTimestamp()));
                    statement.setString(6, payload.getType().getName());
                    statement.setString(7, payload.getType().getRevision());
                    statement.setBytes(8, payload.getData());
                    statement.setBytes(9, SERIALIZER.serialize(event.getMetaData(), byte[].class).getData());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
