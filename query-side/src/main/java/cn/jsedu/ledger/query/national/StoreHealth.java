package cn.jsedu.ledger.query.national;

import java.time.Instant;

/** The mutable side of a {@link StoreState}: written by the store's stream, read by whoever reports staleness. */
final class StoreHealth {

    private final String province;
    private volatile Instant downSince;
    private volatile Instant lastEventAt;

    StoreHealth(String province) {
        this.province = province;
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

    StoreState state() {
        Instant down = downSince;
        return new StoreState(province, down == null, down, lastEventAt);
    }
}
