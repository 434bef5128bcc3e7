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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One reader's stream over {@link XidOrderedEventSource}. Consumed by one thread (a processor's coordinator, or a
 * bulk rebuild); other threads only wake it ({@link #wake()}) or probe for news, and never touch the buffer.
 *
 * <p>When to query: while rows keep coming it fetches again as soon as its buffer is empty; after a fetch that
 * found nothing it is <em>idle</em> and queries again when woken — a commit was notified, or a transaction of
 * this service ended — or, failing that, at the next poll interval. Axon's pooled processor only asks
 * {@code hasNextAvailable()} without waiting and otherwise sleeps for seconds when the stream offers an
 * availability callback; so both the wake-ups and an idle probe every poll interval (a one-row index query, the
 * fallback for lost notifications and for transactions that notify nobody) fire the callback.
 */
final class XidEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(XidEventStream.class);

    private final XidOrderedEventSource source;
    private final long pollNanos;
    private final ScheduledExecutorService prober;
    private final Deque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
    /** Wake-ups received; the consumer fetches again whenever this moved since it last looked. */
    private final AtomicLong wakeUps = new AtomicLong();

    /** Consumer thread only: the wake-ups already answered by a fetch. */
    private long wakeUpsSeen;
    /** The last row read, kept even when upcasting dropped its event, so the next query starts after it. */
    private volatile XidIndexToken lastRow;
    private volatile long nextFetchAt = System.nanoTime();
    /** The consumer found nothing last time: only then may the prober look for news and call it back. */
    private volatile boolean idle;
    private volatile boolean closed;
    private volatile Runnable onAvailable;
    private volatile Thread waiting;
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
            long woken = wakeUps.get();
            if (woken != wakeUpsSeen || now - nextFetchAt >= 0) {
                wakeUpsSeen = woken;
                fetch(now);
                continue;
            }
            long wait = Math.min(nextFetchAt - now, deadline - now);
            if (wait <= 0) {
                idle = true;
                // A wake-up that came while we decided to give up would find us not yet idle: look again instead.
                if (wakeUps.get() != wakeUpsSeen) {
                    continue;
                }
                return false;
            }
            waiting = Thread.currentThread();
            if (wakeUps.get() == wakeUpsSeen) {
                LockSupport.parkNanos(this, wait);
            }
            waiting = null;
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        idle = false;
        return !buffer.isEmpty();
    }

    private void fetch(long now) {
        XidOrderedEventSource.Batch batch = source.fetch(lastRow);
        buffer.addAll(batch.events());
        lastRow = batch.lastRow();
        // Rows came: more may be arriving, so look again as soon as these are consumed. None: wait to be woken.
        nextFetchAt = batch.rows() > 0 ? now : now + pollNanos;
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

    /** New events may be readable: the consumer fetches at its next look, and an idle one is called back now. */
    void wake() {
        wakeUps.incrementAndGet();
        LockSupport.unpark(waiting);
        Runnable callback = onAvailable;
        if (idle && callback != null && !closed) {
            callback.run();
        }
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
        source.closed(this);
        LockSupport.unpark(waiting);
    }
}
