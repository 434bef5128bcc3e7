package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.command.foureyes.FourEyes;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;

/** A programme's proposal waiting for its second administrator: who proposed it and the proposed change. */
sealed interface ProgrammeProposal extends FourEyes.Proposal {

    record Establishment(String proposedBy, String name, ProgrammeParameters parameters) implements ProgrammeProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.PROGRAMME_ESTABLISHMENT;
        }
    }

    record ParameterChange(String proposedBy, ProposedParameterChange change) implements ProgrammeProposal {

        @Override
        public ProposalKind kind() {
            return ProposalKind.PARAMETER_CHANGE;
        }
    }
}
