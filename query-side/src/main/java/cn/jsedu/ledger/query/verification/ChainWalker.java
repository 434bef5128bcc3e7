package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainCheck;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.ExpectedHead;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the kernel's {@link ChainCheck} over the event store: one platform, or all of them in one pass (millions of
 * rows, one platform in memory at a time), each against a checkpoint's head for it, with the command side's public
 * keys, and exempting from signatures only the events from before event signing began ({@link #legacyThrough}).
 */
@Component
public class ChainWalker {

    private final EventChainRows rows;
    private final EventSigningKeys keys;

    public ChainWalker(EventChainRows rows, EventSigningKeys keys) {
        this.rows = rows;
        this.keys = keys;
    }

    public ChainVerdict platform(String platformId, List<ExpectedHead> expected, long legacyThrough) {
        ChainCheck check = new ChainCheck(platformId, expected, keys.ring(), legacyThrough);
        rows.platform(platformId, (index, row) -> check.accept(row));
        return check.finish();
    }

    /**
     * A platform's last sequence number from before event signing began (-1: none), as ADR 0010 decides it: what
     * the checkpoint verified against signs, once checkpoints sign it (format 2); until the first of them, the
     * event store's record of the upgrade, which no application role may write.
     */
    public long legacyThrough(SignedCheckpoint against, String platformId) {
        if (against != null && against.checkpoint().format() >= 2) {
            CheckpointHead head = against.checkpoint().byPlatform().get(platformId);
            return head == null ? -1 : head.legacyThrough();
        }
        return rows.legacyHead(platformId);
    }

    /**
     * A verdict for every platform in the store, and for every platform the checkpoint names but the store no
     * longer has (all its events removed).
     */
    public void all(SignedCheckpoint against, Consumer<ChainVerdict> verdicts) {
        Map<String, CheckpointHead> heads = against == null ? new HashMap<>()
                : new HashMap<>(against.checkpoint().byPlatform());
        long counter = against == null ? 0 : against.checkpoint().counter();
        boolean signedBoundaries = against != null && against.checkpoint().format() >= 2;
        Map<String, Long> recorded = signedBoundaries ? Map.of() : rows.legacyHeads();
        KeyRing ring = keys.ring();
        ChainCheck[] current = new ChainCheck[1];
        String[] platform = new String[1];
        rows.all((index, row) -> {
            if (!row.aggregateIdentifier().equals(platform[0])) {
                if (current[0] != null) {
                    verdicts.accept(current[0].finish());
                }
                platform[0] = row.aggregateIdentifier();
                CheckpointHead head = heads.remove(platform[0]);
                long legacy = signedBoundaries ? (head == null ? -1 : head.legacyThrough())
                        : recorded.getOrDefault(platform[0], -1L);
                current[0] = new ChainCheck(platform[0], head == null ? List.of() : List.of(head.expectedBy(counter)),
                        ring, legacy);
            }
            current[0].accept(row);
        });
        if (current[0] != null) {
            verdicts.accept(current[0].finish());
        }
        heads.values().stream().sorted(Comparator.comparing(CheckpointHead::platformId))
                .forEach(gone -> verdicts.accept(new ChainCheck(gone.platformId(), List.of(gone.expectedBy(counter)),
                        ring, signedBoundaries ? gone.legacyThrough() : recorded.getOrDefault(gone.platformId(), -1L))
                        .finish()));
    }
}
