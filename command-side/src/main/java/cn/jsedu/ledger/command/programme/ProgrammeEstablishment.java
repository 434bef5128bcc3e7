package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.command.evaluation.RoundIds;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates programmes: a proposed new one, or the default programme. Outside the aggregate only to answer with the
 * programme and its version, as every command does. A programme id that is taken (by a programme, or by a platform:
 * both are event streams) fails to append; the submitter answers {@code PROGRAMME_ID_TAKEN}. An id starting
 * {@code EVAL-} is an evaluation round's (ADR 0026): refused.
 */
@Component
public class ProgrammeEstablishment {

    private final Repository<Programme> programmes;

    public ProgrammeEstablishment(Repository<Programme> programmes) {
        this.programmes = programmes;
    }

    @CommandHandler
    public CommandResult handle(ProposeProgrammeCommand command) throws Exception {
        RoundIds.requireNoRoundPrefix(command.programmeId().value(), "programmeId");
        programmes.newInstance(() -> new Programme(command));
        return CommandResult.ofProgramme(command.programmeId().value(), command.proposalId(), 0);
    }

    @CommandHandler
    public CommandResult handle(EstablishDefaultProgrammeCommand command) throws Exception {
        programmes.newInstance(() -> new Programme(ProgrammeId.DEFAULT.value(), command));
        return CommandResult.ofProgramme(ProgrammeId.DEFAULT.value(), null, 0);
    }
}
