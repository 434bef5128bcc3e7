package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.command.platform.Platform;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundOpenedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundPublishedEvent;
import cn.jsedu.ledger.kernel.event.PanelScoreRecordedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.jsedu.ledger.command.support.Refusals.refusedWith;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.DEFAULT_SCHEME_ID;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.ENTERPRISE_SHARE;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.EXECUTION;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.FUNDS_IN_PLACE;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.PANEL_SERVICE_AND_INNOVATION;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.REPORTS_SUBMITTED;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.TASK_INDICATORS;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.WORKSTATION_SHARE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;

/**
 * An evaluation round (ADR 0026): opened for a programme's batch or all of it, scored by the panel, its results
 * proposed by one administrator with the objective scores as known at an instant, and approved by another. Every
 * rule's failure path; the approval's way to the platforms is EvaluationRoundIT's (it needs the platforms' store).
 */
class EvaluationRoundTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String P = ProgrammeId.DEFAULT.value();
    private static final String R = "EVAL-T-2025-ANNUAL-ALL";
    private static final Instant OPENED = Instant.parse("2026-01-10T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant KNOWN_AT = Instant.parse("2026-01-19T02:00:00Z");
    /** The platforms of the default programme that belong to the round (any batch). */
    private static final Set<String> MEMBERS = Set.of("P-A", "P-B", "P-C", "P-D");

    /** P-C's construction ended long ago: its settlement window closed on this day. */
    private static final LocalDate P_C_WINDOW_END = LocalDate.of(2023, 12, 31);
    /** The planned provincial funds a reduction may take away at most, on every platform here. */
    private static final Money PLANNED_PROVINCIAL = Money.ofYuan(1_000_000);

    /**
     * The platforms' decision rules as the tests need them (PlatformMembership asks the platforms themselves, as
     * EvaluationRoundIT and EvaluationPublishingTest show): P-C refuses a date after its window, every platform a
     * reduction above its planned provincial funds.
     */
    private static final PlatformDecisions DECISIONS = (platformId, decision, proposalId) -> {
        if ("P-C".equals(platformId) && decision.decidedOn().isAfter(P_C_WINDOW_END)) {
            throw new LedgerRuleException(ErrorCode.DATE_OUTSIDE_WINDOW, "decidedOn",
                    "decidedOn " + decision.decidedOn() + " lies outside the window ending " + P_C_WINDOW_END);
        }
        if (decision.type() == DecisionType.REDUCE_SUPPORT && decision.amount().isGreaterThan(PLANNED_PROVINCIAL)) {
            throw new LedgerRuleException(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL, "amount",
                    "the reduction exceeds the planned provincial funds");
        }
    };

    private final AggregateTestFixture<EvaluationRound> fixture = fixture();

    @SuppressWarnings("unchecked")
    private static AggregateTestFixture<EvaluationRound> fixture() {
        AggregateTestFixture<EvaluationRound> fixture = new AggregateTestFixture<>(EvaluationRound.class);
        Clock clock = Clock.fixed(NOW, CHINA);
        ProgrammeRules rules = programmeId -> {
            if (!P.equals(programmeId)) {
                throw new LedgerRuleException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId);
            }
            return ParameterTimeline.of(ProgrammeParameters.defaults());
        };
        RoundMembership members = (platformId, programmeId, batch) -> MEMBERS.contains(platformId)
                && P.equals(programmeId) && (batch == null || batch == 1);
        fixture.registerInjectableResource(clock);
        fixture.registerAnnotatedCommandHandler(new RoundOpening(fixture.getRepository(), rules, clock));
        fixture.registerAnnotatedCommandHandler(new RoundScoring(fixture.getRepository(), members, DECISIONS, clock));
        fixture.registerAnnotatedCommandHandler(new EvaluationPublication(fixture.getRepository(),
                (Repository<Platform>) mock(Repository.class), rules, clock));
        return fixture;
    }

    // --- opening ---

    private static OpenEvaluationRoundCommand open(String roundId, int year, Integer batch, LocalDate referenceDate,
                                                   int schemeVersion) {
        return new OpenEvaluationRoundCommand(roundId, P, RoundKind.ANNUAL, year, batch, referenceDate,
                DEFAULT_SCHEME_ID, schemeVersion, "admin1");
    }

    private static EvaluationRoundOpenedEvent opened() {
        return new EvaluationRoundOpenedEvent(R, P, RoundKind.ANNUAL, 2025, null, LocalDate.of(2025, 12, 31),
                DEFAULT_SCHEME_ID, 1, "admin1");
    }

    @Test
    void opensARoundForTheWholeProgramme() {
        fixture.givenNoPriorActivity()
                .when(open(R, 2025, null, LocalDate.of(2025, 12, 31), 1))
                .expectEvents(opened())
                .expectResultMessagePayload(new CommandResult(null, null, R, 0));
    }

    @Test
    void opensARoundOfOneBatch() {
        fixture.givenNoPriorActivity()
                .when(open("EVAL-B1", 2025, 1, LocalDate.of(2025, 6, 30), 1))
                .expectEvents(new EvaluationRoundOpenedEvent("EVAL-B1", P, RoundKind.ANNUAL, 2025, 1,
                        LocalDate.of(2025, 6, 30), DEFAULT_SCHEME_ID, 1, "admin1"));
    }

    @Test
    void refusesARoundIdWithoutTheRoundPrefix() {
        fixture.givenNoPriorActivity()
                .when(open("ROUND-2025", 2025, null, LocalDate.of(2025, 12, 31), 1))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "roundId"));
    }

    @Test
    void refusesAYearOutsideTwoThousandToTwentyOneHundred() {
        fixture.givenNoPriorActivity()
                .when(open(R, 1999, null, LocalDate.of(1999, 12, 31), 1))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "year"));
    }

    @Test
    void refusesAReferenceDateOutsideTheRoundsYear() {
        fixture.givenNoPriorActivity()
                .when(open(R, 2025, null, LocalDate.of(2026, 1, 1), 1))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "referenceDate"));
    }

    @Test
    void refusesASchemeVersionNotShipped() {
        fixture.givenNoPriorActivity()
                .when(open(R, 2025, null, LocalDate.of(2025, 12, 31), 7))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "schemeVersion"));
    }

    @Test
    void refusesABatchTheProgrammeDoesNotHave() {
        fixture.givenNoPriorActivity()
                .when(open(R, 2025, 42, LocalDate.of(2025, 12, 31), 1))
                .expectException(refusedWith(ErrorCode.UNKNOWN_BATCH, "batch"));
    }

    @Test
    void refusesAnUnknownProgramme() {
        fixture.givenNoPriorActivity()
                .when(new OpenEvaluationRoundCommand(R, "NO-SUCH", RoundKind.MIDTERM, 2025, null,
                        LocalDate.of(2025, 12, 31), DEFAULT_SCHEME_ID, 1, "admin1"))
                .expectException(refusedWith(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId"));
    }

    // --- panel scores ---

    private static RecordPanelScoreCommand score(String platformId, String item, int centipoints) {
        return new RecordPanelScoreCommand(R, platformId, item, centipoints, "建设成效显著", "admin2");
    }

    private static PanelScoreRecordedEvent scored(String platformId, String item, int centipoints) {
        return new PanelScoreRecordedEvent(R, platformId, item, centipoints, "建设成效显著", "admin2");
    }

    private TestExecutor<EvaluationRound> givenOpened(Object... more) {
        List<Object> events = new ArrayList<>();
        events.add(opened());
        events.addAll(List.of(more));
        return fixture.givenCurrentTime(OPENED).andGiven(events);
    }

    @Test
    void recordsAPanelScore() {
        givenOpened()
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 2_500))
                .expectEvents(scored("P-A", PANEL_CONSTRUCTION_QUALITY, 2_500))
                .expectResultMessagePayload(new CommandResult(null, null, R, 1));
    }

    @Test
    void refusesAPanelScoreForAnObjectiveItem() {
        givenOpened()
                .when(score("P-A", FUNDS_IN_PLACE, 100))
                .expectException(refusedWith(ErrorCode.NOT_A_PANEL_ITEM, "itemCode"));
    }

    @Test
    void refusesAPanelScoreForAnItemTheSchemeDoesNotHave() {
        givenOpened()
                .when(score("P-A", "PANEL_SOMETHING_ELSE", 100))
                .expectException(refusedWith(ErrorCode.NOT_A_PANEL_ITEM, "itemCode"));
    }

    @Test
    void refusesAPanelScoreAboveTheItemsWeight() {
        givenOpened()
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 2_501))
                .expectException(refusedWith(ErrorCode.PANEL_SCORE_OUT_OF_RANGE, "centipoints"));
    }

    @Test
    void refusesANegativePanelScore() {
        givenOpened()
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, -1))
                .expectException(refusedWith(ErrorCode.PANEL_SCORE_OUT_OF_RANGE, "centipoints"));
    }

    @Test
    void refusesAPanelScoreWithoutRemarks() {
        givenOpened()
                .when(new RecordPanelScoreCommand(R, "P-A", PANEL_CONSTRUCTION_QUALITY, 100, " ", "admin2"))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "remarks"));
    }

    @Test
    void refusesAPanelScoreForAPlatformNotInTheRound() {
        givenOpened()
                .when(score("P-Z", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void aRoundOfOneBatchRefusesAPlatformOfAnotherBatch() {
        EvaluationRoundOpenedEvent batchTwo = new EvaluationRoundOpenedEvent(R, P, RoundKind.MIDTERM, 2025, 2,
                LocalDate.of(2025, 12, 31), DEFAULT_SCHEME_ID, 1, "admin1");
        fixture.givenCurrentTime(OPENED).andGiven(batchTwo)
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId"));
    }

    @Test
    void refusesAPanelScoreOnAnUnknownRound() {
        fixture.givenNoPriorActivity()
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    @Test
    void refusesPanelScoresWhileAPublicationIsPending() {
        givenOpened(proposedForA("PR-1"))
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_OPEN, "roundId"));
    }

    @Test
    void refusesPanelScoresOnAPublishedRound() {
        givenOpened(proposedForA("PR-1"), published("PR-1"))
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_OPEN, "roundId"));
    }

    // --- proposals ---

    private static List<ItemScore> objective(int funds, int enterprise, int execution, int tasks, int reports,
                                             int workstations) {
        return List.of(new ItemScore(FUNDS_IN_PLACE, funds), new ItemScore(ENTERPRISE_SHARE, enterprise),
                new ItemScore(EXECUTION, execution), new ItemScore(TASK_INDICATORS, tasks),
                new ItemScore(REPORTS_SUBMITTED, reports), new ItemScore(WORKSTATION_SHARE, workstations));
    }

    private static final List<ItemScore> FULL = objective(1_200, 800, 800, 1_200, 500, 500);
    private static final List<ItemScore> FOUR_THOUSAND = objective(1_200, 800, 0, 1_000, 500, 500);
    private static final List<ItemScore> THREE_THOUSAND = objective(1_000, 800, 0, 200, 500, 500);

    private static List<ItemScore> panel(int quality, int service) {
        return List.of(new ItemScore(PANEL_CONSTRUCTION_QUALITY, quality),
                new ItemScore(PANEL_SERVICE_AND_INNOVATION, service));
    }

    private static Object[] panelScores(String platformId, int quality, int service) {
        return new Object[]{scored(platformId, PANEL_CONSTRUCTION_QUALITY, quality),
                scored(platformId, PANEL_SERVICE_AND_INNOVATION, service)};
    }

    private static ProposeEvaluationPublicationCommand propose(String proposalId, Instant knownAt, Money reward,
                                                               DecisionType failed, Money reduction,
                                                               ProposeEvaluationPublicationCommand.ProposedResult... results) {
        return new ProposeEvaluationPublicationCommand(R, proposalId, "admin1", knownAt, List.of(results), reward,
                failed, reduction);
    }

    private static ProposeEvaluationPublicationCommand.ProposedResult result(String platformId, List<ItemScore> objective) {
        return new ProposeEvaluationPublicationCommand.ProposedResult(platformId, objective);
    }

    private static EvaluationPublicationProposedEvent proposedForA(String proposalId) {
        return new EvaluationPublicationProposedEvent(R, proposalId, "admin1", KNOWN_AT, List.of(
                new EvaluationResult("P-A", FOUR_THOUSAND, panel(2_000, 1_500), 4_000, 3_500, 7_500, Grade.GOOD, 1)),
                null, DecisionType.WITHDRAW_KEY_SUPPORT, null);
    }

    private static EvaluationRoundPublishedEvent published(String proposalId) {
        return new EvaluationRoundPublishedEvent(R, proposalId, "admin1", "admin2", KNOWN_AT);
    }

    private TestExecutor<EvaluationRound> givenFourScored() {
        List<Object> events = new ArrayList<>();
        events.addAll(List.of(panelScores("P-A", 2_500, 2_000)));
        events.addAll(List.of(panelScores("P-B", 2_000, 1_500)));
        events.addAll(List.of(panelScores("P-C", 2_000, 1_500)));
        // a later score replaces the earlier one for the result
        events.add(scored("P-D", PANEL_CONSTRUCTION_QUALITY, 2_500));
        events.addAll(List.of(panelScores("P-D", 1_000, 1_000)));
        return givenOpened(events.toArray());
    }

    @Test
    void proposesTheResultsWithTotalsGradesAndRanksEqualTotalsSharingOne() {
        givenFourScored()
                .when(propose("PR-1", KNOWN_AT, Money.ofYuan(100_000), null, null,
                        result("P-D", THREE_THOUSAND), result("P-C", FOUR_THOUSAND), result("P-A", FULL),
                        result("P-B", FOUR_THOUSAND)))
                .expectEvents(new EvaluationPublicationProposedEvent(R, "PR-1", "admin1", KNOWN_AT, List.of(
                        new EvaluationResult("P-A", FULL, panel(2_500, 2_000), 5_000, 4_500, 9_500, Grade.EXCELLENT, 1),
                        new EvaluationResult("P-B", FOUR_THOUSAND, panel(2_000, 1_500), 4_000, 3_500, 7_500,
                                Grade.GOOD, 2),
                        new EvaluationResult("P-C", FOUR_THOUSAND, panel(2_000, 1_500), 4_000, 3_500, 7_500,
                                Grade.GOOD, 2),
                        new EvaluationResult("P-D", THREE_THOUSAND, panel(1_000, 1_000), 3_000, 2_000, 5_000,
                                Grade.FAILED, 4)),
                        Money.ofYuan(100_000), DecisionType.WITHDRAW_KEY_SUPPORT, null))
                .expectResultMessagePayload(new CommandResult(null, null, "PR-1", 10));
    }

    // --- the date of the decisions: judged by each platform's decision rules when proposed ---

    @Test
    void refusesWhenProposedADecisionDatedTodayThatThePlatformsWindowRefuses() {
        givenOpened(panelScores("P-C", 2_500, 2_500))
                .when(propose("PR-1", KNOWN_AT, Money.ofYuan(100_000), null, null, result("P-C", FULL)))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "decidedOn"))
                .expectExceptionMessage(allOf(containsString("P-C"), containsString("2026-01-20")))
                .expectNoEvents();
    }

    @Test
    void aDecidedOnWithinThePlatformsWindowIsProposedWithTheResults() {
        LocalDate decidedOn = LocalDate.of(2023, 6, 30);
        givenOpened(panelScores("P-C", 2_500, 2_500))
                .when(new ProposeEvaluationPublicationCommand(R, "PR-1", "admin1", KNOWN_AT,
                        List.of(result("P-C", FULL)), Money.ofYuan(100_000), null, null, decidedOn, null))
                .expectEvents(new EvaluationPublicationProposedEvent(R, "PR-1", "admin1", KNOWN_AT, List.of(
                        new EvaluationResult("P-C", FULL, panel(2_500, 2_500), 5_000, 5_000, 10_000, Grade.EXCELLENT,
                                1)), Money.ofYuan(100_000), DecisionType.WITHDRAW_KEY_SUPPORT, null, decidedOn));
    }

    @Test
    void aDecidedOnAfterThePlatformsWindowIsRefusedNamingIt() {
        givenOpened(panelScores("P-C", 2_500, 2_500))
                .when(new ProposeEvaluationPublicationCommand(R, "PR-1", "admin1", KNOWN_AT,
                        List.of(result("P-C", FULL)), Money.ofYuan(100_000), null, null, LocalDate.of(2024, 1, 1),
                        null))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "decidedOn"));
    }

    @Test
    void aGoodResultLeadsToNoDecisionSoTheWindowDoesNotMatter() {
        givenOpened(panelScores("P-C", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-C", FOUR_THOUSAND)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesADecidedOnInTheFuture() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(new ProposeEvaluationPublicationCommand(R, "PR-1", "admin1", KNOWN_AT,
                        List.of(result("P-B", FOUR_THOUSAND)), null, null, null, LocalDate.of(2026, 1, 21), null))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "decidedOn"));
    }

    @Test
    void refusesADecidedOnBeforeTwoThousand() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(new ProposeEvaluationPublicationCommand(R, "PR-1", "admin1", KNOWN_AT,
                        List.of(result("P-B", FOUR_THOUSAND)), null, null, null, LocalDate.of(1999, 12, 31), null))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "decidedOn"));
    }

    @Test
    void aReductionThePlatformRefusesNamesTheReductionAmount() {
        givenOpened(panelScores("P-D", 1_000, 1_000))
                .when(propose("PR-1", KNOWN_AT, null, DecisionType.REDUCE_SUPPORT, Money.ofYuan(2_000_000),
                        result("P-D", THREE_THOUSAND)))
                .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL, "reductionAmount"));
    }

    @Test
    void objectiveScoresInAnotherOrderAreKeptInTheSchemesOrder() {
        List<ItemScore> reversed = new ArrayList<>(FOUR_THOUSAND);
        java.util.Collections.reverse(reversed);
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", reversed)))
                .expectEvents(new EvaluationPublicationProposedEvent(R, "PR-1", "admin1", KNOWN_AT, List.of(
                        new EvaluationResult("P-B", FOUR_THOUSAND, panel(2_000, 1_500), 4_000, 3_500, 7_500,
                                Grade.GOOD, 1)), null, DecisionType.WITHDRAW_KEY_SUPPORT, null));
    }

    @Test
    void refusesAnExcellentResultWithoutARewardAmount() {
        givenOpened(panelScores("P-A", 2_500, 2_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-A", FULL)))
                .expectException(refusedWith(ErrorCode.DECISION_AMOUNT_REQUIRED, "rewardAmount"));
    }

    @Test
    void refusesAReductionOfSupportWithoutItsAmount() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, DecisionType.REDUCE_SUPPORT, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.DECISION_AMOUNT_REQUIRED, "reductionAmount"));
    }

    @Test
    void refusesAnAmountForAWithdrawalOfKeySupport() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, DecisionType.WITHDRAW_KEY_SUPPORT, Money.ofYuan(1),
                        result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.DECISION_AMOUNT_INVALID, "reductionAmount"));
    }

    @Test
    void refusesAZeroRewardAmount() {
        givenOpened(panelScores("P-A", 2_500, 2_500))
                .when(propose("PR-1", KNOWN_AT, Money.ZERO, null, null, result("P-A", FULL)))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "rewardAmount"));
    }

    @Test
    void refusesAFailedDecisionOtherThanWithdrawalOrReduction() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, DecisionType.TERMINATE, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "failedDecision"));
    }

    @Test
    void refusesAPlatformWithoutEveryPanelScore() {
        givenOpened(scored("P-B", PANEL_CONSTRUCTION_QUALITY, 2_000))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.PANEL_SCORES_MISSING, "results[0].platformId"));
    }

    @Test
    void refusesLeavingOutAPlatformThePanelScored() {
        givenOpened(concat(panelScores("P-B", 2_000, 1_500), panelScores("P-C", 2_000, 1_500)))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.PANEL_SCORES_MISSING, "results"));
    }

    @Test
    void refusesObjectiveScoresMissingAnItem() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", FOUR_THOUSAND.subList(0, 5))))
                .expectException(refusedWith(ErrorCode.OBJECTIVE_SCORES_INVALID, "results[0].objective"));
    }

    @Test
    void refusesAnObjectiveScoreAboveItsItemsWeight() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null,
                        result("P-B", objective(1_201, 800, 0, 1_000, 500, 500))))
                .expectException(refusedWith(ErrorCode.OBJECTIVE_SCORES_INVALID, "results[0].objective"));
    }

    @Test
    void refusesAPanelItemAmongTheObjectiveScores() {
        List<ItemScore> withPanel = new ArrayList<>(FOUR_THOUSAND);
        withPanel.add(new ItemScore(PANEL_CONSTRUCTION_QUALITY, 0));
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", withPanel)))
                .expectException(refusedWith(ErrorCode.OBJECTIVE_SCORES_INVALID, "results[0].objective"));
    }

    @Test
    void refusesAPlatformListedTwice() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", FOUR_THOUSAND),
                        result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "results[1].platformId"));
    }

    @Test
    void refusesAPlatformNotInTheRound() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-B", FOUR_THOUSAND),
                        result("P-Z", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_IN_ROUND, "results[1].platformId"));
    }

    @Test
    void refusesNoResults() {
        givenOpened()
                .when(propose("PR-1", KNOWN_AT, null, null, null))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "results"));
    }

    @Test
    void refusesAKnownAtInTheFuture() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", NOW.plusSeconds(1), null, null, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "knownAt"));
    }

    @Test
    void refusesAKnownAtBeforeTheRoundWasOpened() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(propose("PR-1", OPENED.minusSeconds(1), null, null, null, result("P-B", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "knownAt"));
    }

    @Test
    void refusesASecondProposalWhileOneIsPending() {
        givenOpened(concat(panelScores("P-A", 2_000, 1_500), new Object[]{proposedForA("PR-1")}))
                .when(propose("PR-2", KNOWN_AT, null, null, null, result("P-A", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_OPEN, "roundId"));
    }

    @Test
    void refusesAProposalIdUsedBeforeEvenAfterItsWithdrawal() {
        givenOpened(concat(panelScores("P-A", 2_000, 1_500), new Object[]{proposedForA("PR-1"),
                new EvaluationPublicationWithdrawnEvent(R, "PR-1", "admin1", "重算")}))
                .when(propose("PR-1", KNOWN_AT, null, null, null, result("P-A", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "proposalId"));
    }

    @Test
    void refusesAProposalOnAPublishedRound() {
        givenOpened(concat(panelScores("P-A", 2_000, 1_500), new Object[]{proposedForA("PR-1"), published("PR-1")}))
                .when(propose("PR-2", KNOWN_AT, null, null, null, result("P-A", FOUR_THOUSAND)))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_OPEN, "roundId"));
    }

    // --- approval and withdrawal ---

    @Test
    void theProposerCannotApproveItsOwnPublication() {
        givenOpened(proposedForA("PR-1"))
                .when(new ApproveEvaluationPublicationCommand(R, "PR-1", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED));
    }

    @Test
    void refusesTheApprovalOfAProposalThatIsNotPending() {
        givenOpened(proposedForA("PR-1"))
                .when(new ApproveEvaluationPublicationCommand(R, "PR-9", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL, "proposalId"));
    }

    @Test
    void refusesTheApprovalOfAWithdrawnProposal() {
        givenOpened(proposedForA("PR-1"), new EvaluationPublicationWithdrawnEvent(R, "PR-1", "admin1", "重算"))
                .when(new ApproveEvaluationPublicationCommand(R, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL, "proposalId"));
    }

    @Test
    void aRoundIsPublishedOnce() {
        givenOpened(proposedForA("PR-1"), published("PR-1"))
                .when(new ApproveEvaluationPublicationCommand(R, "PR-1", "admin3"))
                .expectException(refusedWith(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId"));
    }

    @Test
    void refusesTheApprovalOnAnUnknownRound() {
        fixture.givenNoPriorActivity()
                .when(new ApproveEvaluationPublicationCommand(R, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    @Test
    void theProposerWithdrawsItsProposal() {
        givenOpened(proposedForA("PR-1"))
                .when(new WithdrawEvaluationPublicationCommand(R, "PR-1", "admin1", "重算客观分"))
                .expectEvents(new EvaluationPublicationWithdrawnEvent(R, "PR-1", "admin1", "重算客观分"));
    }

    @Test
    void aWithdrawnProposalLeavesTheRoundOpenForScores() {
        givenOpened(proposedForA("PR-1"), new EvaluationPublicationWithdrawnEvent(R, "PR-1", "admin1", "重算"))
                .when(score("P-A", PANEL_CONSTRUCTION_QUALITY, 100))
                .expectEvents(scored("P-A", PANEL_CONSTRUCTION_QUALITY, 100));
    }

    @Test
    void onlyTheProposerWithdraws() {
        givenOpened(proposedForA("PR-1"))
                .when(new WithdrawEvaluationPublicationCommand(R, "PR-1", "admin2", "不同意"))
                .expectException(refusedWith(ErrorCode.ACCESS_DENIED, "withdrawnBy"));
    }

    @Test
    void refusesTheWithdrawalOfAPublishedRoundsProposal() {
        givenOpened(proposedForA("PR-1"), published("PR-1"))
                .when(new WithdrawEvaluationPublicationCommand(R, "PR-1", "admin1", "撤回"))
                .expectException(refusedWith(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId"));
    }

    // --- a user scoped to another programme: the round is none of its business (404, as for its platforms) ---

    @Test
    void aUserOfAnotherProgrammeCannotScore() {
        givenOpened()
                .when(new RecordPanelScoreCommand(R, "P-A", PANEL_CONSTRUCTION_QUALITY, 100, "好", "admin2", "OTHER"))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    @Test
    void aUserOfTheRoundsProgrammeScores() {
        givenOpened()
                .when(new RecordPanelScoreCommand(R, "P-A", PANEL_CONSTRUCTION_QUALITY, 100, "好", "admin2", P))
                .expectEvents(new PanelScoreRecordedEvent(R, "P-A", PANEL_CONSTRUCTION_QUALITY, 100, "好", "admin2"));
    }

    @Test
    void aUserOfAnotherProgrammeCannotPropose() {
        givenOpened(panelScores("P-B", 2_000, 1_500))
                .when(new ProposeEvaluationPublicationCommand(R, "PR-1", "admin1", KNOWN_AT,
                        List.of(result("P-B", FOUR_THOUSAND)), null, null, null, "OTHER"))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    @Test
    void aUserOfAnotherProgrammeCannotApprove() {
        givenOpened(proposedForA("PR-1"))
                .when(new ApproveEvaluationPublicationCommand(R, "PR-1", "admin2", "OTHER"))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    @Test
    void aUserOfAnotherProgrammeCannotWithdraw() {
        givenOpened(proposedForA("PR-1"))
                .when(new WithdrawEvaluationPublicationCommand(R, "PR-1", "admin1", "撤回", "OTHER"))
                .expectException(refusedWith(ErrorCode.ROUND_NOT_FOUND, "roundId"));
    }

    private static Object[] concat(Object[] a, Object[] b) {
        List<Object> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray();
    }
}
