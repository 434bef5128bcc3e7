package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.chain.ChainProblem;

import java.time.Instant;

/**
 * A platform's tamper-evidence verification as the dossier shows it. {@code available} is false when it could not be
 * run (then {@code problem} is the key of the dossier's words saying why; the cause itself is in the log, not in a
 * document handed to reviewers); otherwise {@code valid} is the verdict against the newest signed checkpoint
 * ({@code checkpoint} null if none has been signed yet).
 */
public record VerificationSummary(boolean available, boolean valid, long events, Long headSequence, String headHash,
                                  Long checkpoint, Instant checkpointCreatedAt, Long brokenSequence,
                                  String brokenEventId, ChainProblem brokenProblem, String brokenDetail,
                                  Instant verifiedAt, String problem) {

    static VerificationSummary unavailable(String problem) {
        return new VerificationSummary(false, false, 0, null, null, null, null, null, null, null, null, null, problem);
    }
}
