package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;

/** The acceptance gate (ADR 0022): READY, or an override with a reason under four eyes. */
class AcceptanceGateTest {

    private static final String WHY = "疫情影响，报告延迟，经厅务会研究同意验收";

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    @Test
    void requestsAcceptanceOfAReadyPlatform() {
        fixture.given(ReadyPlatform.history()).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectEvents(new AcceptanceRequestedEvent(ID, END));
    }

    @Test
    void refusesAcceptanceRequestWhileNotReady() {
        fixture.given(declared(), approved()).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_NOT_READY, "requestedOn")).expectNoEvents();
    }

    @Test
    void refusesAcceptanceRequestWhileAContributionIsUnconfirmed() {
        fixture.given(ReadyPlatform.unconfirmed()).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_NOT_READY)).expectNoEvents();
    }

    @Test
    void refusesAcceptanceRequestWhileAContributionIsDisputed() {
        List<PlatformEvent> given = ReadyPlatform.historyAnd(new ContributionDisputedEvent(ID, ReadyPlatform.CONTRIBUTION,
                E1, E1_CODE, yuan("10000000.00"), "实际到位 800 万元"));
        fixture.given(given).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_NOT_READY)).expectNoEvents();
    }

    @Test
    void aCorrectedContributionNeedsItsEnterpriseAgain() {
        List<PlatformEvent> given = ReadyPlatform.historyAnd(new AdjustmentRecordedEvent(ID, "ADJ-1",
                ReadyPlatform.CONTRIBUTION, EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE, E1,
                ContributionForm.CASH, ReadyPlatform.ARRIVED, yuan("10000000.00"), yuan("10000001.00"), "录入错误"));
        fixture.given(given).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_NOT_READY)).expectNoEvents();
    }

    @Test
    void refusesAcceptanceRequestWhenMoneyIsShort() {
        List<PlatformEvent> given = ReadyPlatform.historyAnd(new AdjustmentRecordedEvent(ID, "ADJ-1", "I2",
                EntryKind.INSTALLMENT, FundingSource.COLLEGE, null, ContributionForm.CASH, ReadyPlatform.ARRIVED,
                yuan("10000000.00"), yuan("9999999.99"), "录入错误"));
        fixture.given(given).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_NOT_READY)).expectNoEvents();
    }

    @Test
    void proposesAnOverrideWithAReason() {
        fixture.given(declared(), approved())
                .when(new OverrideAcceptanceGateCommand(PLATFORM, "PR-1", "admin1", END, WHY))
                .expectEvents(new AcceptanceOverrideProposedEvent(ID, "PR-1", "admin1",
                        new ProposedAcceptanceOverride(END, WHY)));
    }

    @Test
    void anApprovedOverrideRequestsAcceptanceAndRecordsTheFailingItemsAndBothPeople() {
        List<String> failing = List.of(AcceptanceChecklist.TOTAL_RECEIVED, AcceptanceChecklist.ENTERPRISE_SHARE,
                AcceptanceChecklist.REPORTS_SUBMITTED, AcceptanceChecklist.MANDATORY_INDICATORS,
                AcceptanceChecklist.AGREEMENT_SIGNED);
        fixture.given(declared(), approved(), new AcceptanceOverrideProposedEvent(ID, "PR-1", "admin1",
                        new ProposedAcceptanceOverride(END, WHY)))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectEvents(new AcceptanceRequestedEvent(ID, END, new ReadinessOverride(WHY, failing, "admin1", "admin2")),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.ACCEPTANCE_OVERRIDE, "admin1", "admin2"));
    }

    @Test
    void refusesAnOverrideApprovedByItsProposer() {
        fixture.given(declared(), approved(), new AcceptanceOverrideProposedEvent(ID, "PR-1", "admin1",
                        new ProposedAcceptanceOverride(END, WHY)))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED)).expectNoEvents();
    }

    @Test
    void refusesAnOverrideWithoutAReason() {
        fixture.given(declared(), approved())
                .when(new OverrideAcceptanceGateCommand(PLATFORM, "PR-1", "admin1", END, " "))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED, "reason")).expectNoEvents();
    }

    @Test
    void anOverrideKeepsTheOtherRulesOfTheRequest() {
        fixture.given(declared(), approved())
                .when(new OverrideAcceptanceGateCommand(PLATFORM, "PR-1", "admin1", END.minusDays(91), WHY))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_TOO_EARLY)).expectNoEvents();
        fixture.given(declared())
                .when(new OverrideAcceptanceGateCommand(PLATFORM, "PR-1", "admin1", END, WHY))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
        fixture.given(declared(), approved(), suspended())
                .when(new OverrideAcceptanceGateCommand(PLATFORM, "PR-1", "admin1", END, WHY))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
    }

    @Test
    void anOverrideIsCheckedAgainWhenApproved() {
        fixture.given(declared(), approved(), new AcceptanceOverrideProposedEvent(ID, "PR-1", "admin1",
                        new ProposedAcceptanceOverride(END, WHY)), suspended())
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
    }
}
