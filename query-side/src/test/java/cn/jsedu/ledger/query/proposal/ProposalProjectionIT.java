package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link ProposalProjection} on a real read model: four-eyes proposals pending, approved or withdrawn. */
class ProposalProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private final PlatformStory js = PlatformStory.of("JS-001");

    @BeforeEach
    void approved() {
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
    }

    private ProposalQueries proposals() {
        return readModels.bean(ProposalQueries.class);
    }

    @Test
    void aProposalWaitsAsPendingWithWhoProposedItWhenAndWhatItWouldChange() {
        DomainEventMessage<?> proposed = js.at("2022-06-02T01:00:00Z")
                .decisionProposed("PR-1", "D-1", DecisionType.REWARD, "500000.00");
        readModels.project(proposed);

        assertThat(proposals().ofPlatform("JS-001")).containsExactly(new ProposalView("JS-001", "PR-1",
                ProposalKind.PERFORMANCE_DECISION, ProposalStatus.PENDING, "admin1", proposed.getTimestamp(),
                "REWARD 500000.00 苏教职〔2022〕5号: 绩效突出", null, null, proposed.getIdentifier()));
        assertThat(proposals().withStatus(ProposalStatus.PENDING, 10)).extracting(ProposalView::proposalId)
                .containsExactly("PR-1");
    }

    @Test
    void eachKindOfProposalIsSummarisedInOneLine() {
        readModels.project(js.decisionProposed("PR-1", "D-1", DecisionType.WITHDRAW_KEY_SUPPORT, null),
                js.planRevisionProposed("PR-2", PlatformStory.PLAN),
                js.suspensionProposed("PR-3"));

        assertThat(proposals().ofPlatform("JS-001"))
                .extracting(ProposalView::proposalId, ProposalView::kind, ProposalView::summary)
                .containsExactly(
                        tuple("PR-1", ProposalKind.PERFORMANCE_DECISION, "WITHDRAW_KEY_SUPPORT 苏教职〔2022〕5号: 绩效突出"),
                        tuple("PR-2", ProposalKind.FUNDING_PLAN_REVISION, "plan of 4 lines, 苏教职〔2022〕8号: 调整预算"),
                        tuple("PR-3", ProposalKind.SUSPENSION, "suspension 苏教职〔2022〕10号: 资金不到位"));
    }

    @Test
    void approvalAndWithdrawalDecideAProposalNamingWhoDecidedAndWhen() {
        DomainEventMessage<?> reward = js.decisionProposed("PR-1", "D-1", DecisionType.REWARD, "500000.00");
        DomainEventMessage<?> revision = js.planRevisionProposed("PR-2", PlatformStory.PLAN);
        DomainEventMessage<?> suspension = js.suspensionProposed("PR-3");
        DomainEventMessage<?> approval = js.at("2022-06-03T01:00:00Z").proposalApproved(revision);
        DomainEventMessage<?> withdrawal = js.at("2022-06-04T01:00:00Z").proposalWithdrawn(suspension);
        PlatformStory other = PlatformStory.of("JS-002");
        other.declared();
        other.approved("2020-03-01");
        other.at("2022-07-01T01:00:00Z").suspensionProposed("PR-9");
        readModels.project(reward, revision, suspension, approval, withdrawal);
        readModels.project(other.events());

        assertThat(proposals().ofPlatform("JS-001"))
                .extracting(ProposalView::proposalId, ProposalView::status, ProposalView::decidedBy, ProposalView::decidedAt)
                .containsExactly(
                        tuple("PR-1", ProposalStatus.PENDING, null, null),
                        tuple("PR-2", ProposalStatus.APPROVED, "admin2", approval.getTimestamp()),
                        tuple("PR-3", ProposalStatus.WITHDRAWN, "admin1", withdrawal.getTimestamp()));
        assertThat(proposals().withStatus(ProposalStatus.PENDING, 10))
                .extracting(ProposalView::platformId, ProposalView::proposalId)
                .containsExactly(tuple("JS-001", "PR-1"), tuple("JS-002", "PR-9"));
        assertThat(proposals().withStatus(ProposalStatus.APPROVED, 10)).extracting(ProposalView::proposalId)
                .containsExactly("PR-2");
        assertThat(proposals().withStatus(ProposalStatus.WITHDRAWN, 10)).extracting(ProposalView::proposalId)
                .containsExactly("PR-3");
    }
}
