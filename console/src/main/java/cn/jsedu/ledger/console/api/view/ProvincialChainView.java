package cn.jsedu.ledger.console.api.view;

import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/platforms/{id}/provincial-chain}, as far as the payment form reads it: the
 * platform's allocations (指标下达) with what is left unpaid of each (decimal strings).
 */
public record ProvincialChainView(String platformId, List<Allocation> allocations) {

    public ProvincialChainView {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    public record Allocation(String allocationId, LocalDate allocatedOn, String documentNumber, String amount,
                             String unpaid) {
    }
}
