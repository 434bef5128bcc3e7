package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainCheck;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.ExpectedHead;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the kernel's {@link ChainCheck} over the event store: one platform, or all of them in one pass (millions of
 * rows, one platform in memory at a time), each against a checkpoint's head for it.
 */
@Component
public class ChainWalker {

    private final EventChainRows rows;

    public ChainWalker(EventChainRows rows) {
        this.rows = rows;
    }

    public ChainVerdict platform(String platformId, List<ExpectedHead> expected) {
        ChainCheck check = new ChainCheck(platformId, expected);
        rows.platform(platformId, (index, row) -> check.accept(row));
        return check.finish();
    }

    /**
     * A verdict for every platform in the store, and for every platform the checkpoint names but the store no
     * longer has (all its events removed).
     */
    public void all(SignedCheckpoint against, Consumer<ChainVerdict> verdicts) {
        Map<String, CheckpointHead> heads = against == null ? new HashMap<>()
                : new HashMap<>(against.checkpoint().byPlatform());
        long counter = against == null ? 0 : against.checkpoint().counter();
        ChainCheck[] current = new ChainCheck[1];
        String[] platform = new String[1];
        rows.all((index, row) -> {
            if (!row.aggregateIdentifier().equals(platform[0])) {
                if (current[0] != null) {
                    verdicts.accept(current[0].finish());
                }
                platform[0] = row.aggregateIdentifier();
                CheckpointHead head = heads.remove(platform[0]);
                current[0] = new ChainCheck(platform[0], head == null ? List.of() : List.of(head.expectedBy(counter)));
            }
            current[0].accept(row);
        });
        if (current[0] != null) {
            verdicts.accept(current[0].finish());
        }
        heads.values().stream().sorted(java.util.Comparator.comparing(CheckpointHead::platformId))
                .forEach(gone -> verdicts.accept(new ChainCheck(gone.platformId(), List.of(gone.expectedBy(counter)))
                        .finish()));
    }
}
