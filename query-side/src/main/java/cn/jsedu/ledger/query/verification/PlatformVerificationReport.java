package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainBreak;
import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.EventHash;

import cn.jsedu.ledger.query.document.DocumentProblem;

import java.time.Instant;
import java.util.List;

/**
 * A platform's verification: whether its chain holds, every event is covered by a valid signature of the command
 * side and the chain reaches what the checkpoint vouches for, and if not the first broken event. {@code checkpoint}
 * is the signed checkpoint it was checked against (absent if none exists); {@code legacyThrough} the last event
 * from before event signing began, which needs no signature (absent if none: ADR 0010 says what vouches for them).
 * {@code documents}: the platform's evidence documents that fail verification (ADR 0021): stored bytes that no longer
 * hash to their key, hashes its events cite that name no stored document; any of them makes the report invalid.
 */
public record PlatformVerificationReport(String platformId, boolean valid, long events, Head head,
                                         CheckpointRef checkpoint, Long legacyThrough, Broken firstBroken,
                                         List<DocumentProblem> documents, Instant verifiedAt) {

    public record Head(long sequenceNumber, String eventHash) {
    }

    /** The checkpoint used, and the head it vouches for on this platform (absent if it does not name it). */
    public record CheckpointRef(long counter, Instant createdAt, Long sequenceNumber, String headHash) {

        static CheckpointRef of(SignedCheckpoint signed, String platformId) {
            if (signed == null) {
                return null;
            }
            CheckpointHead head = platformId == null ? null : signed.checkpoint().byPlatform().get(platformId);
            return new CheckpointRef(signed.checkpoint().counter(), signed.checkpoint().createdAt(),
                    head == null ? null : head.lastSequence(), head == null ? null : EventHash.hex(head.headHash()));
        }
    }

    public record Broken(long sequenceNumber, String eventId, ChainProblem problem, String detail) {
    }

    static PlatformVerificationReport of(ChainVerdict verdict, SignedCheckpoint against, Instant at) {
        ChainBreak broken = verdict.firstBroken();
        return new PlatformVerificationReport(verdict.platformId(), verdict.valid(), verdict.events(),
                verdict.headSequence() < 0 ? null
                        : new Head(verdict.headSequence(), EventHash.hex(verdict.headHash())),
                CheckpointRef.of(against, verdict.platformId()),
                verdict.legacyThrough() < 0 ? null : verdict.legacyThrough(),
                broken == null ? null
                        : new Broken(broken.sequenceNumber(), broken.eventId(), broken.problem(), broken.detail()),
                List.of(), at);
    }

    /** This report with the platform's document problems: valid only if the chain holds and there are none. */
    PlatformVerificationReport withDocuments(List<DocumentProblem> problems) {
        return new PlatformVerificationReport(platformId, valid && problems.isEmpty(), events, head, checkpoint,
                legacyThrough, firstBroken, List.copyOf(problems), verifiedAt);
    }
}
