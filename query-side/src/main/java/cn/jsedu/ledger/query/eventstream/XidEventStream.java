package cn.jsedu.ledger.query.eventstream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One reader's stream over {@link XidOrderedEventSource}: fetches a batch when its buffer is empty, and when it is
 * caught up queries at most once per poll interval. Consumed by one thread (a processor's coordinator); the only
 * other thread is the source's prober, which touches the volatile fields and never the buffer.
 *
 * <p>Axon's pooled processor only asks {@code hasNextAvailable()} without waiting and, when the stream offers an
 * availability callback, otherwise sleeps for seconds; so an idle stream checks every poll interval for new final
 * events (a one-row index probe) and fires the callback, which keeps the read models within milliseconds.
 */
final class XidEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(XidEventStream.class);

    private final XidOrderedEventSource source;
    private final long pollNanos;
    private final ScheduledExecutorService prober;
    private final Deque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();

    /** The last row read, kept even when upcasting dropped its event, so the next query starts after it. */
    private volatile XidIndexToken lastRow;
    private volatile long nextFetchAt = System.nanoTime();
    /** The consumer found nothing last time: only then may the prober look for news and wake it. */
    private volatile boolean idle;
    private volatile boolean closed;
    private volatile Runnable onAvailable;
    private ScheduledFuture<?> probe;

    XidEventStream(XidOrderedEventSource source, XidIndexToken start, Duration pollInterval,
                   ScheduledExecutorService prober) {
        this.source = source;
        this.lastRow = start;
        this.pollNanos = pollInterval.toNanos();
        this.prober = prober;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(buffer.peek());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (buffer.isEmpty() && !closed) {
            long now = System.nanoTime();
            if (now - nextFetchAt >= 0) {
                fetch(now);
                continue;
            }
            long wait = Math.min(nextFetchAt - now, deadline - now);
            if (wait <= 0) {
                idle = true;
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        idle = false;
        return !buffer.isEmpty();
    }

    private void fetch(long now) {
        XidOrderedEventSource.Batch batch = source.fetch(lastRow);
        buffer.addAll(batch.events());
        lastRow = batch.lastRow();
        // A full batch means more is waiting: fetch again as soon as it is consumed. Otherwise we are at the head.
        nextFetchAt = batch.rows() < source.fetchSize() ? now + pollNanos : now;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(pollNanos) + 1, TimeUnit.MILLISECONDS)) {
            if (closed) {
                throw new IllegalStateException("The event stream is closed");
            }
        }
        return buffer.poll();
    }

    @Override
    public synchronized boolean setOnAvailableCallback(Runnable callback) {
        onAvailable = callback;
        if (probe == null && !closed) {
            probe = prober.scheduleWithFixedDelay(this::probe, pollNanos, pollNanos, TimeUnit.NANOSECONDS);
        }
        return true;
    }

    private void probe() {
        Runnable callback = onAvailable;
        if (closed || !idle || callback == null) {
            return;
        }
        try {
            if (source.anyAfter(lastRow)) {
                idle = false;
                nextFetchAt = System.nanoTime();
                callback.run();
            }
        } catch (RuntimeException e) {
            // The consumer's own polling still works; it reports errors with context. Keep probing.
            log.debug("Probing the event store for new events failed", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (probe != null) {
            probe.cancel(false);
        }
    }
}
