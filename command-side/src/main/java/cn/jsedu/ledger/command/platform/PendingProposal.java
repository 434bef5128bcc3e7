package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.foureyes.FourEyes;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A proposal waiting for its second administrator, kept as what is needed to check it again and apply it: who
 * proposed it and the proposed change. In snapshots, {@code kind} names the variant.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PendingProposal.Decision.class, name = "PERFORMANCE_DECISION"),
        @JsonSubTypes.Type(value = PendingProposal.PlanRevision.class, name = "FUNDING_PLAN_REVISION"),
        @JsonSubTypes.Type(value = PendingProposal.Suspension.class, name = "SUSPENSION"),
        @JsonSubTypes.Type(value = PendingProposal.Extension.class, name = "CONSTRUCTION_EXTENSION"),
        @JsonSubTypes.Type(value = PendingProposal.AcceptanceOverride.class, name = "ACCEPTANCE_OVERRIDE")})
sealed interface PendingProposal extends FourEyes.Proposal {

    record Decision(String proposedBy, ProposedDecision decision) implements PendingProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.PERFORMANCE_DECISION;
        }
    }

    record PlanRevision(String proposedBy, ProposedPlanRevision planRevision) implements PendingProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.FUNDING_PLAN_REVISION;
        }
    }

    record Suspension(String proposedBy, ProposedSuspension suspension) implements PendingProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.SUSPENSION;
        }
    }

    record Extension(String proposedBy, ProposedExtension extension) implements PendingProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.CONSTRUCTION_EXTENSION;
        }
    }

    record AcceptanceOverride(String proposedBy, ProposedAcceptanceOverride override) implements PendingProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.ACCEPTANCE_OVERRIDE;
        }
    }
}
