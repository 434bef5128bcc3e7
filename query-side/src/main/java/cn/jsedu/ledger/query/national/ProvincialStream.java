package cn.jsedu.ledger.query.national;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One store's stream inside the national one: a read that fails (its database is down) makes it report "nothing
 * available" instead of failing the combined stream, so only this province's events wait. Every {@code retry} it
 * asks the store a one-row question ({@code reachable}); once that is answered it reads on from where it was (the
 * store's own stream keeps its position: a failed fetch changes nothing). Only an answered question counts as
 * reachable again: a stream that merely waited has not asked the database anything. Every event it delivers carries
 * its province in the metadata ({@link NationalEventSource#PROVINCE}).
 */
final class ProvincialStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProvincialStream.class);

    private final BlockingStream<TrackedEventMessage<?>> store;
    private final Runnable reachable;
    private final StoreHealth health;
    private final Duration retry;
    private final Clock clock;
    private boolean down;
    private Instant nextTry = Instant.MIN;

    /** {@code reachable}: a cheap read of the store that throws when its database does not answer. */
    ProvincialStream(BlockingStream<TrackedEventMessage<?>> store, Runnable reachable, StoreHealth health, Duration retry,
                     Clock clock) {
        this.store = store;
        this.reachable = reachable;
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
        if (down) {
            Instant now = clock.instant();
            if (now.isBefore(nextTry)) {
                // wait as asked (this may be the stream the combined one waits on), but not past the next try
                long waitMillis = Math.min(unit.toMillis(timeout), Duration.between(now, nextTry).toMillis());
                if (waitMillis > 0) {
                    TimeUnit.MILLISECONDS.sleep(waitMillis);
                }
                return false;
            }
            try {
                reachable.run();
            } catch (RuntimeException e) {
                failed(e);
                return false;
            }
            down = false;
            health.reachable();
        }
        try {
            boolean available = store.hasNextAvailable(timeout, unit);
            if (!available) {
                // the store's stream fetched and found nothing beyond what it delivered (the lag gauge's zero)
                health.caughtUp(clock.instant());
            }
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
        // the national processor's handlers key every row by province; the combined stream keeps the metadata
        EventMessage<?> named = event.andMetaData(Map.of(NationalEventSource.PROVINCE, health.province()));
        return named instanceof TrackedEventMessage<?> tracked ? tracked
                : new GenericTrackedEventMessage<>(event.trackingToken(), named);
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
        down = true;
        if (health.unreachable(clock.instant())) {
            log.warn("provincial store {} is unreachable; its events wait, the others go on: {}", health.province(),
                    e.toString());
        }
        nextTry = clock.instant().plus(retry);
    }
}
