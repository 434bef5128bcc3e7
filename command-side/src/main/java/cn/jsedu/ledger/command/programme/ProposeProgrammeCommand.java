package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

/** Proposes a new programme with its first parameter set; another administrator establishes it by approving. */
public record ProposeProgrammeCommand(ProgrammeId programmeId, String proposalId, String proposedBy, String name,
                                      ProgrammeParameters parameters) {
}
