package cn.jsedu.ledger.query.eventstream;

/**
 * An event source whose idle streams can be told that new events may have become readable: a commit was notified
 * ({@link CommitNotifications}), or a transaction of this service ended (it may have held the read bound back). A
 * wake-up is only a hint: the source's own rule still decides what is readable, and a lost wake-up costs at most
 * one poll interval, since every idle stream keeps polling.
 */
public interface WakeableEventSource {

    /** Every open stream that is waiting looks for new events now. Cheap, never blocks, any thread. */
    void wakeUp();
}
