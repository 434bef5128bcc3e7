package cn.jsedu.ledger.console.api.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The query API's {@code GET /api/v1/platforms/{id}/compliance}, as far as the console shows it: the findings, and
 * the figures their sentences quote (the minimum share, the arrival and elapsed percentages).
 */
public record ComplianceView(String platformId, LocalDate asOf, Instant knownAt, long version,
                             String minimumEnterpriseShare, BigDecimal arrivalPercent, BigDecimal elapsedPercent,
                             List<Finding> findings) {

    /** A rule not met: its stable code, the API's English sentence (not shown), the figures and the evidence. */
    public record Finding(String code, String message, Map<String, String> figures, List<String> eventIds) {
    }
}
