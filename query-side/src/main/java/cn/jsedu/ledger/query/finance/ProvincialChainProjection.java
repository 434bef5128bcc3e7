package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.finance.ChainStep.Step;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * The steps of provincial money (read_model.provincial_chain_step). An arrival is also the payment's provincial
 * installment, which {@code LedgerEntryProjection} stores as a ledger line like any installment.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ProvincialChainProjection {

    static final String INSERT = """
            INSERT INTO read_model.provincial_chain_step (platform_id, sequence_number, step, step_id, allocation_id,
              payment_id, decision_id, amount, step_date, document_ref, recorded_at, event_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final ReadModelWriter writer;

    public ProvincialChainProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ProvincialAllocationRecordedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        store(e.platformId(), sequence, Step.ALLOCATION, e.allocationId(), e.allocationId(), null, e.decisionId(),
                e.amount(), e.allocatedOn(), e.documentNumber(), message);
    }

    @EventHandler
    void on(ProvincialPaymentRecordedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        store(e.platformId(), sequence, Step.PAYMENT, e.paymentId(), e.allocationId(), e.paymentId(), null,
                e.amount(), e.paidOn(), e.voucherRef(), message);
    }

    @EventHandler
    void on(ProvincialArrivalConfirmedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        store(e.platformId(), sequence, Step.ARRIVAL, e.entryId(), e.allocationId(), e.paymentId(), null,
                e.amount(), e.effectiveDate(), e.voucherRef(), message);
    }

    @EventHandler
    void on(ProvincialAllocationCancelledEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        store(e.platformId(), sequence, Step.CANCELLATION, e.allocationId(), e.allocationId(), null, e.decisionId(),
                e.amount(), e.cancelledOn(), null, message);
    }

    private void store(String platformId, long sequence, Step step, String stepId, String allocationId,
                       String paymentId, String decisionId, Money amount, LocalDate date, String documentRef,
                       EventMessage<?> message) {
        writer.update(INSERT, platformId, sequence, step.name(), stepId, allocationId, paymentId, decisionId,
                money(amount), date, documentRef, time(message.getTimestamp()), message.getIdentifier());
    }
}
