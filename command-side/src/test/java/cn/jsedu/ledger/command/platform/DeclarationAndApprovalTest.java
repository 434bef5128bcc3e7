package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.registry.CollegeRegistry;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Declaration and approval: the plan's minimum total and enterprise share at their exact boundaries (docs/domain.md §2). */
class DeclarationAndApprovalTest {

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private ApprovePlatformCommand approve(List<PlanLine> plan) {
        return new ApprovePlatformCommand(PLATFORM, 2, START, "苏教职〔2020〕1号", plan);
    }

    @Test
    void declaresAPlatformAndClaimsItsCollege() {
        CollegeRegistry registry = mock(CollegeRegistry.class);
        PlatformFixture.create(registry).givenNoPriorActivity()
                .when(declare(minimumPlan()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(declared())
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, null, 0));
        verify(registry).claim(ProgrammeId.DEFAULT.value(), COLLEGE_A.code(), ID);
    }

    @Test
    void refusesASecondLivePlatformOfTheSameCollege() {
        CollegeRegistry registry = mock(CollegeRegistry.class);
        doThrow(new LedgerRuleException(ErrorCode.COLLEGE_ALREADY_HAS_PLATFORM, "college.code", "taken"))
                .when(registry).claim(ProgrammeId.DEFAULT.value(), COLLEGE_A.code(), ID);
        PlatformFixture.create(registry).givenNoPriorActivity()
                .when(declare(minimumPlan()))
                .expectException(refusedWith(ErrorCode.COLLEGE_ALREADY_HAS_PLATFORM))
                .expectNoEvents();
    }

    @Test
    void refusesAnEnterprisePlanLineWithoutADeclaredEnterprise() {
        List<PlanLine> plan = List.of(new PlanLine(ENTERPRISE, "E9", 2020, yuan("10000000.00")));
        fixture.givenNoPriorActivity().when(declare(plan))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "plan[0].partyId")).expectNoEvents();
    }

    @Test
    void refusesAPlanAmountOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(declare(List.of(new PlanLine(PROVINCIAL_FINANCE, null, 2020, yuan("10000000000.01")))))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "plan[0].amount"));
        fixture.givenNoPriorActivity()
                .when(declare(List.of(new PlanLine(PROVINCIAL_FINANCE, null, 2020, yuan("0")))))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "plan[0].amount"));
    }

    @Test
    void refusesAnEnterpriseListedTwice() {
        DeclarePlatformCommand twice = new DeclarePlatformCommand(PLATFORM, ProgrammeId.DEFAULT, COLLEGE_A, "g", "i", "t",
                List.of(new EnterpriseParty(E1, "a", E1_CODE), new EnterpriseParty(E1, "b", E2_CODE)), minimumPlan());
        fixture.givenNoPriorActivity().when(twice)
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "enterprises[1].partyId"));
    }

    @Test
    void approvesAPlanExactlyAtTheMinimumTotalAndShare() {
        fixture.given(declared()).when(approve(null))
                .expectEvents(approved())
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, null, 1));
    }

    @Test
    void refusesATotalOneFenBelowTheMinimum() {
        fixture.given(declared()).when(approve(plan("9999999.99", "10000000.00", "10000000.00")))
                .expectException(refusedWith(ErrorCode.PLAN_BELOW_MINIMUM_TOTAL)).expectNoEvents();
    }

    @Test
    void refusesAnEnterpriseShareOneFenShortOfAThird() {
        fixture.given(declared()).when(approve(plan("10000000.00", "9999999.99", "10000000.01")))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET)).expectNoEvents();
    }

    @Test
    void refusesTenMillionOfAPlanOfThirtyMillionAndOneFen() {
        fixture.given(declared()).when(approve(plan("10000000.00", "10000000.00", "10000000.01")))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET));
    }

    @Test
    void approvesTenMillionAndOneFenOfAPlanOfThirtyMillionAndOneFen() {
        List<PlanLine> plan = plan("10000000.00", "10000000.01", "10000000.00");
        fixture.given(declared()).when(approve(plan))
                .expectEvents(new PlatformApprovedEvent(ID, 2, START, END, plan, "苏教职〔2020〕1号"));
    }

    @Test
    void refusesADeclaredPlanThatBreaksTheRulesWhenApprovedAsItIs() {
        fixture.given(declared(plan("10000000.00", "5000000.00", "15000000.00"))).when(approve(null))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET));
    }

    @Test
    void refusesAnUnknownBatchAndAStartOutsideTheBatchYear() {
        fixture.given(declared()).when(new ApprovePlatformCommand(PLATFORM, 4, START, "d", null))
                .expectException(refusedWith(ErrorCode.UNKNOWN_BATCH, "batch"));
        fixture.given(declared()).when(new ApprovePlatformCommand(PLATFORM, 1, START, "d", null))
                .expectException(refusedWith(ErrorCode.CONSTRUCTION_START_OUTSIDE_BATCH_YEAR, "constructionStart"));
    }

    @Test
    void refusesApprovingTwiceOrAfterRejection() {
        fixture.given(declared(), approved()).when(approve(null))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared(), new PlatformRejectedEvent(ID, "不符合条件", "d")).when(approve(null))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void rejectsOnlyADeclaredPlatform() {
        fixture.given(declared()).when(new RejectPlatformCommand(PLATFORM, "不符合条件", "d"))
                .expectEvents(new PlatformRejectedEvent(ID, "不符合条件", "d"));
        fixture.given(declared(), approved()).when(new RejectPlatformCommand(PLATFORM, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void aRejectedPlatformAcceptsNothing() {
        fixture.given(declared(), new PlatformRejectedEvent(ID, "r", "d"))
                .when(recordInstallment("I1", PROVINCIAL_FINANCE, "1.00", LocalDate.of(2020, 4, 1)))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }
}
