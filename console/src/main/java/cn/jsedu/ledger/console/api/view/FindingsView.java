package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/platforms/{id}/findings}, as far as the console reads it: each audit finding
 * with its state, so a form offers only the findings its command can act on (answer an open one, close an answered
 * one, reopen an answered or closed one).
 */
public record FindingsView(String platformId, int open, List<Finding> findings) {

    public FindingsView {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public record Finding(String findingId, FindingCategory category, String text, LocalDate deadline,
                          FindingStatus status, boolean overdue, String eventId) {
    }
}
