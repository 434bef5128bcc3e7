package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;

/** Enterprise confirmation (ADR 0022): the enterprise a contribution names confirms or disputes it. */
class ContributionConfirmationTest {

    private static final LocalDate ON = LocalDate.of(2020, 6, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static AdjustmentRecordedEvent corrected(String to) {
        return new AdjustmentRecordedEvent(ID, "ADJ-1", "C1", EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE,
                E1, ContributionForm.CASH, ON, yuan("500.00"), yuan(to), "录入错误");
    }

    @Test
    void theNamedEnterpriseConfirmsAContribution() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON))
                .when(new ConfirmContributionCommand(PLATFORM, "C1", E1_CODE))
                .expectEvents(new ContributionConfirmedEvent(ID, "C1", E1, E1_CODE, yuan("500.00")));
    }

    @Test
    void theNamedEnterpriseDisputesAContributionWithAReason() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON))
                .when(new DisputeContributionCommand(PLATFORM, "C1", E1_CODE, "未收到该笔款项的投入确认"))
                .expectEvents(new ContributionDisputedEvent(ID, "C1", E1, E1_CODE, yuan("500.00"), "未收到该笔款项的投入确认"));
    }

    @Test
    void refusesAnotherEnterprisesRepresentative() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON))
                .when(new ConfirmContributionCommand(PLATFORM, "C1", E2_CODE))
                .expectException(refusedWith(ErrorCode.NOT_CONTRIBUTING_ENTERPRISE, "entryId")).expectNoEvents();
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON))
                .when(new DisputeContributionCommand(PLATFORM, "C1", null, "x"))
                .expectException(refusedWith(ErrorCode.NOT_CONTRIBUTING_ENTERPRISE, "entryId")).expectNoEvents();
    }

    @Test
    void refusesWhatIsNotAContributionInForce() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), installment("I1", FundingSource.COLLEGE, "500.00", ON))
                .when(new ConfirmContributionCommand(PLATFORM, "I1", E1_CODE))
                .expectException(refusedWith(ErrorCode.NOT_A_CONTRIBUTION, "entryId")).expectNoEvents();
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON),
                        corrected("0.00"))
                .when(new ConfirmContributionCommand(PLATFORM, "C1", E1_CODE))
                .expectException(refusedWith(ErrorCode.NOT_A_CONTRIBUTION, "entryId")).expectNoEvents();
    }

    @Test
    void refusesTheSameAnswerTwice() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON),
                        new ContributionConfirmedEvent(ID, "C1", E1, E1_CODE, yuan("500.00")))
                .when(new ConfirmContributionCommand(PLATFORM, "C1", E1_CODE))
                .expectException(refusedWith(ErrorCode.CONTRIBUTION_ALREADY_ANSWERED)).expectNoEvents();
    }

    @Test
    void aConfirmedContributionMayStillBeDisputedAndACorrectionAsksAgain() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON),
                        new ContributionConfirmedEvent(ID, "C1", E1, E1_CODE, yuan("500.00")))
                .when(new DisputeContributionCommand(PLATFORM, "C1", E1_CODE, "金额有误"))
                .expectEvents(new ContributionDisputedEvent(ID, "C1", E1, E1_CODE, yuan("500.00"), "金额有误"));
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON),
                        new ContributionConfirmedEvent(ID, "C1", E1, E1_CODE, yuan("500.00")), corrected("400.00"))
                .when(new ConfirmContributionCommand(PLATFORM, "C1", E1_CODE))
                .expectEvents(new ContributionConfirmedEvent(ID, "C1", E1, E1_CODE, yuan("400.00")));
    }

    @Test
    void refusesADisputeWithoutAReason() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, ContributionForm.CASH, "500.00", ON))
                .when(new DisputeContributionCommand(PLATFORM, "C1", E1_CODE, " "))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED, "reason")).expectNoEvents();
    }
}
