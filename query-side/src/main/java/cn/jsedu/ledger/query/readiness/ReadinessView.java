package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.LocalDate;
import java.util.List;

/** Acceptance readiness of one platform (docs/domain.md §7): READY only when every item holds. */
public record ReadinessView(String platformId, LocalDate asOf, long version, PlatformStatus status,
                            AcceptanceResult acceptanceResult, Overall overall, List<ReadinessItem> items) {

    /** The verdict over all items. */
    public enum Overall {
        READY, NOT_READY;

        static Overall of(boolean ready) {
            return ready ? READY : NOT_READY;
        }
    }

    public boolean ready() {
        return overall == Overall.READY;
    }
}
