package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.query.document.DocumentProblem;

import java.time.Instant;
import java.util.List;

/**
 * The whole event store verified in one pass: counts, the checkpoint used, every platform that fails (with its
 * first broken event), stored checkpoints newer than the one used whose signatures do not verify, and stored evidence
 * documents whose bytes no longer hash to their key (ADR 0021).
 */
public record ProgrammeVerificationReport(boolean valid, Instant verifiedAt,
                                          PlatformVerificationReport.CheckpointRef checkpoint, long platforms,
                                          long events, List<PlatformVerificationReport> broken,
                                          List<Long> invalidCheckpoints, List<DocumentProblem> alteredDocuments) {
}
