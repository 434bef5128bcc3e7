package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
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
        return new RecordPerformanceDecisionCommand(PLATFORM, DecisionId.of("D1"), type, amount, "绩效考核", "苏教职〔2022〕5号", DECIDED);
    }

    @Test
    void suspendsAnApprovedPlatformAndResumesIt() {
        fixture.given(declared(), approved()).when(new SuspendPlatformCommand(PLATFORM, "资金到位滞后", "苏教职〔2021〕9号"))
                .expectEvents(suspended());
        fixture.given(declared(), approved(), suspended()).when(new ResumePlatformCommand(PLATFORM, "整改完成", "d"))
                .expectEvents(new PlatformResumedEvent(ID, "整改完成", "d"));
    }

    @Test
    void refusesSuspendingTwiceResumingARunningPlatformOrSuspendingADeclaration() {
        fixture.given(declared(), approved(), suspended()).when(new SuspendPlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared(), approved()).when(new ResumePlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared()).when(new SuspendPlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void revisesThePlanWhenTheRevisionStillMeetsTheRules() {
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, plan("9000000.00", "11000000.00", "12000000.00"), "调整", "d"))
                .expectEvents(new FundingPlanRevisedEvent(ID, 1, plan("9000000.00", "11000000.00", "12000000.00"), "调整", "d"));
    }

    @Test
    void refusesARevisionBelowTheMinimumOrTheShare() {
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, plan("9999999.99", "10000000.00", "10000000.00"), "r", "d"))
                .expectException(refusedWith(ErrorCode.PLAN_BELOW_MINIMUM_TOTAL));
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, plan("11000000.00", "9999999.99", "10000000.00"), "r", "d"))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET));
        fixture.given(declared())
                .when(new ReviseFundingPlanCommand(PLATFORM, minimumPlan(), "r", "d"))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
    }

    @Test
    void recordsARewardAndAReductionWithTheirAmounts() {
        fixture.given(declared(), approved()).when(decide(DecisionType.REWARD, yuan("500000.00")))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REWARD, yuan("500000.00"),
                        "绩效考核", "苏教职〔2022〕5号", DECIDED))
                .expectResultMessagePayload(new CommandResult(ID, "D1", 2));
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
                .when(new RecordPerformanceDecisionCommand(PLATFORM, DecisionId.of("D1"), DecisionType.ADJUST, null, "b", "d", TODAY.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "decidedOn"));
    }

    @Test
    void terminationIsFinalButStillAcceptsRecoveries() {
        fixture.given(declared(), approved()).when(decide(DecisionType.TERMINATE, null))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.TERMINATE, null, "绩效考核",
                        "苏教职〔2022〕5号", DECIDED));
        fixture.given(declared(), approved(), terminated()).when(decide(DecisionType.REWARD, yuan("1.00")))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), terminated()).when(new ResumePlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), terminated())
                .when(new ReviseFundingPlanCommand(PLATFORM, minimumPlan(), "r", "d"))
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
