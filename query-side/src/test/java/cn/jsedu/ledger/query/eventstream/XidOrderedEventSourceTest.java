package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.query.support.QuietServer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The source against a real event table, without Spring: messages, tokens, batching and wake-up. On a server of its
 * own ({@link QuietServer}): what the stream may read depends on every transaction of the server.
 */
class XidOrderedEventSourceTest {

    /**
     * How long a test waits for an event to become readable: it takes only the commit and a poll interval, but a
     * busy machine may stall a thread for seconds. Only a failing test waits this long.
     */
    static final Duration PATIENCE = Duration.ofMinutes(1);

    static final DataSource DB = QuietServer.dataSource();

    /** A fetch size smaller than the test's batches, so reading across several queries is exercised. */
    private final XidOrderedEventSource source = new XidOrderedEventSource(DB,
            TestEvents.SERIALIZER, NoOpEventUpcaster.INSTANCE, 2, Duration.ofMillis(20));

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void streamsDomainEventMessagesWithEverythingTheCommandSideStored() throws InterruptedException {
        XidIndexToken head = source.createHeadToken();
        String platform = "P-" + UUID.randomUUID();
        Instant stamped = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<InstallmentRecordedEvent> payloads = List.of(TestEvents.installment(platform),
                TestEvents.installment(platform), TestEvents.installment(platform));
        long xid;
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            xid = writer.takeXid();
            for (int i = 0; i < payloads.size(); i++) {
                writer.insert(payloads.get(i), platform, i, stamped, MetaData.with("user", "u" + i));
            }
            writer.commit();
        }

        List<TrackedEventMessage<?>> read = read(source.openStream(head), 3);

        assertThat(read).allSatisfy(event -> assertThat(event).isInstanceOf(DomainEventMessage.class));
        for (int i = 0; i < 3; i++) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) read.get(i);
            assertThat(event.getAggregateIdentifier()).isEqualTo(platform);
            assertThat(event.getSequenceNumber()).isEqualTo(i);
            assertThat(event.getType()).isEqualTo("Platform");
            assertThat(event.getTimestamp()).isEqualTo(stamped);
            assertThat(event.getMetaData()).containsEntry("user", "u" + i);
            assertThat(event.getPayload()).isEqualTo(payloads.get(i));
            assertThat(((TrackedEventMessage<?>) event).trackingToken())
                    .isInstanceOfSatisfying(XidIndexToken.class, token -> assertThat(token.txId()).isEqualTo(xid));
        }
        assertThat(source.createHeadToken()).isEqualTo(read.get(2).trackingToken());
    }

    @Test
    void ordersTransactionIdsAsNumbersNotAsText() throws InterruptedException {
        String nine;
        String ten;
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            // Forged ids, far below any real one (so behind every processor): as text, "10" sorts before "9".
            ten = writer.insertInstallment();
            writer.forgeTxId(ten, 10);
            nine = writer.insertInstallment();
            writer.forgeTxId(nine, 9);
            writer.commit();
        }

        List<TrackedEventMessage<?>> read = read(source.openStream(new XidIndexToken(8, 0)), 2);

        assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactly(nine, ten);
    }

    /**
     * Documents the one ordering caveat (see XidOrderedEventSource): a command transaction that took its xid
     * before reading the aggregate and appends the next sequence is streamed before the sequence it read.
     */
    @Test
    void knownCaveat_anXidTakenBeforeReadingTheAggregatePutsItsNextSequenceFirst() throws InterruptedException {
        XidIndexToken head = source.createHeadToken();
        String platform = "P-" + UUID.randomUUID();
        String sequence0;
        String sequence1;
        try (TestEvents.Writer early = new TestEvents.Writer(DB); TestEvents.Writer other = new TestEvents.Writer(DB)) {
            early.takeXid(); // e.g. its idempotency key was inserted first
            sequence0 = other.insert(TestEvents.installment(platform), platform, 0, Instant.now(),
                    MetaData.emptyInstance());
            other.commit();
            sequence1 = early.insert(TestEvents.installment(platform), platform, 1, Instant.now(),
                    MetaData.emptyInstance());
            early.commit();
        }

        List<TrackedEventMessage<?>> read = read(source.openStream(head), 2);

        assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactly(sequence1, sequence0);
    }

    @Test
    void tokensAtTailAndAtATime() throws InterruptedException {
        Instant now = Instant.now();
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            String platform = "P-" + UUID.randomUUID();
            writer.insert(TestEvents.installment(platform), platform, 0, now.minusSeconds(3600),
                    MetaData.emptyInstance());
            writer.commit();
        }
        String recent;
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            recent = writer.insertInstallment();
            writer.commit();
        }

        List<TrackedEventMessage<?>> sinceNow = read(source.openStream(source.createTokenAt(now)), 1);

        assertThat(sinceNow).extracting(TrackedEventMessage::getIdentifier).containsExactly(recent);
        assertThat(source.createTokenAt(now.plusSeconds(3600))).isEqualTo(source.createHeadToken());
        assertThat(source.createTailToken()).isEqualTo(XidIndexToken.TAIL);
        try (BlockingStream<TrackedEventMessage<?>> all = source.openStream(null)) {
            assertThat(all.hasNextAvailable((int) PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anIdleStreamWakesItsConsumerWhenANewEventIsFinal() throws InterruptedException {
        AtomicInteger wakeUps = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
            assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(wakeUps).hasValue(0);

            String id = commitOne();

            await().atMost(PATIENCE).untilAtomic(wakeUps, org.hamcrest.Matchers.greaterThan(0));
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(id);
        }
    }

    /** One event on a new platform, committed on {@link #DB}; its identifier. */
    static String commitOne() {
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            String id = writer.insertInstallment();
            writer.commit();
            return id;
        }
    }

    /** The next {@code count} events of the stream, or fewer if they are not all readable within {@link #PATIENCE}. */
    static List<TrackedEventMessage<?>> read(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (stream) {
            while (read.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !stream.hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(left) + 1,
                        TimeUnit.MILLISECONDS)) {
                    break;
                }
                read.add(stream.nextAvailable());
            }
        }
        return read;
    }
}
