package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PlatformStatusProjection} on a real read model: the status column follows the platform's life. */
class PlatformStatusProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private final PlatformStory js = PlatformStory.of("JS-001");

    private PlatformStatus status() {
        return readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow().status();
    }

    @Test
    void followsThePlatformFromDeclarationThroughSuspensionAndAFailedReviewToAcceptance() {
        readModels.project(js.declared());
        assertThat(status()).isEqualTo(PlatformStatus.DECLARED);
        readModels.project(js.approved("2020-03-01"));
        assertThat(status()).isEqualTo(PlatformStatus.APPROVED);
        readModels.project(js.suspended());
        assertThat(status()).isEqualTo(PlatformStatus.SUSPENDED);
        readModels.project(js.resumed());
        assertThat(status()).isEqualTo(PlatformStatus.APPROVED);
        readModels.project(js.acceptanceRequested("2023-03-10"));
        assertThat(status()).isEqualTo(PlatformStatus.ACCEPTANCE_REQUESTED);
        readModels.project(js.acceptanceReviewed(AcceptanceResult.FAILED, "2023-04-20"));
        assertThat(status()).isEqualTo(PlatformStatus.ACCEPTANCE_FAILED);
        readModels.project(js.acceptanceRequested("2023-09-01"));
        assertThat(status()).isEqualTo(PlatformStatus.ACCEPTANCE_REQUESTED);
        readModels.project(js.acceptanceReviewed(AcceptanceResult.PASSED, "2023-10-15"));
        assertThat(status()).isEqualTo(PlatformStatus.ACCEPTED);
    }

    @Test
    void aRejectedDeclarationIsRejected() {
        js.declared();
        js.rejected();
        readModels.project(js.events());
        assertThat(status()).isEqualTo(PlatformStatus.REJECTED);
    }

    @Test
    void onlyATerminationDecisionChangesTheStatusProposalsAndOtherDecisionsLeaveItAlone() {
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
        readModels.project(js.decision("D-1", DecisionType.REWARD, "500000.00", "2022-06-01"),
                js.decision("D-2", DecisionType.WITHDRAW_KEY_SUPPORT, null, "2022-06-02"),
                js.suspensionProposed("PR-1"),
                js.decisionProposed("PR-2", "D-3", DecisionType.TERMINATE, null));
        assertThat(status()).isEqualTo(PlatformStatus.APPROVED);
        readModels.project(js.decision("D-3", DecisionType.TERMINATE, null, "2022-09-01"));
        assertThat(status()).isEqualTo(PlatformStatus.TERMINATED);
    }

    @Test
    void inOneBatchTheLastStatusOfThePlatformWins() {
        js.declared();
        js.approved("2020-03-01");
        js.suspended();
        readModels.project(js.events());
        assertThat(status()).isEqualTo(PlatformStatus.SUSPENDED);
    }
}
