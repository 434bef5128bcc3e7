package cn.jsedu.ledger.kernel.chain;

/** What is wrong at the first broken event of a platform's chain. */
public enum ChainProblem {
    /** A sequence number is missing: an event was deleted from the middle of the stream. */
    SEQUENCE_GAP,
    /** Sequence numbers repeat or go backwards (possible only in a file, the store has a unique index). */
    OUT_OF_ORDER,
    /** The row has no hash: it was written outside the ledger's append path. */
    HASH_MISSING,
    /** The stored bytes and fields no longer hash to the stored hash: the event was changed after it was appended. */
    HASH_MISMATCH,
    /** The event is not chained to its predecessor: the predecessor was changed and re-hashed, or the link was. */
    CHAIN_BROKEN,
    /** The stream ends before the head a signed checkpoint vouches for: events were removed from the tail. */
    TRUNCATED,
    /** A signed checkpoint vouches for a different hash at that sequence: events were changed or inserted and the
     * chain recomputed after the checkpoint. */
    REWRITTEN,
    /** No signature of the command side covers the event and it is not from before event signing began: it was
     * written by someone who can write the table, not by the ledger. */
    UNSIGNED,
    /** The signature that should cover the event does not verify with the key it names: copied from another event,
     * made up, or the events it covers were changed. */
    FORGED,
    /** The signature that should cover the event names a key the verifier does not have: a retired key whose public
     * key was not given to the verifier, or a key that was never the ledger's. */
    UNKNOWN_KEY
}
