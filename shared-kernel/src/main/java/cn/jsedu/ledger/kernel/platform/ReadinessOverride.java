package cn.jsedu.ledger.kernel.platform;

import java.util.List;

/**
 * Why an acceptance request went through a readiness checklist that was not READY: the reason, the items that failed
 * when the override was approved, and the two province administrators who proposed and approved it (four eyes).
 */
public record ReadinessOverride(String reason, List<String> failingItems, String proposedBy, String approvedBy) {

    public ReadinessOverride {
        failingItems = List.copyOf(failingItems);
    }
}
