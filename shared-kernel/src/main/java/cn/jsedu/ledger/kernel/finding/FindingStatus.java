package cn.jsedu.ledger.kernel.finding;

/**
 * Where a finding stands (docs/domain.md §8): OPEN until the college submits its rectification (整改), ANSWERED until
 * the education department closes it or reopens it (back to OPEN, with a new deadline), CLOSED until reopened. Every
 * finding that is not CLOSED blocks the acceptance request.
 */
public enum FindingStatus {
    OPEN, ANSWERED, CLOSED;

    /** Not yet closed: it blocks the acceptance request. */
    public boolean unresolved() {
        return this != CLOSED;
    }

    /** Waits for the college's rectification: late once its deadline has passed. */
    public boolean awaitsRectification() {
        return this == OPEN;
    }
}
