package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The query API's {@code GET /api/v1/platforms/{id}/compliance}, as far as the console shows it: the findings. */
public record ComplianceView(String platformId, LocalDate asOf, Instant knownAt, long version, List<Finding> findings) {

    public record Finding(String code, String message, Map<String, String> figures, List<String> eventIds) {
    }
}
