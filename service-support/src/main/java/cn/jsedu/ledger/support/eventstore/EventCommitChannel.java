package cn.jsedu.ledger.support.eventstore;

/**
 * The PostgreSQL notification channel on which the command side says "events were committed" and the query side
 * listens (ADR 0003, "Waking the stream"). A notification carries no payload and decides nothing: it only tells
 * the query side's streams to look now instead of at their next poll; what is readable is still decided by the
 * stream's own rule (below the oldest running transaction). A lost notification costs one poll interval.
 */
public final class EventCommitChannel {

    /** Not quoted in SQL: lower case, so {@code LISTEN ledger_events} and {@code NOTIFY ledger_events} agree. */
    public static final String NAME = "ledger_events";

    private EventCommitChannel() {
    }
}
