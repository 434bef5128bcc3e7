package cn.jsedu.ledger.console.api.view;

/**
 * The query API's {@code GET /api/v1/programme/provincial-chain}, as far as the finance office's first page reads it:
 * the programme's provincial money from allocation through payment to arrival, in total (decimal strings).
 */
public record ProvincialChainTotalsView(Group total) {

    public record Group(int platforms, String plannedProvincial, String allocated, String paid, String arrived,
                        String unallocated, String unpaid, String inTransit, String recoveryDue) {
    }
}
