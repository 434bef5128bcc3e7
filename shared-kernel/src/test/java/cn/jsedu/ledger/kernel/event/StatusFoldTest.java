package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_FAILED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_REQUESTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.APPROVED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.DECLARED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.REJECTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.SUSPENDED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

/** How each event moves a platform's status: the transitions of docs/domain.md §4. */
class StatusFoldTest {

    private static final String P = "P-1";
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @Test
    void eachLifecycleEventSetsItsStatus() {
        assertThat(StatusFold.after(null, new PlatformDeclaredEvent(P, "JS-PLATFORMS-2019", new College("c", "n"), "g", "i", "t", List.of(), List.of())))
                .isEqualTo(DECLARED);
        assertThat(StatusFold.after(DECLARED, new PlatformApprovedEvent(P, 1, DAY, DAY.plusYears(3), List.of(), "d")))
                .isEqualTo(APPROVED);
        assertThat(StatusFold.after(DECLARED, new PlatformRejectedEvent(P, "r", "d"))).isEqualTo(REJECTED);
        assertThat(StatusFold.after(APPROVED, new PlatformSuspendedEvent(P, "r", "d"))).isEqualTo(SUSPENDED);
        assertThat(StatusFold.after(SUSPENDED, new PlatformResumedEvent(P, "r", "d"))).isEqualTo(APPROVED);
        assertThat(StatusFold.after(APPROVED, new AcceptanceRequestedEvent(P, DAY))).isEqualTo(ACCEPTANCE_REQUESTED);
    }

    @Test
    void aReviewPassesWithPassedOrExcellentAndFailsOtherwise() {
        assertThat(StatusFold.after(ACCEPTANCE_REQUESTED, review(AcceptanceResult.PASSED))).isEqualTo(ACCEPTED);
        assertThat(StatusFold.after(ACCEPTANCE_REQUESTED, review(AcceptanceResult.EXCELLENT))).isEqualTo(ACCEPTED);
        assertThat(StatusFold.after(ACCEPTANCE_REQUESTED, review(AcceptanceResult.FAILED))).isEqualTo(ACCEPTANCE_FAILED);
    }

    @Test
    void onlyATerminationDecisionChangesTheStatus() {
        for (DecisionType type : DecisionType.values()) {
            PlatformStatus after = StatusFold.after(SUSPENDED, new PerformanceDecisionRecordedEvent(P, "D", type,
                    type.requiresAmount() ? Money.ofFen(1) : null, "b", "d", DAY));
            assertThat(after).as(type.name()).isEqualTo(type == DecisionType.TERMINATE ? TERMINATED : SUSPENDED);
        }
    }

    @Test
    void moneyProposalsAndAgreementsLeaveTheStatusAsItWas() {
        List<PlatformEvent> neutral = List.of(
                new InstallmentRecordedEvent(P, "I", FundingSource.COLLEGE, null, ContributionForm.CASH, Money.ofFen(1), DAY, "v", null),
                new AgreementSignedEvent(P, "A", DAY, List.of(), List.of(), "t"),
                new SuspensionProposedEvent(P, "PR", "admin1", new ProposedSuspension("r", "d")),
                new ProposalApprovedEvent(P, "PR", ProposalKind.SUSPENSION, "admin1", "admin2"),
                new TaskBookSetEvent(P, 1, 1, List.of(), null, null));
        for (PlatformEvent event : neutral) {
            assertThat(StatusFold.setBy(event)).as(event.getClass().getSimpleName()).isEmpty();
            assertThat(StatusFold.after(ACCEPTANCE_FAILED, event)).isEqualTo(ACCEPTANCE_FAILED);
        }
    }

    private static AcceptanceReviewedEvent review(AcceptanceResult result) {
        return new AcceptanceReviewedEvent(P, result, DAY, "panel", null);
    }
}
