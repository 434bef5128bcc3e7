package cn.jsedu.ledger.command.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Map;

/**
 * The hash of the last event this instance committed for each platform, so that the next append chains to it without
 * reading it back (ADR 0008, "Round trips"). Bounded like the aggregate cache: a platform evicted here costs one
 * SELECT on its next append, as before.
 *
 * <p>Only committed events are put here ({@link ChainedAppendEvents} does so after the commit), and a stored event is
 * never changed (ADR 0010), so a head found at the sequence just before an append is exactly the hash the SELECT would
 * read. A head that another instance has since moved past is never used: it is at an older sequence than the one the
 * append follows (the aggregate was loaded past it), and then the store is read as before; an aggregate that is itself
 * stale appends at a sequence that is taken, which the unique (aggregate, sequence) index refuses whatever hash it
 * carries.
 */
public final class ChainHeads {

    /** An event's place and hash. */
    record Head(long sequence, byte[] hash) {
    }

    private final Cache<String, Head> heads;

    public ChainHeads(long maximumSize) {
        this.heads = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    }

    /** The hash of the platform's event at {@code sequence}, if it is the last one this instance committed. */
    byte[] hashAt(String platform, long sequence) {
        Head head = heads.getIfPresent(platform);
        return head != null && head.sequence() == sequence ? head.hash() : null;
    }

    /** After a commit: the platforms' new last events. */
    void committed(Map<String, Head> newHeads) {
        newHeads.forEach((platform, head) -> heads.asMap().merge(platform, head,
                (old, fresh) -> fresh.sequence() > old.sequence() ? fresh : old));
    }
}
