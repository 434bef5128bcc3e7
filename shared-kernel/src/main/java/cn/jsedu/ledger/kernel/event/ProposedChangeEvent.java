package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;

/**
 * A province administrator proposed a change that takes effect only when a second administrator approves it (four
 * eyes): one event type per kind of change. Nothing changes until {@link ProposalApprovedEvent}; a
 * {@link ProposalWithdrawnEvent} ends the proposal instead.
 *
 * <p>Stored rows of the former {@code ChangeProposedEvent} (one type with three nullable payloads) are read as these
 * events by an upcaster in service-support; the stored bytes stay as they were.
 */
public sealed interface ProposedChangeEvent extends PlatformEvent
        permits DecisionProposedEvent, PlanRevisionProposedEvent, SuspensionProposedEvent, ExtensionProposedEvent,
        AcceptanceOverrideProposedEvent {

    String proposalId();

    /** The province administrator who proposed it; the approver must be someone else. */
    String proposedBy();

    ProposalKind kind();
}
