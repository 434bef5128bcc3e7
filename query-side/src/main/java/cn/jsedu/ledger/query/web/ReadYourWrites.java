package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code minVersion}: a client that just wrote version N of a platform waits (bounded) until the read model has
 * applied it, then reads its own write. Past the bound it gets a 503 saying so, never stale data as if current. A
 * version the platform's events in the store have not reached was never written: a 400 at once, not a wait (a
 * command's answer comes after its events are committed, so a version a client was given is always in the store).
 */
@Component
public class ReadYourWrites {

    private final PlatformQueries platforms;
    private final EventStoreReader events;
    private final Duration timeout;
    private final Duration pollInterval;

    public ReadYourWrites(PlatformQueries platforms, EventStoreReader events, ReadYourWritesSettings settings) {
        this.platforms = platforms;
        this.events = events;
        this.timeout = settings.minVersionTimeout();
        this.pollInterval = settings.minVersionPoll();
    }

    /** The platform's read-model row once it has applied {@code minVersion} (null: no wait). */
    public PlatformRow platform(String platformId, Long minVersion) {
        if (minVersion != null && minVersion < 0) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "minVersion", "minVersion must be ≥ 0");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean versionExists = false;
        while (true) {
            Optional<PlatformRow> row = platforms.find(platformId);
            if (row.isPresent() && (minVersion == null || row.get().version() >= minVersion)) {
                return row.get();
            }
            if (minVersion == null) {
                throw new QueryProblem(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
            }
            if (!versionExists) {
                long last = events.lastSequenceOf(platformId);
                if (last < 0) {
                    throw new QueryProblem(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
                }
                if (minVersion > last) {
                    throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "minVersion", "platform " + platformId
                            + " has no version " + minVersion + " (its last event is version " + last + ")");
                }
                versionExists = true;
            }
            if (System.nanoTime() > deadline) {
                throw new QueryProblem(ErrorCode.READ_MODEL_BEHIND, "minVersion", "the read model has not yet applied "
                        + "version " + minVersion + " of platform " + platformId + " (it is at "
                        + row.map(r -> String.valueOf(r.version())).orElse("none") + "); retry shortly");
            }
            LockSupport.parkNanos(pollInterval.toNanos());
        }
    }
}
