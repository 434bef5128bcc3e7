package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a platform's provincial money stands between allocation and arrival, as of {@code asOf}, as known at
 * {@code knownAt} (docs/domain.md §9). A provincial installment recorded directly counts as allocated, paid and
 * arrived on its date ({@code direct}, ADR 0020). Outstanding at each step: {@code unpaid} (allocated, not cancelled,
 * not paid yet) and {@code inTransit} (paid, not arrived yet); {@code unallocated}: planned provincial funds not
 * allocated yet; {@code recoveryDue}: what arrived beyond the planned provincial funds, less what was recovered (a
 * reduction that found too little unpaid to cancel).
 */
public record ProvincialChainView(String platformId, LocalDate asOf, Instant knownAt, Totals totals,
                                  List<Allocation> allocations, List<Finding> findings) {

    public record Totals(Money plannedProvincial, Money allocated, Money cancelled, Money paid, Money arrived,
                         Money direct, Money unallocated, Money unpaid, Money inTransit, Money recovered,
                         Money recoveryDue) {
    }

    public record Allocation(String allocationId, String decisionId, LocalDate allocatedOn, String documentNumber,
                             Money amount, Money cancelled, Money paid, Money arrived, Money unpaid, Money inTransit) {
    }

    /** {@code REWARD_NOT_PAID}: a reward was decided (and allocated) but not all of it paid. */
    public record Finding(String code, String allocationId, String decisionId, LocalDate decidedOn, Money unpaid,
                          String message) {
    }
}
