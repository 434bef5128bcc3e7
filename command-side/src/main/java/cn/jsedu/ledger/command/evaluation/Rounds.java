package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loads a round for the handlers outside the aggregate: an id that names no round is 404 {@code ROUND_NOT_FOUND}. */
final class Rounds {

    private Rounds() {
    }

    static Aggregate<EvaluationRound> load(Repository<EvaluationRound> rounds, String roundId) {
        if (!RoundIds.isWellFormed(roundId)) {
            throw notFound(roundId);
        }
        try {
            return rounds.load(roundId);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw notFound(roundId);
        }
    }

    private static LedgerRuleException notFound(String roundId) {
        return new LedgerRuleException(ErrorCode.ROUND_NOT_FOUND, "roundId", "no evaluation round " + roundId);
    }
}
