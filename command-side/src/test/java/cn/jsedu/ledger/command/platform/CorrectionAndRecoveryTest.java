package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.id.EntryId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static cn.jsedu.ledger.kernel.role.Role.COLLEGE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.FINANCE_OFFICER;

/** Corrections take effect at the original date and never turn a cash balance negative; recoveries likewise. */
class CorrectionAndRecoveryTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2020, 4, 1);
    private static final LocalDate MAY_1 = LocalDate.of(2020, 5, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static RecordRecoveryCommand recover(String amount, LocalDate on) {
        return new RecordRecoveryCommand(PLATFORM, EntryId.of("R1"), PROVINCIAL_FINANCE, yuan(amount), on,
                "中止后追回", "苏财教〔2022〕8号", FINANCE_OFFICER);
    }

    @Test
    void correctsAnInstallmentAtItsOriginalDate() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1))
                .when(correct(FINANCE_OFFICER, "K1", "I1", "900.00"))
                .expectEvents(new AdjustmentRecordedEvent(ID, "K1", "I1", EntryKind.INSTALLMENT, PROVINCIAL_FINANCE,
                        null, ContributionForm.CASH, APRIL_1, yuan("1000.00"), yuan("900.00"), "录入错误"));
    }

    @Test
    void refusesACorrectionThatLeavesLaterSpendingUncovered() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "600.00", MAY_1))
                .when(correct(FINANCE_OFFICER, "K1", "I1", "599.99"))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE, "correctedAmount")).expectNoEvents();
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "600.00", MAY_1))
                .when(correct(FINANCE_OFFICER, "K1", "I1", "600.00")).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesRaisingAnExpenditureAboveTheCash() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1000.00", APRIL_1),
                        expenditure("X1", COLLEGE, "600.00", MAY_1))
                .when(correct(COLLEGE_OFFICER, "K1", "X1", "1000.01"))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void voidsAnEntryWithAZeroAmount() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1000.00", APRIL_1))
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "0"))
                .expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1000.00", APRIL_1), expenditure("X1", COLLEGE, "1.00", MAY_1))
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "0"))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void aSecondCorrectionStartsFromTheCorrectedAmount() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "1000.00", APRIL_1),
                        new AdjustmentRecordedEvent(ID, "K1", "I1", EntryKind.INSTALLMENT, COLLEGE, null,
                                ContributionForm.CASH, APRIL_1, yuan("1000.00"), yuan("100.00"), "r"))
                .when(recordExpenditure("X1", COLLEGE, "100.01", MAY_1))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void correctingANonCashContributionChangesNoCash() {
        fixture.given(declared(), approved(), agreementWithE1AndE2(),
                        contribution("C1", E1, ContributionForm.EQUIPMENT, "500.00", APRIL_1),
                        contribution("C2", E1, ContributionForm.CASH, "100.00", APRIL_1),
                        expenditure("X1", ENTERPRISE, "100.00", MAY_1))
                .when(correct(COLLEGE_OFFICER, "K1", "C1", "1.00")).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesCorrectionsOfUnknownEntriesRecoveriesAndNoChange() {
        fixture.given(declared(), approved()).when(correct(COLLEGE_OFFICER, "K1", "NOPE", "1.00"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_ENTRY, "originalEntryId"));
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "10.00", APRIL_1),
                        new RecoveryRecordedEvent(ID, "R1", PROVINCIAL_FINANCE, yuan("5.00"), MAY_1, "r", "d"))
                .when(correct(FINANCE_OFFICER, "K1", "R1", "1.00"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_ENTRY));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "10.00", APRIL_1))
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "10.00"))
                .expectException(refusedWith(ErrorCode.CORRECTION_CHANGES_NOTHING));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "10.00", APRIL_1))
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "10000000000.01"))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "correctedAmount"));
    }

    @Test
    void correctionsAreAcceptedWhileSuspendedButNotOnceTerminated() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "10.00", APRIL_1), suspended())
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "9.00")).expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "10.00", APRIL_1), terminated())
                .when(correct(COLLEGE_OFFICER, "K1", "I1", "9.00")).expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void recoversUnspentCashAfterTermination() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "400.00", MAY_1), terminated())
                .when(recover("600.00", LocalDate.of(2022, 7, 1)))
                .expectEvents(new RecoveryRecordedEvent(ID, "R1", PROVINCIAL_FINANCE, yuan("600.00"),
                        LocalDate.of(2022, 7, 1), "中止后追回", "苏财教〔2022〕8号"));
    }

    @Test
    void refusesRecoveringMoreThanTheCashBalance() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "1000.00", APRIL_1),
                        expenditure("X1", PROVINCIAL_FINANCE, "400.00", MAY_1), terminated())
                .when(recover("600.01", LocalDate.of(2022, 7, 1)))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void refusesRecoveryBeforeApproval() {
        fixture.given(declared()).when(recover("1.00", APRIL_1))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
    }
}
