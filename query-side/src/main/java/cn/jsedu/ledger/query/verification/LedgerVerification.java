package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.ExpectedHead;
import cn.jsedu.ledger.query.document.DocumentProblem;
import cn.jsedu.ledger.query.document.EvidenceDocuments;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the event store against a signed checkpoint (the newest valid one unless a counter is given): per
 * platform, or the whole programme in one pass; the hash chains, the command side's signatures and the checkpoint's
 * heads (ADR 0010), and the stored evidence documents against their hashes (ADR 0021).
 */
@Service
public class LedgerVerification {

    private final ChainWalker walker;
    private final Checkpoints checkpoints;
    private final EventChainRows rows;
    private final EvidenceDocuments documents;
    private final Clock clock;

    public LedgerVerification(ChainWalker walker, Checkpoints checkpoints, EventChainRows rows,
                              EvidenceDocuments documents, Clock clock) {
        this.walker = walker;
        this.checkpoints = checkpoints;
        this.rows = rows;
        this.documents = documents;
        this.clock = clock;
    }

    /** Empty when the platform has no events and no checkpoint names it. */
    public Optional<PlatformVerificationReport> platform(String platformId, Long counter) {
        SignedCheckpoint against = against(counter).signed();
        CheckpointHead head = against == null ? null : against.checkpoint().byPlatform().get(platformId);
        if (head == null && !rows.exists(platformId)) {
            return Optional.empty();
        }
        return Optional.of(PlatformVerificationReport.of(verify(platformId, against, head), against, clock.instant())
                .withDocuments(documents.verify(platformId)));
    }

    public ProgrammeVerificationReport programme(Long counter) {
        Checkpoints.Newest chosen = against(counter);
        SignedCheckpoint against = chosen.signed();
        Instant at = clock.instant();
        List<ChainVerdict> failing = new ArrayList<>();
        long[] totals = {0, 0};
        walker.all(against, verdict -> {
            totals[0]++;
            totals[1] += verdict.events();
            if (!verdict.valid()) {
                failing.add(verdict);
            }
        });
        List<PlatformVerificationReport> broken = new ArrayList<>();
        for (ChainVerdict verdict : failing) {
            // A rewrite is placed with the older checkpoints, after the pass (one query at a time on the connection).
            ChainVerdict located = verdict.firstBroken().problem() == ChainProblem.REWRITTEN
                    ? verify(verdict.platformId(), against, against.checkpoint().byPlatform().get(verdict.platformId()))
                    : verdict;
            broken.add(PlatformVerificationReport.of(located, against, at));
        }
        List<DocumentProblem> altered = documents.alteredAnywhere();
        return new ProgrammeVerificationReport(broken.isEmpty() && chosen.invalidNewer().isEmpty() && altered.isEmpty(),
                at, PlatformVerificationReport.CheckpointRef.of(against, null), totals[0], totals[1], broken,
                chosen.invalidNewer(), altered);
    }

    private ChainVerdict verify(String platformId, SignedCheckpoint against, CheckpointHead head) {
        List<ExpectedHead> expected = new ArrayList<>();
        if (head != null) {
            expected.add(head.expectedBy(against.checkpoint().counter()));
        }
        long legacyThrough = walker.legacyThrough(against, platformId);
        ChainVerdict verdict = walker.platform(platformId, expected, legacyThrough);
        if (verdict.firstBroken() != null && verdict.firstBroken().problem() == ChainProblem.REWRITTEN) {
            // Found by the checkpoint, placed by the older ones: just after the newest head that still matches.
            expected.addAll(checkpoints.olderHeads(platformId, against.checkpoint().counter()));
            verdict = walker.platform(platformId, expected, legacyThrough);
        }
        return verdict;
    }

    private Checkpoints.Newest against(Long counter) {
        if (counter == null) {
            return checkpoints.newestValid();
        }
        SignedCheckpoint chosen = checkpoints.valid(counter).orElseThrow(() -> new UnknownCheckpointException(counter));
        return new Checkpoints.Newest(new CheckpointStore.StoredCheckpoint(counter, chosen, -1), List.of());
    }

    /** No checkpoint with this counter. */
    public static class UnknownCheckpointException extends RuntimeException {
        public UnknownCheckpointException(long counter) {
            super("there is no checkpoint #" + counter);
        }
    }
}
