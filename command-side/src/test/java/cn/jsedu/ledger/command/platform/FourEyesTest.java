package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;

/** The proposals waiting for a second administrator ({@link cn.jsedu.ledger.command.foureyes.FourEyes}): ids, and the checks repeated at approval. */
class FourEyesTest {

    private static final LocalDate DECIDED = LocalDate.of(2022, 6, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static DecisionProposedEvent adjustProposed(String proposalId) {
        return new DecisionProposedEvent(ID, proposalId, "admin1",
                new ProposedDecision("D1", DecisionType.ADJUST, null, "b", "d", DECIDED));
    }

    private static SuspensionProposedEvent suspensionProposed(String proposalId) {
        return new SuspensionProposedEvent(ID, proposalId, "admin1", new ProposedSuspension("r", "d"));
    }

    @Test
    void aDecisionIdWaitsInOneProposalAtATime() {
        fixture.given(declared(), approved(), adjustProposed("PR-1"))
                .when(new RecordPerformanceDecisionCommand(PLATFORM, "PR-2", "admin2", DecisionId.of("D1"),
                        DecisionType.ADJUST, null, "b", "d", DECIDED))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "decisionId")).expectNoEvents();
    }

    @Test
    void proposalIdsAreNeverReusedAcrossKinds() {
        fixture.given(declared(), approved(), adjustProposed("PR-1"))
                .when(new SuspendPlatformCommand(PLATFORM, "PR-1", "admin1", "r", "d"))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "proposalId"));
    }

    @Test
    void onlyAPendingProposalCanBeApprovedOrWithdrawn() {
        fixture.given(declared(), approved())
                .when(new ApproveProposalCommand(PLATFORM, "PR-9", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL, "proposalId"));
        fixture.given(declared(), approved())
                .when(new WithdrawProposalCommand(PLATFORM, "PR-9", "admin1", "r"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL, "proposalId"));
        fixture.given(declared(), approved(), suspensionProposed("PR-S"), suspended(),
                        new ProposalApprovedEvent(ID, "PR-S", ProposalKind.SUSPENSION, "admin1", "admin2"))
                .when(new ApproveProposalCommand(PLATFORM, "PR-S", "admin3"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL));
    }

    @Test
    void aSuspensionIsCheckedAgainWhenApproved() {
        // two suspensions proposed while running; the first took effect
        fixture.given(declared(), approved(), suspensionProposed("PR-1"), suspensionProposed("PR-2"), suspended(),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.SUSPENSION, "admin1", "admin2"))
                .when(new ApproveProposalCommand(PLATFORM, "PR-2", "admin2"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
    }

    @Test
    void aPlanRevisionIsCheckedAgainWhenApproved() {
        PlanRevisionProposedEvent revision = new PlanRevisionProposedEvent(ID, "PR-P", "admin1",
                new ProposedPlanRevision(minimumPlan(), "r", "d", null));
        fixture.given(declared(), approved(), revision, new AcceptanceRequestedEvent(ID, END),
                        new AcceptanceReviewedEvent(ID, AcceptanceResult.PASSED, END, "p", null))
                .when(new ApproveProposalCommand(PLATFORM, "PR-P", "admin2"))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED)).expectNoEvents();
    }
}
