package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.ContributionForm.CASH;
import static cn.jsedu.ledger.kernel.fund.ContributionForm.EQUIPMENT;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/** Installments, enterprise contributions and expenditures: limits, parties, states, and cash never negative. */
class MoneyEntriesTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2020, 4, 1);
    private static final LocalDate APRIL_5 = LocalDate.of(2020, 4, 5);
    private static final LocalDate APRIL_10 = LocalDate.of(2020, 4, 10);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    @Test
    void recordsAnInstallmentAndAnswersTheNewVersion() {
        fixture.given(declared(), approved())
                .when(recordInstallment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .expectEvents(installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "I1", 2));
    }

    @Test
    void refusesAmountsOutsideTheLimits() {
        fixture.given(declared(), approved()).when(recordInstallment("I1", PROVINCIAL_FINANCE, "0", APRIL_1))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount"));
        fixture.given(declared(), approved()).when(recordInstallment("I1", PROVINCIAL_FINANCE, "10000000000.01", APRIL_1))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount"));
        fixture.given(declared(), approved()).when(recordInstallment("I1", PROVINCIAL_FINANCE, "10000000000.00", APRIL_1))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnEffectiveDateInTheFuture() {
        fixture.given(declared(), approved()).when(recordInstallment("I1", COLLEGE, "1.00", TODAY.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "effectiveDate"));
    }

    @Test
    void refusesEnterpriseMoneyAsAPlainInstallment() {
        fixture.given(declared(), approved()).when(recordInstallment("I1", ENTERPRISE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SOURCE_NEEDS_CONTRIBUTION, "source"));
    }

    @Test
    void refusesANonCashInstallmentWithoutAppraisal() {
        fixture.given(declared(), approved())
                .when(new RecordInstallmentCommand(PLATFORM, EntryId.of("I1"), COLLEGE, null, EQUIPMENT,
                        yuan("5.00"), APRIL_1, "V", null))
                .expectException(refusedWith(ErrorCode.APPRAISAL_REF_REQUIRED, "appraisalRef"));
    }

    @Test
    void refusesAReusedEntryId() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1.00", APRIL_1))
                .when(recordExpenditure("I1", COLLEGE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "entryId"));
    }

    @Test
    void refusesMoneyBeforeApprovalWhileSuspendedAndAfterTermination() {
        fixture.given(declared()).when(recordInstallment("I1", COLLEGE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
        fixture.given(declared(), approved(), suspended()).when(recordInstallment("I1", COLLEGE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_SUSPENDED));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "5.00", APRIL_1), suspended())
                .when(recordExpenditure("X1", COLLEGE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_SUSPENDED));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "5.00", APRIL_1), terminated())
                .when(recordExpenditure("X1", COLLEGE, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), agreementWithE1AndE2(), terminated())
                .when(recordContribution("C1", E1, CASH, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void acceptsMoneyAgainOnceResumed() {
        fixture.given(declared(), approved(), suspended(), new PlatformResumedEvent(ID, "整改完成", "d"))
                .when(recordInstallment("I1", COLLEGE, "1.00", APRIL_1)).expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptsContributionsOnlyFromEnterprisePartiesOfASignedAgreement() {
        // E1 is declared, but no agreement is signed yet
        fixture.given(declared(), approved()).when(recordContribution("C1", E1, CASH, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PARTY_NOT_IN_AGREEMENT, "partyId"));
        // "C" is a party of the agreement, but as the college, not as an enterprise
        fixture.given(declared(), approved(), agreementWithE1AndE2()).when(recordContribution("C1", "C", CASH, "1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PARTY_NOT_IN_AGREEMENT, "partyId"));
        fixture.given(declared(), approved(), agreementWithE1AndE2()).when(recordContribution("C1", E2, CASH, "1.00", APRIL_1))
                .expectEvents(contribution("C1", E2, CASH, "1.00", APRIL_1));
    }

    @Test
    void spendsExactlyTheCashInPlace() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .expectEvents(expenditure("X1", PROVINCIAL_FINANCE, "1000.00", APRIL_1));
    }

    @Test
    void refusesSpendingOneFenMoreThanTheCashBalance() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "1000.01", APRIL_5))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE, "amount")).expectNoEvents();
    }

    @Test
    void refusesSpendingMoneyBeforeItArrives() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_10))
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "1.00", APRIL_5))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void refusesABackDatedExpenditureThatConsumesMoneyLaterSpendingUsed() {
        // on 04-05 the balance is 1000, but the 800 spent on 04-10 leaves only 200 for anything before it
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "800.00", APRIL_10))
                .when(recordExpenditure("X2", PROVINCIAL_FINANCE, "300.00", APRIL_5))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "800.00", APRIL_10))
                .when(recordExpenditure("X2", PROVINCIAL_FINANCE, "200.00", APRIL_5))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void tracksCashPerSource() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1000.00", APRIL_1))
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "1.00", APRIL_5))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void nonCashContributionsAreNotSpendable() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, EQUIPMENT, "5000.00", APRIL_1))
                .when(recordExpenditure("X1", ENTERPRISE, "0.01", APRIL_5))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void enterpriseCashIsPooledAcrossParties() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, CASH, "600.00", APRIL_1),
                        contribution("C2", E2, CASH, "400.00", APRIL_1))
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X1"), ExpenditureCategory.OTHER, ENTERPRISE,
                        PartyId.of(E1), yuan("1000.00"), APRIL_5, "V"))
                .expectEvents(new ExpenditureRecordedEvent(ID, "X1", ExpenditureCategory.OTHER, ENTERPRISE, E1,
                        yuan("1000.00"), APRIL_5, "V"));
    }

    @Test
    void anExpenditureMayNameOnlyAnEnterpriseAndOnlyForEnterpriseMoney() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "10.00", APRIL_1))
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X1"), ExpenditureCategory.OTHER, COLLEGE,
                        PartyId.of(E1), yuan("1.00"), APRIL_5, "V"))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "partyId"));
        fixture.given(declared(), approved(), agreementWithE1AndE2(), contribution("C1", E1, CASH, "10.00", APRIL_1))
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X1"), ExpenditureCategory.OTHER, ENTERPRISE,
                        PartyId.of("E9"), yuan("1.00"), APRIL_5, "V"))
                .expectException(refusedWith(ErrorCode.INVALID_PARTY, "partyId"));
    }

    @Test
    void refusesAContributionFormWithoutAppraisal() {
        fixture.given(declared(), approved(), agreementWithE1AndE2())
                .when(new RecordEnterpriseContributionCommand(PLATFORM, EntryId.of("C1"), PartyId.of(E1),
                        ContributionForm.TECHNOLOGY, yuan("1.00"), APRIL_1, "V", " "))
                .expectException(refusedWith(ErrorCode.APPRAISAL_REF_REQUIRED));
    }
}
