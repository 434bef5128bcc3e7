package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.programme.DateWindow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.recordable;
import static cn.jsedu.ledger.command.platform.PlatformGuards.within;

/**
 * The provincial money chain of one platform (docs/domain.md §9): allocations (指标下达), the payments made on them
 * (拨付) and the payments' arrival at the college (到账). Its rules: a payment pays at most what is left of its
 * allocation, an arrival confirms one payment once, each step on or after the one before, and allocations stay within
 * the planned provincial funds. A provincial installment recorded directly (before the chain existed, or outside it)
 * counts as allocated, paid and arrived on its date (ADR 0020). Each method checks and returns the events to apply.
 */
final class ProvincialChain {

    /** An allocation as it stands: what was allocated, paid and cancelled of it. */
    record Allocation(Money amount, Money paid, Money cancelled, LocalDate allocatedOn, String decisionId) {

        Money unpaid() {
            return amount.minus(paid).minus(cancelled);
        }
    }

    record Payment(String allocationId, Money amount, LocalDate paidOn, boolean arrived) {
    }

    private Map<String, Allocation> allocations = new LinkedHashMap<>();
    private Map<String, Payment> payments = new HashMap<>();
    /** Entry ids of confirmed arrivals: their corrections are not direct installments. */
    private Set<String> arrivalEntries = new HashSet<>();
    /** Fen of provincial installments recorded directly, as corrected: allocated, paid and arrived at once. */
    private long direct;

    /** Allocations not cancelled, with the direct installments. */
    Money allocated() {
        Money sum = Money.ofFen(direct);
        for (Allocation a : allocations.values()) {
            sum = sum.plus(a.amount()).minus(a.cancelled());
        }
        return sum;
    }

    ProvincialAllocationRecordedEvent allocation(String platformId, RecordProvincialAllocationCommand command,
                                                 Set<String> decisionIds, Money plannedProvincial, DateWindow dates,
                                                 Clock clock) {
        if (allocations.containsKey(command.allocationId()) || decisionIds.contains(command.allocationId())) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "allocationId",
                    "allocationId " + command.allocationId() + " is already used on this platform");
        }
        recordable(command.amount(), "amount");
        within(dates, command.allocatedOn(), clock, "allocatedOn");
        Money after = allocated().plus(command.amount());
        if (after.isGreaterThan(plannedProvincial)) {
            throw new LedgerRuleException(ErrorCode.ALLOCATION_EXCEEDS_PLANNED_PROVINCIAL, "amount",
                    "allocations would reach " + after + ", beyond the planned provincial funds " + plannedProvincial);
        }
        return new ProvincialAllocationRecordedEvent(platformId, command.allocationId(), command.amount(),
                command.allocatedOn(), command.documentNumber(), null);
    }

    /** A reward's allocation is made with the decision: its id is the decision's, its document the decision's. */
    ProvincialAllocationRecordedEvent rewardAllocation(String platformId, ProposedDecision reward) {
        return new ProvincialAllocationRecordedEvent(platformId, reward.decisionId(), reward.amount(),
                reward.decidedOn(), reward.decisionRef(), reward.decisionId());
    }

    /** True if a reward decision with this id could not have its allocation under the same id. */
    boolean isAllocationId(String id) {
        return allocations.containsKey(id);
    }

    ProvincialPaymentRecordedEvent payment(String platformId, RecordProvincialPaymentCommand command, DateWindow dates,
                                           Clock clock) {
        if (payments.containsKey(command.paymentId())) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "paymentId",
                    "paymentId " + command.paymentId() + " is already used on this platform");
        }
        Allocation allocation = allocations.get(command.allocationId());
        if (allocation == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_ALLOCATION, "allocationId",
                    "no allocation " + command.allocationId() + " on this platform");
        }
        recordable(command.amount(), "amount");
        within(dates, command.paidOn(), clock, "paidOn");
        if (command.paidOn().isBefore(allocation.allocatedOn())) {
            throw new LedgerRuleException(ErrorCode.DATE_OUT_OF_ORDER, "paidOn",
                    "a payment is made on or after its allocation of " + allocation.allocatedOn());
        }
        if (command.amount().isGreaterThan(allocation.unpaid())) {
            throw new LedgerRuleException(ErrorCode.PAYMENT_EXCEEDS_ALLOCATION, "amount", "allocation "
                    + command.allocationId() + " has " + allocation.unpaid() + " left to pay");
        }
        return new ProvincialPaymentRecordedEvent(platformId, command.paymentId(), command.allocationId(),
                command.amount(), command.paidOn(), command.voucherRef());
    }

    ProvincialArrivalConfirmedEvent arrival(String platformId, ConfirmProvincialArrivalCommand command,
                                            DateWindow dates, Clock clock) {
        Payment payment = payments.get(command.paymentId());
        if (payment == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_PAYMENT, "paymentId",
                    "no payment " + command.paymentId() + " on this platform");
        }
        if (payment.arrived()) {
            throw new LedgerRuleException(ErrorCode.PAYMENT_ALREADY_ARRIVED, "paymentId",
                    "the arrival of payment " + command.paymentId() + " was confirmed already");
        }
        within(dates, command.arrivedOn(), clock, "arrivedOn");
        if (command.arrivedOn().isBefore(payment.paidOn())) {
            throw new LedgerRuleException(ErrorCode.DATE_OUT_OF_ORDER, "arrivedOn",
                    "a payment arrives on or after it was paid, " + payment.paidOn());
        }
        return new ProvincialArrivalConfirmedEvent(platformId, command.entryId().value(), command.paymentId(),
                payment.allocationId(), payment.amount(), command.arrivedOn(), command.voucherRef());
    }

    /**
     * A reduction of support first cancels what is unpaid of the allocations, the latest first; what it cannot
     * cancel was paid already (or never allocated), and is for a recovery (the views show what is due).
     */
    List<ProvincialAllocationCancelledEvent> cancellations(String platformId, ProposedDecision reduction) {
        List<ProvincialAllocationCancelledEvent> events = new ArrayList<>();
        Money left = reduction.amount();
        List<String> latestFirst = new ArrayList<>(allocations.keySet());
        Collections.reverse(latestFirst);
        for (String id : latestFirst) {
            Money unpaid = allocations.get(id).unpaid();
            if (!left.isPositive()) {
                break;
            }
            if (unpaid.isPositive()) {
                Money cancelled = Money.min(unpaid, left);
                events.add(new ProvincialAllocationCancelledEvent(platformId, id, cancelled, reduction.decisionId(),
                        reduction.decidedOn()));
                left = left.minus(cancelled);
            }
        }
        return events;
    }

    // --- event sourcing: assignments only ---

    void allocated(ProvincialAllocationRecordedEvent e) {
        allocations.put(e.allocationId(), new Allocation(e.amount(), Money.ZERO, Money.ZERO, e.allocatedOn(),
                e.decisionId()));
    }

    void paid(ProvincialPaymentRecordedEvent e) {
        payments.put(e.paymentId(), new Payment(e.allocationId(), e.amount(), e.paidOn(), false));
        allocations.computeIfPresent(e.allocationId(), (id, a) -> new Allocation(a.amount(), a.paid().plus(e.amount()),
                a.cancelled(), a.allocatedOn(), a.decisionId()));
    }

    void cancelled(ProvincialAllocationCancelledEvent e) {
        allocations.computeIfPresent(e.allocationId(), (id, a) -> new Allocation(a.amount(), a.paid(),
                a.cancelled().plus(e.amount()), a.allocatedOn(), a.decisionId()));
    }

    void recorded(MoneyEntryEvent e) {
        if (e instanceof ProvincialArrivalConfirmedEvent arrival) {
            arrivalEntries.add(arrival.entryId());
            payments.computeIfPresent(arrival.paymentId(), (id, p) -> new Payment(p.allocationId(), p.amount(),
                    p.paidOn(), true));
        } else if (e instanceof InstallmentRecordedEvent i && i.source() == FundingSource.PROVINCIAL_FINANCE) {
            direct = Math.addExact(direct, i.amount().fen());
        }
    }

    void corrected(AdjustmentRecordedEvent e) {
        if (e.source() == FundingSource.PROVINCIAL_FINANCE && e.originalKind() == EntryKind.INSTALLMENT
                && !arrivalEntries.contains(e.originalEntryId())) {
            direct = Math.addExact(direct, e.correctedAmount().minus(e.previousAmount()).fen());
        }
    }
}
