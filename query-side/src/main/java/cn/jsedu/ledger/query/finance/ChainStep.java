package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of provincial money (read_model.provincial_chain_step): what happened to which allocation, when it took
 * effect and when the ledger learned of it. {@code stepId} is the allocation's, payment's or arrival entry's id.
 */
public record ChainStep(String platformId, long sequenceNumber, Step step, String stepId, String allocationId,
                        String paymentId, String decisionId, Money amount, LocalDate date, String documentRef,
                        Instant recordedAt) {

    public enum Step {
        /** 指标下达. */
        ALLOCATION,
        /** 拨付. */
        PAYMENT,
        /** 到账, confirmed by the college. */
        ARRIVAL,
        /** Unpaid allocation cancelled by a reduction of support. */
        CANCELLATION
    }

    /** In effect on {@code asOf} and known at {@code knownAt}; nulls mean "no limit". */
    public boolean counts(LocalDate asOf, Instant knownAt) {
        return (asOf == null || !date.isAfter(asOf)) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }
}
