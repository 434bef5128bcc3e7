package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.serialization.Revision;

/**
 * A programme exists and takes platforms: its name and the parameters it judges by until its first rule change. Either
 * a proposal approved by a second administrator (both named in the metadata, with a {@link ProgrammeProposalApprovedEvent}
 * after it), or, for the default programme only, the ledger itself turning its configured plan into the programme's
 * first parameter set (ADR 0019).
 */
@Revision("2")
public record ProgrammeEstablishedEvent(String programmeId, String name, ProgrammeParameters parameters)
        implements ProgrammeEvent {
}
