package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.support.eventstore.EventCommitChannel;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

/**
 * Streams woken by commit notifications ({@code LISTEN ledger_events}), without Spring: a notification wakes an
 * idle stream long before its poll, it only says "look now" (the read bound still decides), the poll still finds
 * what was never notified, and the listener comes back after its backend was terminated.
 */
class CommitNotificationsTest {

    /** Far beyond every bound below: whatever arrives in time came through a notification. */
    private static final Duration NO_POLL = Duration.ofMinutes(10);
    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(5);

    private final JdbcTemplate db = new JdbcTemplate(TestDatabase.dataSource());
    private final String applicationName = "test-listener-" + UUID.randomUUID();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private XidOrderedEventSource source(Duration pollInterval) {
        XidOrderedEventSource source = new XidOrderedEventSource(TestDatabase.dataSource(), TestEvents.SERIALIZER,
                NoOpEventUpcaster.INSTANCE, 100, pollInterval);
        toClose.add(source);
        return source;
    }

    private CommitNotifications listener(Runnable onCommit) {
        CommitNotifications listener = new CommitNotifications(() -> {
            Properties properties = new Properties();
            properties.setProperty("ApplicationName", applicationName);
            return DriverManager.getConnection(TestDatabase.jdbcUrl(), properties);
        }, EventCommitChannel.NAME, onCommit, Duration.ofMillis(100), Duration.ofSeconds(1)).start();
        toClose.add(listener);
        await().atMost(Duration.ofSeconds(20)).until(listener::listening);
        return listener;
    }

    /** What the command side's notifier sends after a commit. */
    private void notifyCommit() {
        db.execute("NOTIFY " + EventCommitChannel.NAME);
    }

    private BlockingStream<TrackedEventMessage<?>> idleStream(XidOrderedEventSource source, AtomicInteger wakeUps)
            throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken());
        toClose.add(stream);
        assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).isTrue();
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
        return stream;
    }

    @Test
    void aNotificationWakesAnIdleStreamLongBeforeItsPoll() throws InterruptedException {
        XidOrderedEventSource source = source(NO_POLL);
        listener(source::wakeUp);
        AtomicInteger wakeUps = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = idleStream(source, wakeUps);

        List<String> ids = TestEvents.commitInstallments(1);
        notifyCommit();

        await().atMost(WELL_BEFORE_THE_POLL).untilAtomic(wakeUps, greaterThan(0));
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(ids.get(0));
    }

    @Test
    void aNotificationOnlySaysLookNowTheReadBoundStillDecides() throws InterruptedException {
        XidOrderedEventSource source = source(NO_POLL);
        listener(source::wakeUp);
        AtomicInteger wakeUps = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = idleStream(source, wakeUps);
        List<String> ids;
        try (TestEvents.Writer older = new TestEvents.Writer()) {
            older.takeXid();
            ids = TestEvents.commitInstallments(1);
            notifyCommit();

            await().atMost(WELL_BEFORE_THE_POLL).untilAtomic(wakeUps, greaterThan(0));
            assertThat(stream.hasNextAvailable()).as("committed, but above the oldest running transaction").isFalse();
            older.rollback();
        }
        int before = wakeUps.get();
        notifyCommit();

        await().atMost(WELL_BEFORE_THE_POLL).untilAtomic(wakeUps, greaterThan(before));
        await().atMost(WELL_BEFORE_THE_POLL).pollInSameThread().until(stream::hasNextAvailable);
        assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(ids.get(0));
    }

    @Test
    void whatNobodyNotifiedIsFoundByThePoll() throws InterruptedException {
        XidOrderedEventSource source = source(Duration.ofMillis(200));
        listener(source::wakeUp);
        AtomicInteger wakeUps = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = idleStream(source, wakeUps);

        List<String> ids = TestEvents.commitInstallments(1);

        await().atMost(Duration.ofSeconds(20)).untilAtomic(wakeUps, greaterThan(0));
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(ids.get(0));
    }

    @Test
    void theListenerComesBackAfterItsBackendIsTerminatedAndWakesTheStreamsAtOnce() throws InterruptedException {
        XidOrderedEventSource source = source(NO_POLL);
        AtomicInteger notified = new AtomicInteger();
        CommitNotifications listener = listener(() -> {
            notified.incrementAndGet();
            source.wakeUp();
        });
        int before = notified.get();
        Integer first = listenerPid();

        assertThat(db.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, first)).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.listening() && listenerPid() != null
                && !listenerPid().equals(first));
        // Notifications sent while it was away are lost: after reconnecting it wakes the streams regardless.
        await().atMost(Duration.ofSeconds(5)).untilAtomic(notified, greaterThan(before));
        AtomicInteger wakeUps = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = idleStream(source, wakeUps);
        List<String> ids = TestEvents.commitInstallments(1);
        notifyCommit();

        await().atMost(WELL_BEFORE_THE_POLL).untilAtomic(wakeUps, greaterThan(0));
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(ids.get(0));
    }

    private Integer listenerPid() {
        List<Integer> pids = db.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = ?",
                Integer.class, applicationName);
        return pids.isEmpty() ? null : pids.get(0);
    }
}
