package cn.jsedu.ledger.query.national;

import java.time.Duration;
import java.time.Instant;

/**
 * The mutable side of a {@link StoreState}: written by the store's stream, read by whoever reports staleness and by
 * the store's lag gauge ({@link #lag}).
 */
final class StoreHealth {

    private final String province;
    private final Instant since;
    private volatile Instant downSince;
    private volatile Instant lastEventAt;
    private volatile Instant caughtUpAt;

    /** {@code since}: when the national stream over this store was made; the lag counts from it until caught up. */
    StoreHealth(String province, Instant since) {
        this.province = province;
        this.since = since;
    }

    String province() {
        return province;
    }

    void reachable() {
        downSince = null;
    }

    /** Returns true when this starts an outage (the first failure since the last success). */
    boolean unreachable(Instant now) {
        if (downSince == null) {
            downSince = now;
            return true;
        }
        return false;
    }

    void delivered(Instant eventTime) {
        lastEventAt = eventTime;
    }

    /** A read of the store found nothing beyond what was delivered: at {@code now} the view had all of it. */
    void caughtUp(Instant now) {
        caughtUpAt = now;
    }

    /**
     * How far behind its store this province may be at {@code now}: the time since a read last found nothing more
     * in the store (since the stream was made, before the first). It grows while the store does not answer and while
     * a backlog of its events is being read, and stays about one poll interval while the view keeps up; it does not
     * grow with a store that is merely quiet, as an event-time lag would.
     */
    Duration lag(Instant now) {
        Instant at = caughtUpAt;
        Duration lag = Duration.between(at == null ? since : at, now);
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    StoreState state() {
        Instant down = downSince;
        return new StoreState(province, down == null, down, lastEventAt);
    }
}
