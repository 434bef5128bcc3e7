package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.view.VerificationReportView;

import java.time.Instant;

/**
 * A platform's tamper-evidence verification as the audit page shows it: the query API's verdict, or why it could not
 * be had ({@code available} false, {@code problem} says why), never "valid" by default.
 */
public record VerificationSummary(boolean available, boolean valid, long events, Long headSequence, String headHash,
                                  Long checkpoint, Instant checkpointCreatedAt, Long brokenSequence,
                                  String brokenEventId, String brokenProblem, String brokenDetail, String problem) {

    static VerificationSummary of(VerificationReportView r) {
        VerificationReportView.Broken broken = r.firstBroken();
        return new VerificationSummary(true, r.valid(), r.events(),
                r.head() == null ? null : r.head().sequenceNumber(), r.head() == null ? null : r.head().eventHash(),
                r.checkpoint() == null ? null : r.checkpoint().counter(),
                r.checkpoint() == null ? null : r.checkpoint().createdAt(),
                broken == null ? null : broken.sequenceNumber(), broken == null ? null : broken.eventId(),
                broken == null ? null : broken.problem(), broken == null ? null : broken.detail(), null);
    }

    static VerificationSummary unavailable(ApiProblem problem) {
        return new VerificationSummary(false, false, 0, null, null, null, null, null, null, null, null,
                problem.code() + ": " + problem.detail());
    }
}
