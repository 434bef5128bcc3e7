package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.TestPlatforms.ID;
import static cn.jsedu.ledger.command.platform.TestPlatforms.TODAY;
import static cn.jsedu.ledger.command.platform.TestPlatforms.approved;
import static cn.jsedu.ledger.command.platform.TestPlatforms.declared;
import static cn.jsedu.ledger.command.platform.TestPlatforms.terminated;
import static cn.jsedu.ledger.command.support.Refusals.refusedWith;

/**
 * The platform's side of a round's publication (ADR 0026, {@link Platform#publishEvaluation}): it takes the result of a
 * round it belongs to once, and the decision its grade leads to as a proposal under the round's id, judged by the
 * rules of any decision. Driven here by a stand-in for command.evaluation.EvaluationPublication, which calls the
 * platform the same way from its repository.
 */
class EvaluationPublishingTest {

    private static final String ROUND = "EVAL-T-2022-ANNUAL-ALL";
    private static final String PROGRAMME = ProgrammeId.DEFAULT.value();

    /** What the publication asks of one platform. */
    record Publish(String platformId, EvaluationPublishedEvent published, ProposedDecision decision,
                   String programmeId, Integer batch) {
    }

    /** Loads the platform and calls it as the publication does. */
    static final class Publication {

        private final Repository<Platform> platforms;

        Publication(Repository<Platform> platforms) {
            this.platforms = platforms;
        }

        @CommandHandler
        public CommandResult handle(Publish command, Clock clock, ProgrammeRules rules) throws Exception {
            return platforms.load(command.platformId()).invoke(p -> {
                p.publishEvaluation(command.published(), command.decision(), "admin2", command.programmeId(),
                        command.batch(), clock, rules);
                return p.evaluationResult();
            });
        }
    }

    /** What the round asks of one platform when the publication is proposed: does it accept the decision. */
    record Ask(String platformId, ProposedDecision decision) {
    }

    /** Loads the platform and asks it as command.evaluation.PlatformMembership does. */
    static final class Proposal {

        private final Repository<Platform> platforms;

        Proposal(Repository<Platform> platforms) {
            this.platforms = platforms;
        }

        @CommandHandler
        public void handle(Ask command, Clock clock, ProgrammeRules rules) throws Exception {
            platforms.load(command.platformId()).execute(p -> p.requireAcceptsRoundDecision(command.decision(),
                    ROUND, clock, rules));
        }
    }

    private static AggregateTestFixture<Platform> fixture() {
        return fixture(TODAY);
    }

    private static AggregateTestFixture<Platform> fixture(LocalDate today) {
        AggregateTestFixture<Platform> fixture = PlatformFixture.create(today);
        fixture.registerAnnotatedCommandHandler(new Publication(fixture.getRepository()));
        fixture.registerAnnotatedCommandHandler(new Proposal(fixture.getRepository()));
        return fixture;
    }

    private static EvaluationPublishedEvent published(Grade grade, int total) {
        return new EvaluationPublishedEvent(ID, ROUND, RoundKind.ANNUAL, 2022, LocalDate.of(2022, 12, 31),
                EvaluationSchemes.DEFAULT_SCHEME_ID, 1, Instant.parse("2023-01-05T00:00:00Z"),
                new EvaluationResult(ID, List.of(), List.of(), total / 2, total - total / 2, total, grade, 1), 3);
    }

    private static ProposedDecision reward(LocalDate decidedOn) {
        return new ProposedDecision(ROUND, DecisionType.REWARD, Money.ofYuan(100_000), "2022年度绩效评价结果为优秀",
                ROUND, decidedOn);
    }

    @Test
    void takesTheResultAndProposesTheDecisionUnderTheRoundsId() {
        fixture().given(declared(), approved())
                .when(new Publish(ID, published(Grade.EXCELLENT, 9_500), reward(TODAY), PROGRAMME, null))
                .expectEvents(published(Grade.EXCELLENT, 9_500),
                        new DecisionProposedEvent(ID, ROUND, "admin2", reward(TODAY)))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, null, 3));
    }

    @Test
    void aGoodResultLeadsToNoDecision() {
        fixture().given(declared(), approved())
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, PROGRAMME, 2))
                .expectEvents(published(Grade.GOOD, 8_000));
    }

    @Test
    void refusesARoundOfAnotherBatch() {
        fixture().given(declared(), approved())
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, PROGRAMME, 1))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void refusesARoundOfAnotherProgramme() {
        fixture().given(declared(), approved())
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, "OTHER-PROGRAMME", null))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void refusesWhenNotApproved() {
        fixture().given(declared())
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, PROGRAMME, null))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void refusesWhenTerminated() {
        fixture().given(declared(), approved(), terminated())
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, PROGRAMME, null))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void takesARoundsResultOnce() {
        fixture().given(declared(), approved(), published(Grade.GOOD, 8_000))
                .when(new Publish(ID, published(Grade.GOOD, 8_000), null, PROGRAMME, null))
                .expectException(refusedWith(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId"));
    }

    @Test
    void theDecisionMeetsTheRulesOfAnyDecision() {
        fixture().given(declared(), approved())
                .when(new Publish(ID, published(Grade.EXCELLENT, 9_500), reward(LocalDate.of(2026, 1, 1)), PROGRAMME,
                        null))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "decidedOn"));
    }

    /** A round published after the platform's settlement window closed proposes no decision: the whole publication fails. */
    @Test
    void aDecisionDatedAfterTheSettlementWindowIsRefused() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        fixture(later).given(declared(), approved())
                .when(new Publish(ID, published(Grade.EXCELLENT, 9_500), reward(later), PROGRAMME, null))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "decidedOn"));
    }

    // --- asked when the publication is proposed: the same rules, nothing appended ---

    @Test
    void whenProposedADecisionDatedAfterTheSettlementWindowIsRefusedNamingDecidedOn() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        fixture(later).given(declared(), approved())
                .when(new Ask(ID, reward(later)))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void whenProposedADecisionDatedWithinTheWindowIsAcceptedAndNothingIsAppended() {
        fixture(LocalDate.of(2026, 6, 1)).given(declared(), approved())
                .when(new Ask(ID, reward(TODAY)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenProposedTheDecisionsIdMustBeFree() {
        fixture().given(declared(), approved(), new DecisionProposedEvent(ID, ROUND, "admin1", reward(TODAY)))
                .when(new Ask(ID, reward(TODAY)))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED));
    }

    @Test
    void whenProposedATerminatedPlatformRefusesTheDecision() {
        fixture().given(declared(), approved(), terminated())
                .when(new Ask(ID, reward(TODAY)))
                .expectException(LedgerRuleException.class)
                .expectNoEvents();
    }
}
