package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.finance.ChainStep.Step;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provincial money chain folded from its steps and the platform's provincial ledger lines. The migration rule
 * (ADR 0020): a provincial installment that is not the arrival of a chain payment, with its corrections, counts as
 * allocated, paid and arrived on its effective date.
 */
public final class ProvincialChainFigures {

    public static final String REWARD_NOT_PAID = "REWARD_NOT_PAID";

    private ProvincialChainFigures() {
    }

    /**
     * @param plannedProvincial the planned provincial funds as known at {@code knownAt} (plan, rewards, reductions)
     */
    public static ProvincialChainView of(String platformId, List<ChainStep> steps, List<LedgerLine> lines,
                                         Money plannedProvincial, LocalDate asOf, Instant knownAt) {
        Set<String> arrivalEntries = steps.stream().filter(s -> s.step() == Step.ARRIVAL).map(ChainStep::stepId)
                .collect(Collectors.toSet());
        Money direct = Money.ZERO;
        Money recovered = Money.ZERO;
        for (LedgerLine l : lines) {
            if (l.source() != FundingSource.PROVINCIAL_FINANCE || !l.counts(asOf, knownAt)) {
                continue;
            }
            recovered = recovered.plus(l.recovered());
            String entry = l.originalEntryId() == null ? l.entryId() : l.originalEntryId();
            if (l.isReceipt() && !arrivalEntries.contains(entry)) {
                direct = direct.plus(l.received());
            }
        }
        Map<String, long[]> byAllocation = new LinkedHashMap<>(); // amount, cancelled, paid, arrived
        Map<String, ChainStep> allocationSteps = new LinkedHashMap<>();
        for (ChainStep s : steps) {
            if (!s.counts(asOf, knownAt)) {
                continue;
            }
            long[] f = byAllocation.computeIfAbsent(s.allocationId(), id -> new long[4]);
            int slot = switch (s.step()) {
                case ALLOCATION -> 0;
                case CANCELLATION -> 1;
                case PAYMENT -> 2;
                case ARRIVAL -> 3;
            };
            f[slot] = Math.addExact(f[slot], s.amount().fen());
            if (s.step() == Step.ALLOCATION) {
                allocationSteps.put(s.allocationId(), s);
            }
        }
        List<ProvincialChainView.Allocation> allocations = new ArrayList<>();
        List<ProvincialChainView.Finding> findings = new ArrayList<>();
        long[] sum = new long[4];
        for (Map.Entry<String, long[]> e : byAllocation.entrySet()) {
            ChainStep allocation = allocationSteps.get(e.getKey());
            if (allocation == null) {
                continue; // a later step of an allocation not yet in effect cannot be: each step follows the one before
            }
            long[] f = e.getValue();
            for (int i = 0; i < 4; i++) {
                sum[i] = Math.addExact(sum[i], f[i]);
            }
            Money unpaid = Money.ofFen(f[0] - f[1] - f[2]);
            allocations.add(new ProvincialChainView.Allocation(e.getKey(), allocation.decisionId(), allocation.date(),
                    allocation.documentRef(), Money.ofFen(f[0]), Money.ofFen(f[1]), Money.ofFen(f[2]),
                    Money.ofFen(f[3]), unpaid, Money.ofFen(f[2] - f[3])));
            if (allocation.decisionId() != null && unpaid.isPositive()) {
                findings.add(new ProvincialChainView.Finding(REWARD_NOT_PAID, e.getKey(), allocation.decisionId(),
                        allocation.date(), unpaid, "奖励已决定但未拨付: reward " + allocation.decisionId() + " of "
                        + allocation.date() + " has " + unpaid + " not paid"));
            }
        }
        Money allocated = Money.ofFen(sum[0]).plus(direct);
        Money cancelled = Money.ofFen(sum[1]);
        Money paid = Money.ofFen(sum[2]).plus(direct);
        Money arrived = Money.ofFen(sum[3]).plus(direct);
        Money unallocated = Money.max(Money.ZERO, plannedProvincial.minus(allocated.minus(cancelled)));
        Money recoveryDue = Money.max(Money.ZERO, arrived.minus(recovered).minus(plannedProvincial));
        return new ProvincialChainView(platformId, asOf, knownAt, new ProvincialChainView.Totals(plannedProvincial,
                allocated, cancelled, paid, arrived, direct, unallocated, allocated.minus(cancelled).minus(paid),
                paid.minus(arrived), recovered, recoveryDue), allocations, findings);
    }
}
