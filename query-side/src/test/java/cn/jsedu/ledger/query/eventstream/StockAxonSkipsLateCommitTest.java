package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.support.QuietServer;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Negative control: the same late commit that {@link XidOrderedEventSource} survives makes stock Axon 4.13 skip
 * an event for good (#4829), which proves these tests can see the bug. Stock Axon's global-index stream keeps a
 * hole open only while the event after it is younger than the gap timeout; a reader that meets that event later
 * (it lagged, restarted, or the other transaction committed slowly) drops the hole, and the late event with it.
 */
class StockAxonSkipsLateCommitTest {

    private static final int GAP_TIMEOUT_MS = 1000;

    /** The stream's read bound is the server's: a server no query side runs on (see QuietServer). */
    private static final DataSource DB = QuietServer.dataSource();

    private final JdbcEventStorageEngine stock = JdbcEventStorageEngine.builder()
            .connectionProvider(new DataSourceConnectionProvider(DB))
            .transactionManager(NoTransactionManager.INSTANCE)
            .eventSerializer(TestEvents.SERIALIZER).snapshotSerializer(TestEvents.SERIALIZER)
            .schema(EventSchema.builder()
                    .eventTable("event_store.domain_event_entry").snapshotTable("event_store.snapshot_event_entry")
                    .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                    .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                    .typeColumn("type").timestampColumn("time_stamp").payloadTypeColumn("payload_type")
                    .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                    .build())
            .dataType(byte[].class)
            .gapTimeout(GAP_TIMEOUT_MS)
            .build();

    private final XidOrderedEventSource ours = new XidOrderedEventSource(DB, TestEvents.SERIALIZER,
            NoOpEventUpcaster.INSTANCE, 100, Duration.ofMillis(20));

    @Test
    void stockAxonSkipsAnEventCommittedAfterTheGapTimeoutAndOursDoesNot() throws InterruptedException {
        TrackingToken stockPosition = stock.createHeadToken();
        XidIndexToken ourStart = ours.createHeadToken();
        List<String> stockSaw = new ArrayList<>();

        String late;
        String other;
        try (TestEvents.Writer slow = new TestEvents.Writer(DB)) {
            late = slow.insertInstallment();                 // takes the lower global index, commits last
            other = XidOrderedEventSourceTest.commitOne();
            Instant otherStamped = Instant.now();
            // The reader meets the other event only once it is older than the gap timeout.
            await().atMost(XidOrderedEventSourceTest.PATIENCE)
                    .until(() -> Instant.now().isAfter(otherStamped.plusMillis(GAP_TIMEOUT_MS + 200)));
            stockPosition = readStock(stockPosition, stockSaw);
            assertThat(stockSaw).contains(other).doesNotContain(late);
            slow.commit();
        }
        String afterwards = XidOrderedEventSourceTest.commitOne();
        readStock(stockPosition, stockSaw);

        assertThat(stockSaw).as("stock Axon went on past the late event").contains(afterwards);
        assertThat(stockSaw).as("and never delivered it").doesNotContain(late);
        List<String> oursSaw = XidOrderedEventSourceTest.read(ours.openStream(ourStart), 3).stream()
                .map(TrackedEventMessage::getIdentifier).toList();
        assertThat(oursSaw).containsExactly(late, other, afterwards);
        ours.close();
    }

    private TrackingToken readStock(TrackingToken from, List<String> saw) {
        TrackingToken position = from;
        for (TrackedEventMessage<?> event : stock.readEvents(from, false).toList()) {
            saw.add(event.getIdentifier());
            position = event.trackingToken();
        }
        return position;
    }
}
