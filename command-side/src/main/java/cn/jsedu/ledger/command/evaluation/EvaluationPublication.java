package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.command.platform.Platform;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The approval of a round's publication (ADR 0026, "How one approval reaches every platform of the round"): in ONE
 * unit of work, so one transaction, the round ({@code EvaluationRoundPublishedEvent}) and then each platform of the
 * results, loaded in platform-id order (two publications take the platforms' locks in the same order), each appending
 * its {@link EvaluationPublishedEvent} and, for 优秀 a REWARD and for 不合格 the round's failed decision, a decision
 * proposal through the platform's own proposal mechanism (its four eyes still to come). A platform that refuses
 * (terminated meanwhile, or the decision's rules, judged at the proposal and again now) throws: the unit of work rolls back, nothing is committed, and the
 * answer is 422 naming the platform. No saga, nothing half-done to retry.
 *
 * <p>The command runs alone with nothing beside it under group commit
 * ({@link cn.jsedu.ledger.command.commit.SpansAggregates}, GroupCommitIT).
 */
@Component
public class EvaluationPublication {

    private final Repository<EvaluationRound> rounds;
    private final Repository<Platform> platforms;
    private final ProgrammeRules programmes;
    private final Clock clock;

    public EvaluationPublication(Repository<EvaluationRound> rounds, Repository<Platform> platforms,
                                 ProgrammeRules programmes, Clock clock) {
        this.rounds = rounds;
        this.platforms = platforms;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Up to 500 platforms loaded in one unit of work: the allowance of a file import. */
    @MessageHandlerTimeout(timeoutMs = 300_000, warningThresholdMs = 60_000, warningIntervalMs = 30_000)
    @CommandHandler
    public CommandResult handle(ApproveEvaluationPublicationCommand command) {
        Aggregate<EvaluationRound> round = Rounds.load(rounds, command.roundId());
        EvaluationPublicationProposedEvent proposal = round.invoke(r -> r.approve(command));
        EvaluationRound.RoundFacts facts = round.invoke(EvaluationRound::facts);
        List<EvaluationResult> byPlatform = proposal.results().stream()
                .sorted(Comparator.comparing(EvaluationResult::platformId)).toList();
        // dated as proposed, else on the day of the approval (China time)
        LocalDate decidedOn = proposal.decidedOn() != null ? proposal.decidedOn() : LocalDate.now(clock);
        for (EvaluationResult result : byPlatform) {
            EvaluationPublishedEvent published = new EvaluationPublishedEvent(result.platformId(), facts.roundId(),
                    facts.kind(), facts.year(), facts.referenceDate(), facts.scheme().schemeId(),
                    facts.scheme().version(), proposal.knownAt(), result, proposal.results().size());
            ProposedDecision decision = decision(facts, result, proposal.rewardAmount(), proposal.failedDecision(),
                    proposal.reductionAmount(), decidedOn);
            try {
                load(result.platformId()).execute(p -> p.publishEvaluation(published, decision,
                        command.approvedBy(), facts.programmeId(), facts.batch(), clock, programmes));
            } catch (LedgerRuleException refused) {
                throw new LedgerRuleException(refused.code(), "platformId", "platform " + result.platformId()
                        + " refuses the publication, nothing is published: " + refused.getMessage());
            }
        }
        return round.invoke(r -> r.result(command.roundId()));
    }

    private Aggregate<Platform> load(String platformId) {
        try {
            return platforms.load(platformId);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw EvaluationRound.notInRound("platformId", platformId);
        }
    }

    /**
     * The decision a grade leads to, proposed on the platform with the round's id as its decision id, proposal id and
     * decision reference, dated {@code decidedOn}; null for 良好 and 合格. The round asks the platforms about these
     * decisions when the publication is proposed, the approval proposes them.
     */
    static ProposedDecision decision(EvaluationRound.RoundFacts facts, EvaluationResult result, Money rewardAmount,
                                     DecisionType failedDecision, Money reductionAmount, LocalDate decidedOn) {
        String basis = basis(facts, result);
        if (result.grade() == Grade.EXCELLENT) {
            return new ProposedDecision(facts.roundId(), DecisionType.REWARD, rewardAmount, basis, facts.roundId(),
                    decidedOn);
        }
        if (result.grade() == Grade.FAILED) {
            return new ProposedDecision(facts.roundId(), failedDecision,
                    failedDecision == DecisionType.REDUCE_SUPPORT ? reductionAmount : null, basis, facts.roundId(),
                    decidedOn);
        }
        return null;
    }

    /** E.g. "2025年度绩效评价（EVAL-…）结果为优秀，总分 92.50 分，排名第 1 位". */
    static String basis(EvaluationRound.RoundFacts facts, EvaluationResult result) {
        String round = facts.kind() == RoundKind.ANNUAL ? facts.year() + "年度绩效评价"
                : facts.year() + "年" + facts.kind().chineseName();
        return round + "（" + facts.roundId() + "）结果为" + result.grade().chineseName() + "，总分 "
                + BigDecimal.valueOf(result.totalCentipoints(), 2).toPlainString() + " 分，排名第 " + result.rank()
                + " 位";
    }
}
