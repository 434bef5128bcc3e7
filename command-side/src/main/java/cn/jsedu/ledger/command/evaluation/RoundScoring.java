package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.CommandResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Panel scores and proposals to publish: commands on the round that also read platforms ({@link RoundMembership},
 * {@link PlatformDecisions}),
 * so they are handled here, loading the round, rather than routed to it; they run with nothing beside them
 * ({@link cn.jsedu.ledger.command.commit.SpansAggregates}).
 */
@Component
public class RoundScoring {

    private final Repository<EvaluationRound> rounds;
    private final RoundMembership members;
    private final PlatformDecisions decisions;
    private final Clock clock;

    public RoundScoring(Repository<EvaluationRound> rounds, RoundMembership members, PlatformDecisions decisions,
                        Clock clock) {
        this.rounds = rounds;
        this.members = members;
        this.decisions = decisions;
        this.clock = clock;
    }

    @CommandHandler
    public CommandResult handle(RecordPanelScoreCommand command) {
        return Rounds.load(rounds, command.roundId()).invoke(round -> round.recordPanelScore(command, members));
    }

    /** Up to 500 platforms loaded in one unit of work: the allowance of a file import. */
    @MessageHandlerTimeout(timeoutMs = 300_000, warningThresholdMs = 60_000, warningIntervalMs = 30_000)
    @CommandHandler
    public CommandResult handle(ProposeEvaluationPublicationCommand command) {
        return Rounds.load(rounds, command.roundId()).invoke(round -> round.propose(command, members, decisions, clock));
    }
}
