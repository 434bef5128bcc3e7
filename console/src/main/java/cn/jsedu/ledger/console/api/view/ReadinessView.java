package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/readiness}: the checklist and its verdict. */
public record ReadinessView(String platformId, LocalDate asOf, long version, PlatformStatus status,
                            AcceptanceResult acceptanceResult, String overall, List<Item> items) {

    public static final String READY = "READY";

    public record Item(String code, boolean met, String value, String threshold, List<String> evidence) {
    }

    public boolean ready() {
        return READY.equals(overall);
    }
}
