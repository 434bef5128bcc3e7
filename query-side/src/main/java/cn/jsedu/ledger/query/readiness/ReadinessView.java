package cn.jsedu.ledger.query.readiness;

import java.time.LocalDate;
import java.util.List;

/** Acceptance readiness of one platform (docs/domain.md §7): READY only when every item holds. */
public record ReadinessView(String platformId, LocalDate asOf, long version, String status, String acceptanceResult,
                           String overall, List<ReadinessItem> items) {

    public boolean ready() {
        return "READY".equals(overall);
    }
}
