package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An audit finding as it stands: what the auditor found (citing events and documents), the college's rectification,
 * the education department's closure; {@code overdue} when it still waits for its rectification after its deadline.
 */
public record FindingView(String platformId, String findingId, FindingCategory category, String categoryName,
                          String text, List<String> evidenceEventIds, List<String> documents, LocalDate deadline,
                          FindingStatus status, boolean overdue, String recordedBy, Instant recordedAt, String eventId,
                          Rectification rectification, Closure closure, int reopenedCount, String reopenReason) {

    public record Rectification(String text, List<String> documents, String by, Instant at) {
    }

    public record Closure(String remarks, String by, Instant at) {
    }
}
