package cn.jsedu.ledger.query.enterprise;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * Enterprise contributions and their enterprises' answers (read_model.enterprise_contribution), the rows from which
 * {@link ContributionRepository} makes the kernel's {@link ContributionConfirmations}: the amount in force and the
 * last answer with the amount it spoke of; whether that answer still holds is the kernel's to say.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContributionProjection {

    private static final String ANSWERED = """
            UPDATE read_model.enterprise_contribution SET stated = ?, stated_amount = ?, reason = ?, answer_event_id = ?,
              answered_by = ?, answered_at = ? WHERE platform_id = ? AND entry_id = ?""";

    private final ReadModelWriter writer;

    public ContributionProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(EnterpriseContributionRecordedEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.enterprise_contribution (platform_id, entry_id, party_id, amount, effective_date,
                  event_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform_id, entry_id) DO NOTHING""",
                e.platformId(), e.entryId(), e.partyId(), money(e.amount()), e.effectiveDate(), message.getIdentifier());
    }

    @EventHandler
    void on(AdjustmentRecordedEvent e) {
        if (e.originalKind() == EntryKind.ENTERPRISE_CONTRIBUTION) {
            writer.update("UPDATE read_model.enterprise_contribution SET amount = ? WHERE platform_id = ? AND entry_id = ?",
                    money(e.correctedAmount()), e.platformId(), e.originalEntryId());
        }
    }

    @EventHandler
    void on(ContributionConfirmedEvent e, EventMessage<?> message) {
        writer.update(ANSWERED, ContributionConfirmations.State.CONFIRMED.name(), money(e.amount()), null,
                message.getIdentifier(), user(message), time(message.getTimestamp()), e.platformId(), e.entryId());
    }

    @EventHandler
    void on(ContributionDisputedEvent e, EventMessage<?> message) {
        writer.update(ANSWERED, ContributionConfirmations.State.DISPUTED.name(), money(e.amount()), e.reason(),
                message.getIdentifier(), user(message), time(message.getTimestamp()), e.platformId(), e.entryId());
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(EventMetadataKeys.USER);
        return user == null ? null : user.toString();
    }
}
