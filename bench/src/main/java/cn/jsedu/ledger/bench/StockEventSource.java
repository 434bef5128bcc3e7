package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.query.eventstream.WakeableEventSource;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Axon's global-index stream, fetched and woken like {@link XidOrderedEventSource} (again at once while rows come,
 * woken by the query side's commit listener and its own processor commits, else every poll interval when idle,
 * with the availability callback the pooled processor needs), so S9 compares the read bound and nothing else.
 */
public final class StockEventSource implements StreamableMessageSource<TrackedEventMessage<?>>,
        WakeableEventSource, AutoCloseable {

    private final JdbcEventStorageEngine engine;
    private final JdbcTemplate jdbc;
    private final long pollNanos;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stock-event-stream-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Polled> open = ConcurrentHashMap.newKeySet();

    StockEventSource(JdbcEventStorageEngine engine, JdbcTemplate jdbc, Duration pollInterval) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.pollNanos = pollInterval.toNanos();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        Polled stream = new Polled(WrappedToken.unwrapLowerBound(trackingToken));
        open.add(stream);
        return stream;
    }

    @Override
    public void wakeUp() {
        open.forEach(Polled::wake);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }

    private final class Polled implements BlockingStream<TrackedEventMessage<?>> {
        private TrackingToken last;
        private Stream<? extends TrackedEventMessage<?>> current;
        private Iterator<? extends TrackedEventMessage<?>> iterator;
        private TrackedEventMessage<?> peeked;
        private volatile long nextFetchAt = System.nanoTime();
        private final AtomicLong wakeUps = new AtomicLong();
        private long wakeUpsSeen;
        private volatile Runnable onAvailable;
        private volatile boolean idle;
        private volatile boolean closed;
        private ScheduledFuture<?> probe;

        Polled(TrackingToken start) {
            this.last = start;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(peeked);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (peeked == null && !closed) {
                if (iterator != null && iterator.hasNext()) {
                    peeked = iterator.next();
                    break;
                }
                long now = System.nanoTime();
                long woken = wakeUps.get();
                if (woken != wakeUpsSeen || now - nextFetchAt >= 0) {
                    wakeUpsSeen = woken;
                    closeCurrent();
                    current = engine.readEvents(last, false);
                    iterator = current.iterator();
                    nextFetchAt = iterator.hasNext() ? now : now + pollNanos;
                    continue;
                }
                long wait = Math.min(nextFetchAt - now, deadline - now);
                if (wait <= 0) {
                    idle = true;
                    if (wakeUps.get() != wakeUpsSeen) {
                        continue;
                    }
                    return false;
                }
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            idle = false;
            return peeked != null;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(pollNanos) + 1, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new IllegalStateException("The event stream is closed");
                }
            }
            TrackedEventMessage<?> next = peeked;
            peeked = null;
            last = next.trackingToken();
            return next;
        }

        void wake() {
            wakeUps.incrementAndGet();
            Runnable callback = onAvailable;
            if (idle && callback != null && !closed) {
                callback.run();
            }
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            if (probe == null && !closed) {
                probe = prober.scheduleWithFixedDelay(() -> {
                    if (!closed && idle && anyAfter()) {
                        idle = false;
                        nextFetchAt = System.nanoTime();
                        callback.run();
                    }
                }, pollNanos, pollNanos, TimeUnit.NANOSECONDS);
            }
            return true;
        }

        private boolean anyAfter() {
            long index = last instanceof GapAwareTrackingToken gap ? gap.getIndex() : -1;
            try {
                // ordered so that a generic plan still uses the index (see EventRows.ANY_AFTER)
                return !jdbc.queryForList("SELECT 1 FROM event_store.domain_event_entry WHERE global_index > ? "
                        + "ORDER BY global_index LIMIT 1", Integer.class, index).isEmpty();
            } catch (RuntimeException e) {
                return false;
            }
        }

        private void closeCurrent() {
            if (current != null) {
                current.close();
                current = null;
                iterator = null;
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (probe != null) {
                probe.cancel(false);
            }
            open.remove(this);
            closeCurrent();
        }
    }
}
