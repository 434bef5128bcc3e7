package cn.jsedu.ledger.query.platform;

import java.time.Instant;

/** Asked about a platform as known at a time before it was declared: the ledger did not know it then. */
public class NotYetKnownException extends RuntimeException {

    public NotYetKnownException(String platformId, Instant knownAt) {
        super("platform " + platformId + " was not yet declared at " + knownAt, null, false, false);
    }
}
