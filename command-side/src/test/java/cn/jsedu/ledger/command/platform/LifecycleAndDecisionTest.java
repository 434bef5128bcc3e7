package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import org.axonframework.messaging.MetaData;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/** Suspension, plan revisions and performance decisions; final states accept nothing but reads. */
class LifecycleAndDecisionTest {

    private static final LocalDate DECIDED = LocalDate.of(2022, 6, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static RecordPerformanceDecisionCommand decide(DecisionType type, Money amount) {
        return new RecordPerformanceDecisionCommand(PLATFORM, "PR-1", "admin1", DecisionId.of("D1"), type, amount,
                "绩效考核", "苏教职〔2022〕5号", DECIDED);
    }

    private static DecisionProposedEvent proposed(DecisionType type, Money amount) {
        return new DecisionProposedEvent(ID, "PR-1", "admin1",
                new ProposedDecision("D1", type, amount, "绩效考核", "苏教职〔2022〕5号", DECIDED));
    }

    private static ApproveProposalCommand approveBy(String user) {
        return new ApproveProposalCommand(PLATFORM, "PR-1", user);
    }

    private static MetaData bothPeople() {
        return MetaData.with("proposedBy", "admin1").and("approvedBy", "admin2").and("proposalId", "PR-1");
    }

    @Test
    void aSuspensionIsProposedThenApprovedByAnotherAdministrator() {
        SuspensionProposedEvent proposal = new SuspensionProposedEvent(ID, "PR-S", "admin1",
                new ProposedSuspension("资金到位滞后", "苏教职〔2021〕9号"));
        fixture.given(declared(), approved())
                .when(new SuspendPlatformCommand(PLATFORM, "PR-S", "admin1", "资金到位滞后", "苏教职〔2021〕9号"))
                .expectEvents(proposal);
        fixture.given(declared(), approved(), proposal).when(new ApproveProposalCommand(PLATFORM, "PR-S", "admin2"))
                .expectEvents(suspended(), new ProposalApprovedEvent(ID, "PR-S", ProposalKind.SUSPENSION, "admin1", "admin2"));
    }

    @Test
    void resumesASuspendedPlatform() {
        fixture.given(declared(), approved(), suspended()).when(new ResumePlatformCommand(PLATFORM, "整改完成", "d"))
                .expectEvents(new PlatformResumedEvent(ID, "整改完成", "d"));
    }

    @Test
    void refusesSuspendingTwiceResumingARunningPlatformOrSuspendingADeclaration() {
        fixture.given(declared(), approved(), suspended()).when(new SuspendPlatformCommand(PLATFORM, "PR-S", "admin1", "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared(), approved()).when(new ResumePlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared()).when(new SuspendPlatformCommand(PLATFORM, "PR-S", "admin1", "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void revisesThePlanWhenTheRevisionStillMeetsTheRules() {
        ProposedPlanRevision revision = new ProposedPlanRevision(plan("9000000.00", "11000000.00", "12000000.00"), "调整", "d", null);
        PlanRevisionProposedEvent proposal = new PlanRevisionProposedEvent(ID, "PR-P", "admin1", revision);
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-P", "admin1", revision.plan(), "调整", "d"))
                .expectEvents(proposal);
        fixture.given(declared(), approved(), proposal).when(new ApproveProposalCommand(PLATFORM, "PR-P", "admin2"))
                .expectEvents(new FundingPlanRevisedEvent(ID, 1, revision.plan(), "调整", "d"),
                        new ProposalApprovedEvent(ID, "PR-P", ProposalKind.FUNDING_PLAN_REVISION, "admin1", "admin2"));
    }

    @Test
    void refusesARevisionBelowTheMinimumOrTheShare() {
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-P", "admin1", plan("9999999.99", "10000000.00", "10000000.00"), "r", "d"))
                .expectException(refusedWith(ErrorCode.PLAN_BELOW_MINIMUM_TOTAL));
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-P", "admin1", plan("11000000.00", "9999999.99", "10000000.00"), "r", "d"))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET));
        fixture.given(declared())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-P", "admin1", minimumPlan(), "r", "d"))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
    }

    @Test
    void aRewardIsProposedAndTakesEffectWhenAnotherAdministratorApproves() {
        fixture.given(declared(), approved()).when(decide(DecisionType.REWARD, yuan("500000.00")))
                .expectEvents(proposed(DecisionType.REWARD, yuan("500000.00")))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "PR-1", 2));
        fixture.given(declared(), approved(), proposed(DecisionType.REWARD, yuan("500000.00"))).when(approveBy("admin2"))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REWARD, yuan("500000.00"),
                                "绩效考核", "苏教职〔2022〕5号", DECIDED),
                        // docs/domain.md §9: the reward's allocation (指标下达) is made with it
                        new ProvincialAllocationRecordedEvent(ID, "D1", yuan("500000.00"), DECIDED, "苏教职〔2022〕5号",
                                "D1"),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.PERFORMANCE_DECISION, "admin1", "admin2"))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "D1", 5));
    }

    @Test
    void theProposerCannotApproveItsOwnProposal() {
        fixture.given(declared(), approved(), proposed(DecisionType.REWARD, yuan("1.00"))).when(approveBy("admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED)).expectNoEvents();
    }

    @Test
    void bothIdentitiesLandInTheMetadataOfTheChange() {
        fixture.given(declared(), approved(), proposed(DecisionType.TERMINATE, null)).when(approveBy("admin2"))
                .expectEvents(org.axonframework.eventhandling.GenericEventMessage
                                .asEventMessage(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.TERMINATE, null,
                                        "绩效考核", "苏教职〔2022〕5号", DECIDED)).andMetaData(bothPeople()),
                        org.axonframework.eventhandling.GenericEventMessage
                                .asEventMessage(new ProposalApprovedEvent(ID, "PR-1", ProposalKind.PERFORMANCE_DECISION,
                                        "admin1", "admin2")).andMetaData(bothPeople()));
    }

    @Test
    void aWithdrawnProposalCanNoLongerBeApproved() {
        ProposalWithdrawnEvent withdrawn = new ProposalWithdrawnEvent(ID, "PR-1", "admin1", "重新研究");
        fixture.given(declared(), approved(), proposed(DecisionType.ADJUST, null))
                .when(new WithdrawProposalCommand(PLATFORM, "PR-1", "admin1", "重新研究")).expectEvents(withdrawn);
        fixture.given(declared(), approved(), proposed(DecisionType.ADJUST, null), withdrawn).when(approveBy("admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL));
        fixture.given(declared(), approved(), proposed(DecisionType.ADJUST, null), withdrawn)
                .when(decide(DecisionType.ADJUST, null)).expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "proposalId"));
    }

    @Test
    void theRulesAreCheckedAgainWhenAProposalIsApproved() {
        // proposed while the plan had 10,000,000.00 provincial; a reduction approved meanwhile left 9,000,000.00
        fixture.given(declared(), approved(), proposed(DecisionType.REDUCE_SUPPORT, yuan("9500000.00")),
                        new PerformanceDecisionRecordedEvent(ID, "D0", DecisionType.REDUCE_SUPPORT, yuan("1000000.00"), "b", "d", DECIDED))
                .when(approveBy("admin2"))
                .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL)).expectNoEvents();
    }

    @Test
    void refusesAReductionBeyondThePlannedProvincialFunds() {
        fixture.given(declared(), approved()).when(decide(DecisionType.REDUCE_SUPPORT, yuan("10000000.01")))
                .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL, "amount"));
        fixture.given(declared(), approved()).when(decide(DecisionType.REDUCE_SUPPORT, yuan("10000000.00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRewardRaisesThePlannedProvincialFundsAReductionMayTakeAway() {
        fixture.given(declared(), approved(), new PerformanceDecisionRecordedEvent(ID, "D0", DecisionType.REWARD,
                        yuan("1.00"), "b", "d", DECIDED))
                .when(decide(DecisionType.REDUCE_SUPPORT, yuan("10000000.01")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void decisionAmountsAreRequiredExactlyWhereTheTypeCarriesOne() {
        fixture.given(declared(), approved()).when(decide(DecisionType.REWARD, null))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount"));
        fixture.given(declared(), approved()).when(decide(DecisionType.WITHDRAW_KEY_SUPPORT, yuan("1.00")))
                .expectException(refusedWith(ErrorCode.DECISION_AMOUNT_INVALID, "amount"));
        fixture.given(declared(), approved()).when(decide(DecisionType.ADJUST, null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAReusedDecisionIdAndAFutureDecisionDate() {
        fixture.given(declared(), approved(), new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.ADJUST, null, "b", "d", DECIDED))
                .when(decide(DecisionType.ADJUST, null)).expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "decisionId"));
        fixture.given(declared(), approved())
                .when(new RecordPerformanceDecisionCommand(PLATFORM, "PR-1", "admin1", DecisionId.of("D1"), DecisionType.ADJUST, null, "b", "d", TODAY.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "decidedOn"));
    }

    @Test
    void terminationIsFinalButStillAcceptsRecoveries() {
        fixture.given(declared(), approved(), proposed(DecisionType.TERMINATE, null)).when(approveBy("admin2"))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.TERMINATE, null, "绩效考核",
                        "苏教职〔2022〕5号", DECIDED),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.PERFORMANCE_DECISION, "admin1", "admin2"));
        fixture.given(declared(), approved(), terminated()).when(decide(DecisionType.REWARD, yuan("1.00")))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), terminated()).when(new ResumePlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), terminated())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-P", "admin1", minimumPlan(), "r", "d"))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), terminated())
                .when(new SignAgreementCommand(PLATFORM, cn.jsedu.ledger.kernel.id.AgreementId.of("A9"), DECIDED,
                        agreementWithE1AndE2().parties(), agreementWithE1AndE2().pledges(), "t"))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void aDeclarationCanBeTerminatedButOtherDecisionsNeedApproval() {
        fixture.given(declared()).when(decide(DecisionType.TERMINATE, null)).expectSuccessfulHandlerExecution();
        fixture.given(declared()).when(decide(DecisionType.REWARD, yuan("1.00")))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void aSuspendedPlatformCanStillBeDecidedOn() {
        fixture.given(declared(), approved(), suspended(), installment("I1", COLLEGE, "1.00", DECIDED))
                .when(decide(DecisionType.TERMINATE, null)).expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), new PlatformSuspendedEvent(ID, "r", "d"))
                .when(recordInstallment("I1", PROVINCIAL_FINANCE, "1.00", DECIDED))
                .expectException(refusedWith(ErrorCode.PLATFORM_SUSPENDED));
    }
}
