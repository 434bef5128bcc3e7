package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.id.AgreementId;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.Pledge;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;

/** Co-construction agreements and acceptance. */
class AgreementAndAcceptanceTest {

    private static final LocalDate SIGNED = LocalDate.of(2020, 3, 10);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static SignAgreementCommand sign(List<AgreementParty> parties, List<Pledge> pledges) {
        return new SignAgreementCommand(PLATFORM, AgreementId.of("A-1"), SIGNED, parties, pledges, "共建协议-1");
    }

    private static AgreementParty e1() {
        return new AgreementParty(E1, "无锡机床股份有限公司", E1_CODE, PartyRole.ENTERPRISE);
    }

    @Test
    void signsAnAgreement() {
        fixture.given(declared(), approved())
                .when(sign(agreementWithE1AndE2().parties(), agreementWithE1AndE2().pledges()))
                .expectEvents(agreementWithE1AndE2())
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "A-1", 2));
    }

    @Test
    void refusesAnEnterpriseWithoutAValidCreditCode() {
        fixture.given(declared(), approved())
                .when(sign(List.of(new AgreementParty(E1, "x", null, PartyRole.ENTERPRISE)), List.of()))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "parties[0].creditCode"));
        fixture.given(declared(), approved())
                .when(sign(List.of(new AgreementParty(E1, "x", "91320200MA1MXXXX1X", PartyRole.ENTERPRISE)), List.of()))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "parties[0].creditCode"));
    }

    @Test
    void refusesPledgesFromOutsidersOrInTheWrongRole() {
        fixture.given(declared(), approved())
                .when(sign(List.of(e1()), List.of(new Pledge(E2, ENTERPRISE, ContributionForm.CASH, yuan("1.00")))))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "pledges[0].partyId"));
        fixture.given(declared(), approved())
                .when(sign(List.of(e1()), List.of(new Pledge(E1, COLLEGE, ContributionForm.CASH, yuan("1.00")))))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "pledges[0].source"));
        fixture.given(declared(), approved())
                .when(sign(List.of(e1(), e1()), List.of()))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "parties[1].partyId"));
    }

    @Test
    void refusesAReusedAgreementIdAndAFutureSigningDate() {
        fixture.given(declared(), approved(), agreementWithE1AndE2())
                .when(sign(List.of(e1()), List.of())).expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "agreementId"));
        fixture.given(declared(), approved())
                .when(new SignAgreementCommand(PLATFORM, AgreementId.of("A-2"), TODAY.plusDays(1), List.of(e1()), List.of(), "t"))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "signedOn"));
    }

    @Test
    void requestsAcceptanceInTheLastNinetyDaysOfConstruction() {
        fixture.given(ReadyPlatform.history()).when(new RequestAcceptanceCommand(PLATFORM, END.minusDays(90)))
                .expectEvents(new AcceptanceRequestedEvent(ID, END.minusDays(90)));
        fixture.given(ReadyPlatform.history()).when(new RequestAcceptanceCommand(PLATFORM, END.minusDays(91)))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_TOO_EARLY, "requestedOn"));
    }

    @Test
    void refusesAcceptanceRequestsWhenNotUnderConstruction() {
        fixture.given(declared()).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
        fixture.given(declared(), approved(), suspended()).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void aPassedReviewClosesTheBooksButAllowsARewardAndRecoveries() {
        fixture.given(declared(), approved(), new AcceptanceRequestedEvent(ID, END))
                .when(new ReviewAcceptanceCommand(PLATFORM, AcceptanceResult.EXCELLENT, END.plusDays(10), "专家组", "优秀"))
                .expectEvents(new AcceptanceReviewedEvent(ID, AcceptanceResult.EXCELLENT, END.plusDays(10), "专家组", "优秀"));
        fixture.given(declared(), approved(), new AcceptanceRequestedEvent(ID, END),
                        new AcceptanceReviewedEvent(ID, AcceptanceResult.PASSED, END, "p", null))
                .when(recordInstallment("I1", COLLEGE, "1.00", END))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), new AcceptanceRequestedEvent(ID, END),
                        new AcceptanceReviewedEvent(ID, AcceptanceResult.PASSED, END, "p", null))
                .when(new RecordPerformanceDecisionCommand(PLATFORM, "PR-1", "admin1", DecisionId.of("D1"), DecisionType.REWARD,
                        yuan("100000.00"), "验收优秀", "d", END))
                .expectEvents(new DecisionProposedEvent(ID, "PR-1", "admin1",
                        new ProposedDecision("D1", DecisionType.REWARD, yuan("100000.00"), "验收优秀", "d", END)));
        fixture.given(declared(), approved(), new AcceptanceRequestedEvent(ID, END),
                        new AcceptanceReviewedEvent(ID, AcceptanceResult.PASSED, END, "p", null))
                .when(new RecordPerformanceDecisionCommand(PLATFORM, "PR-1", "admin1", DecisionId.of("D1"), DecisionType.TERMINATE,
                        null, "b", "d", END))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }

    @Test
    void aFailedReviewAllowsRectificationAndANewRequest() {
        fixture.given(ReadyPlatform.historyAnd(new AcceptanceRequestedEvent(ID, END),
                        new AcceptanceReviewedEvent(ID, AcceptanceResult.FAILED, END, "p", "整改")))
                .when(new RequestAcceptanceCommand(PLATFORM, END.plusDays(5)))
                .expectEvents(new AcceptanceRequestedEvent(ID, END.plusDays(5)));
    }

    @Test
    void refusesAReviewWithoutARequest() {
        fixture.given(declared(), approved())
                .when(new ReviewAcceptanceCommand(PLATFORM, AcceptanceResult.PASSED, END, "p", null))
                .expectException(refusedWith(ErrorCode.INVALID_STATE));
    }
}
