package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * Plan revisions and performance decisions, and what they do to the planned figures and key support (as
 * {@link cn.jsedu.ledger.kernel.platform.DecisionType} defines it; a termination's status is
 * {@link PlatformStatusProjection}'s).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DecisionProjection {

    private final ReadModelWriter writer;
    private final PlanWriter plans;

    public DecisionProjection(ReadModelWriter writer, PlanWriter plans) {
        this.writer = writer;
        this.plans = plans;
    }

    @EventHandler
    void on(FundingPlanRevisedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        plans.store(e.platformId(), sequence, "REVISED", e.plan(), message, e.reason(), e.decisionRef());
    }

    @EventHandler
    void on(PerformanceDecisionRecordedEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.decision (platform_id, decision_id, type, amount, basis, decision_ref, decided_on,
                  recorded_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.decisionId(),
                e.type().name(), money(e.amount()), e.basis(), e.decisionRef(), e.decidedOn(),
                time(message.getTimestamp()), message.getIdentifier());
        Money change = e.type().provincialEffect(e.amount());
        if (!change.isZero()) {
            writer.update("""
                    UPDATE read_model.platform SET provincial_adjustment = provincial_adjustment + ?,
                      planned_total = planned_total + ?, planned_provincial = planned_provincial + ?
                    WHERE platform_id = ?""", money(change), money(change), money(change), e.platformId());
        }
        if (e.type().endsKeySupport()) {
            writer.update("UPDATE read_model.platform SET key_support = FALSE WHERE platform_id = ?", e.platformId());
        }
    }
}
