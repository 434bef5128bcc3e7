package cn.jsedu.ledger.query.national;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One store's stream inside the national one: a read that fails (its database is down) makes it report "nothing
 * available" instead of failing the combined stream, so only this province's events wait; it tries again every
 * {@code retry}, from where it was (the store's own stream keeps its position: a failed fetch changes nothing).
 */
final class ProvincialStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProvincialStream.class);

    private final BlockingStream<TrackedEventMessage<?>> store;
    private final StoreHealth health;
    private final Duration retry;
    private final Clock clock;
    private Instant nextTry = Instant.MIN;

    ProvincialStream(BlockingStream<TrackedEventMessage<?>> store, StoreHealth health, Duration retry, Clock clock) {
        this.store = store;
        this.health = health;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        try {
            return store.peek();
        } catch (RuntimeException e) {
            failed(e);
            return Optional.empty();
        }
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        Instant now = clock.instant();
        if (now.isBefore(nextTry)) {
            // down: wait as asked (this may be the stream the combined one waits on), but not past the next try
            long waitMillis = Math.min(unit.toMillis(timeout), Duration.between(now, nextTry).toMillis());
            if (waitMillis > 0) {
                TimeUnit.MILLISECONDS.sleep(waitMillis);
            }
            return false;
        }
        try {
            boolean available = store.hasNextAvailable(timeout, unit);
            health.reachable();
            return available;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        TrackedEventMessage<?> event = store.nextAvailable();
        health.delivered(event.getTimestamp());
        return event;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return store.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        store.close();
    }

    private void failed(RuntimeException e) {
        if (health.unreachable(clock.instant())) {
            log.warn("provincial store {} is unreachable; its events wait, the others go on: {}", health.province(),
                    e.toString());
        }
        nextTry = clock.instant().plus(retry);
    }
}
