package cn.jsedu.ledger.query.verification;

import java.time.Instant;
import java.util.List;

/**
 * The whole event store verified in one pass: counts, the checkpoint used, every platform that fails (with its
 * first broken event), and stored checkpoints newer than the one used whose signatures do not verify.
 */
public record ProgrammeVerificationReport(boolean valid, Instant verifiedAt,
                                          PlatformVerificationReport.CheckpointRef checkpoint, long platforms,
                                          long events, List<PlatformVerificationReport> broken,
                                          List<Long> invalidCheckpoints) {
}
