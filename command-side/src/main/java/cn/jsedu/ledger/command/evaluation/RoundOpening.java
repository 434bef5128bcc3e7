package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Opens evaluation rounds. Outside the aggregate, as {@code ProgrammeEstablishment} creates programmes, to create
 * the round's stream and to read its programme's rules: the programme must exist (404 {@code PROGRAMME_NOT_FOUND})
 * and a round of one batch names one of the programme's batches (422 {@code UNKNOWN_BATCH}). A round id that is
 * taken (by a round or any other stream) fails to append; the submitter answers {@code ROUND_ID_TAKEN}.
 */
@Component
public class RoundOpening {

    private final Repository<EvaluationRound> rounds;
    private final ProgrammeRules programmes;
    private final Clock clock;

    public RoundOpening(Repository<EvaluationRound> rounds, ProgrammeRules programmes, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.clock = clock;
    }

    @CommandHandler
    public CommandResult handle(OpenEvaluationRoundCommand command) throws Exception {
        ProgrammeParameters parameters = programmes.timeline(command.programmeId()).inForce(LocalDate.now(clock));
        if (command.batch() != null && !parameters.batchStartYears().containsKey(command.batch())) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_BATCH, "batch",
                    "batch must be one of " + parameters.batchStartYears().keySet());
        }
        rounds.newInstance(() -> new EvaluationRound(command));
        return new CommandResult(null, null, command.roundId(), 0);
    }
}
