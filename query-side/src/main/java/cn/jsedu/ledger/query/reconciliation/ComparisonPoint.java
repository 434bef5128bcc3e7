package cn.jsedu.ledger.query.reconciliation;

/**
 * Where one platform's read model and its events are compared, from three versions read in one snapshot (−1 for
 * none): the read model's version, the store's head (its last stored event) and the last of its events at or below
 * the read-models processor's slowest token. The token and the read-model rows are committed in the same
 * transaction (ADR 0003), so in one snapshot every event at or below the token is in the rows: the read model may be
 * behind the head (it lags), never behind the token.
 *
 * <ul>
 *   <li>{@link Verdict#CURRENT}: at the head; compared at its version.</li>
 *   <li>{@link Verdict#LAGGING}: between the token and the head; compared at its version (the events it applied),
 *   reported apart, not a disagreement.</li>
 *   <li>{@link Verdict#MISSES_APPLIED_EVENTS}: behind events the processor has passed (a skipped event, a removed
 *   tail, a version set back, a deleted row): a disagreement, compared at the applied version so that what is
 *   missing shows in the figures too.</li>
 *   <li>{@link Verdict#AHEAD_OF_STORE}: a version the store has no event for: a disagreement, compared at the head.</li>
 * </ul>
 */
record ComparisonPoint(long at, Verdict verdict) {

    enum Verdict {
        CURRENT, LAGGING, MISSES_APPLIED_EVENTS, AHEAD_OF_STORE;

        boolean disagrees() {
            return this == MISSES_APPLIED_EVENTS || this == AHEAD_OF_STORE;
        }
    }

    static ComparisonPoint of(long readVersion, long storeHead, long applied) {
        if (applied > storeHead) {
            throw new IllegalArgumentException("applied " + applied + " beyond the head " + storeHead);
        }
        if (readVersion > storeHead) {
            return new ComparisonPoint(storeHead, Verdict.AHEAD_OF_STORE);
        }
        if (readVersion < applied) {
            return new ComparisonPoint(applied, Verdict.MISSES_APPLIED_EVENTS);
        }
        return new ComparisonPoint(readVersion, readVersion < storeHead ? Verdict.LAGGING : Verdict.CURRENT);
    }
}
