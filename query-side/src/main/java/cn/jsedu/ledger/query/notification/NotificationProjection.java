package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProposedChangeEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.inbox.InboxKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Turns the events that put something in someone's inbox into notifications (ADR 0025). A processing group of its
 * own, not the read models': the read-model rebuild resets and replays "read-models" only, so it never notifies
 * again; and its rows commit with its own token, so a restart neither loses nor repeats one. Events recorded before
 * the outbox existed ({@link Outbox#start}) notify nobody.
 */
@Component
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class NotificationProjection {

    public static final String PROCESSING_GROUP = "notifications";
    private static final String LEDGER = "[平台资金台账 Platform ledger] ";

    private final Outbox outbox;
    private volatile Instant start;

    public NotificationProjection(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(ProposedChangeEvent e, EventMessage<?> message) {
        if (isNew(message)) {
            outbox.record(new Notification(Notification.id(InboxKind.PROPOSAL_TO_APPROVE, message.getIdentifier()),
                    InboxKind.PROPOSAL_TO_APPROVE, e.platformId(), e.proposalId(), Role.PROVINCE_ADMIN, null,
                    e.proposedBy(), LEDGER + "待审批的提议 Proposal waiting for a second administrator: "
                    + e.platformId() + " " + e.proposalId(),
                    "平台 Platform: " + e.platformId() + "\n提议 Proposal: " + e.proposalId() + " (" + e.kind() + ")\n"
                            + "提议人 Proposed by: " + e.proposedBy() + "\n"
                            + "/api/v1/platforms/" + e.platformId() + "/proposals\n",
                    message.getIdentifier(), message.getTimestamp()));
        }
    }

    @EventHandler
    void on(FindingRecordedEvent e, EventMessage<?> message) {
        if (isNew(message)) {
            outbox.record(new Notification(Notification.id(InboxKind.FINDING_TO_ANSWER, message.getIdentifier()),
                    InboxKind.FINDING_TO_ANSWER, e.platformId(), e.findingId(), Role.COLLEGE_OFFICER, null, null,
                    LEDGER + "审计发现待整改 Audit finding to answer: " + e.platformId() + " " + e.findingId(),
                    "平台 Platform: " + e.platformId() + "\n发现 Finding: " + e.findingId() + " ("
                            + e.category().chineseName() + " " + e.category() + ")\n"
                            + "整改期限 Deadline: " + e.deadline() + "\n\n" + e.text() + "\n\n"
                            + "/api/v1/platforms/" + e.platformId() + "/findings\n",
                    message.getIdentifier(), message.getTimestamp()));
        }
    }

    /** The college answered a finding: the education department closes or reopens it (docs/domain.md §8). */
    @EventHandler
    void on(RectificationSubmittedEvent e, EventMessage<?> message) {
        if (isNew(message)) {
            outbox.record(new Notification(Notification.id(InboxKind.FINDING_TO_CLOSE, message.getIdentifier()),
                    InboxKind.FINDING_TO_CLOSE, e.platformId(), e.findingId(), Role.PROVINCE_ADMIN, null, null,
                    LEDGER + "整改已提交，待销号或退回 Rectification to close or reopen: " + e.platformId() + " "
                    + e.findingId(),
                    "平台 Platform: " + e.platformId() + "\n发现 Finding: " + e.findingId() + "\n\n整改说明 Rectification:\n"
                            + e.text() + "\n\n/api/v1/platforms/" + e.platformId() + "/findings\n",
                    message.getIdentifier(), message.getTimestamp()));
        }
    }

    @EventHandler
    void on(EnterpriseContributionRecordedEvent e, EventMessage<?> message) {
        if (isNew(message)) {
            outbox.record(new Notification(Notification.id(InboxKind.CONTRIBUTION_TO_CONFIRM, message.getIdentifier()),
                    InboxKind.CONTRIBUTION_TO_CONFIRM, e.platformId(), e.entryId(), Role.ENTERPRISE_REPRESENTATIVE,
                    e.partyId(), null, LEDGER + "企业投入待确认 Contribution to confirm: " + e.platformId() + " "
                    + e.entryId(),
                    "平台 Platform: " + e.platformId() + "\n投入 Contribution: " + e.entryId() + "\n"
                            + "金额 Amount: " + e.amount() + " (" + e.form() + ")\n"
                            + "到位日期 Effective date: " + e.effectiveDate() + "\n"
                            + "/api/v1/platforms/" + e.platformId() + "/enterprise-contributions\n",
                    message.getIdentifier(), message.getTimestamp()));
        }
    }

    private boolean isNew(EventMessage<?> message) {
        if (start == null) {
            start = outbox.start();
        }
        return !message.getTimestamp().isBefore(start);
    }
}
