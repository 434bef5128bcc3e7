package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/**
 * The provincial money chain (docs/domain.md §9): allocation (指标下达) → payment (拨付) → arrival (到账), each step
 * within the one before; rewards allocate, reductions cancel what is unpaid. The plan has 10,000,000.00 provincial.
 */
class ProvincialChainTest {

    private static final LocalDate APRIL = LocalDate.of(2020, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2020, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2020, 6, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static RecordProvincialAllocationCommand allocate(String id, String amount, LocalDate on) {
        return new RecordProvincialAllocationCommand(PLATFORM, id, yuan(amount), on, "苏财教〔2020〕" + id);
    }

    private static ProvincialAllocationRecordedEvent allocated(String id, String amount, LocalDate on) {
        return new ProvincialAllocationRecordedEvent(ID, id, yuan(amount), on, "苏财教〔2020〕" + id, null);
    }

    private static RecordProvincialPaymentCommand pay(String id, String allocationId, String amount, LocalDate on) {
        return new RecordProvincialPaymentCommand(PLATFORM, id, allocationId, yuan(amount), on, "拨款-" + id);
    }

    private static ProvincialPaymentRecordedEvent paid(String id, String allocationId, String amount, LocalDate on) {
        return new ProvincialPaymentRecordedEvent(ID, id, allocationId, yuan(amount), on, "拨款-" + id);
    }

    private static ConfirmProvincialArrivalCommand arrive(String entryId, String paymentId, LocalDate on) {
        return new ConfirmProvincialArrivalCommand(PLATFORM, EntryId.of(entryId), paymentId, on, "到账-" + entryId);
    }

    private static Object[] with(Object[] given, Object more) {
        Object[] all = java.util.Arrays.copyOf(given, given.length + 1);
        all[given.length] = more;
        return all;
    }

    @Test
    void anAllocationIsPaidAndItsArrivalIsTheProvincialInstallment() {
        fixture.given(declared(), approved()).when(allocate("A1", "3000000.00", APRIL))
                .expectEvents(allocated("A1", "3000000.00", APRIL))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "A1", 2));
        fixture.given(declared(), approved(), allocated("A1", "3000000.00", APRIL))
                .when(pay("PAY1", "A1", "3000000.00", MAY)).expectEvents(paid("PAY1", "A1", "3000000.00", MAY));
        ProvincialArrivalConfirmedEvent arrival = new ProvincialArrivalConfirmedEvent(ID, "I1", "PAY1", "A1",
                yuan("3000000.00"), JUNE, "到账-I1");
        fixture.given(declared(), approved(), allocated("A1", "3000000.00", APRIL), paid("PAY1", "A1", "3000000.00", MAY))
                .when(arrive("I1", "PAY1", JUNE)).expectEvents(arrival);
        // the arrived cash is spendable from its date, like any installment
        fixture.given(declared(), approved(), allocated("A1", "3000000.00", APRIL), paid("PAY1", "A1", "3000000.00", MAY),
                        arrival)
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "3000000.00", JUNE))
                .expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), allocated("A1", "3000000.00", APRIL), paid("PAY1", "A1", "3000000.00", MAY),
                        arrival)
                .when(recordExpenditure("X1", PROVINCIAL_FINANCE, "3000000.00", MAY))
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_CASH_BALANCE));
    }

    @Test
    void allocationsStayWithinThePlannedProvincialFundsDirectInstallmentsIncluded() {
        fixture.given(declared(), approved()).when(allocate("A1", "10000000.01", APRIL))
                .expectException(refusedWith(ErrorCode.ALLOCATION_EXCEEDS_PLANNED_PROVINCIAL, "amount"));
        fixture.given(declared(), approved(), installment("I0", PROVINCIAL_FINANCE, "4000000.00", APRIL))
                .when(allocate("A1", "6000000.01", APRIL))
                .expectException(refusedWith(ErrorCode.ALLOCATION_EXCEEDS_PLANNED_PROVINCIAL, "amount"));
        fixture.given(declared(), approved(), installment("I0", PROVINCIAL_FINANCE, "4000000.00", APRIL))
                .when(allocate("A1", "6000000.00", APRIL)).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAllocationsBeforeApprovalAfterTerminationAndUnderAUsedId() {
        fixture.given(declared()).when(allocate("A1", "1.00", APRIL))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
        fixture.given(declared(), approved(), terminated()).when(allocate("A1", "1.00", APRIL))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
        fixture.given(declared(), approved(), allocated("A1", "1.00", APRIL)).when(allocate("A1", "1.00", APRIL))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "allocationId"));
        fixture.given(declared(), approved()).when(allocate("A1", "1.00", TODAY.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_IN_FUTURE, "allocatedOn"));
    }

    @Test
    void aPaymentPaysAtMostWhatIsLeftOfItsAllocation() {
        Object[] given = {declared(), approved(), allocated("A1", "3000000.00", APRIL),
                paid("PAY1", "A1", "1000000.00", MAY)};
        fixture.given(given).when(pay("PAY2", "A1", "2000000.01", MAY))
                .expectException(refusedWith(ErrorCode.PAYMENT_EXCEEDS_ALLOCATION, "amount"));
        fixture.given(given).when(pay("PAY2", "A1", "2000000.00", MAY)).expectSuccessfulHandlerExecution();
        fixture.given(given).when(pay("PAY2", "A9", "1.00", MAY))
                .expectException(refusedWith(ErrorCode.UNKNOWN_ALLOCATION, "allocationId"));
        fixture.given(given).when(pay("PAY1", "A1", "1.00", MAY))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "paymentId"));
        fixture.given(given).when(pay("PAY2", "A1", "1.00", APRIL.minusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_OUT_OF_ORDER, "paidOn"));
    }

    @Test
    void aPaymentArrivesOnceAndNotBeforeItWasPaid() {
        Object[] given = {declared(), approved(), allocated("A1", "3000000.00", APRIL),
                paid("PAY1", "A1", "3000000.00", MAY)};
        fixture.given(given).when(arrive("I1", "PAY9", JUNE))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PAYMENT, "paymentId"));
        fixture.given(given).when(arrive("I1", "PAY1", MAY.minusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_OUT_OF_ORDER, "arrivedOn"));
        fixture.given(with(given, new ProvincialArrivalConfirmedEvent(ID, "I1", "PAY1", "A1", yuan("3000000.00"), JUNE,
                        "v")))
                .when(arrive("I2", "PAY1", JUNE))
                .expectException(refusedWith(ErrorCode.PAYMENT_ALREADY_ARRIVED, "paymentId"));
        fixture.given(with(given, installment("I1", PROVINCIAL_FINANCE, "1.00", MAY))).when(arrive("I1", "PAY1", JUNE))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "entryId"));
    }

    @Test
    void aRewardDecisionIdThatIsAlreadyAnAllocationIsRefused() {
        fixture.given(declared(), approved(), allocated("D1", "1.00", APRIL))
                .when(new RecordPerformanceDecisionCommand(PLATFORM, "PR-1", "admin1", DecisionId.of("D1"),
                        DecisionType.REWARD, yuan("1.00"), "b", "d", JUNE))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "decisionId"));
    }

    @Test
    void aReductionCancelsWhatIsUnpaidTheLatestAllocationFirst() {
        ProposedDecision reduction = new ProposedDecision("D1", DecisionType.REDUCE_SUPPORT, yuan("2500000.00"), "b",
                "苏教职〔2021〕3号", JUNE);
        Object[] given = {declared(), approved(), allocated("A1", "3000000.00", APRIL),
                paid("PAY1", "A1", "1000000.00", MAY), allocated("A2", "2000000.00", MAY),
                new DecisionProposedEvent(ID, "PR-1", "admin1", reduction)};
        fixture.given(given).when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REDUCE_SUPPORT,
                                yuan("2500000.00"), "b", "苏教职〔2021〕3号", JUNE),
                        new ProvincialAllocationCancelledEvent(ID, "A2", yuan("2000000.00"), "D1", JUNE),
                        new ProvincialAllocationCancelledEvent(ID, "A1", yuan("500000.00"), "D1", JUNE),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.PERFORMANCE_DECISION, "admin1", "admin2"));
        Object[] after = {declared(), approved(), allocated("A1", "3000000.00", APRIL),
                paid("PAY1", "A1", "1000000.00", MAY), allocated("A2", "2000000.00", MAY),
                new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REDUCE_SUPPORT, yuan("2500000.00"), "b",
                        "d", JUNE),
                new ProvincialAllocationCancelledEvent(ID, "A2", yuan("2000000.00"), "D1", JUNE),
                new ProvincialAllocationCancelledEvent(ID, "A1", yuan("500000.00"), "D1", JUNE)};
        fixture.given(after).when(pay("PAY2", "A2", "0.01", JUNE))
                .expectException(refusedWith(ErrorCode.PAYMENT_EXCEEDS_ALLOCATION, "amount"));
        fixture.given(after).when(pay("PAY2", "A1", "1500000.01", JUNE))
                .expectException(refusedWith(ErrorCode.PAYMENT_EXCEEDS_ALLOCATION, "amount"));
        fixture.given(after).when(pay("PAY2", "A1", "1500000.00", JUNE)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aReductionBeyondWhatIsUnpaidCancelsAllThatIsUnpaid() {
        ProposedDecision reduction = new ProposedDecision("D1", DecisionType.REDUCE_SUPPORT, yuan("5000000.00"), "b",
                "d", JUNE);
        fixture.given(declared(), approved(), allocated("A1", "3000000.00", APRIL),
                        paid("PAY1", "A1", "2000000.00", MAY), new DecisionProposedEvent(ID, "PR-1", "admin1", reduction))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectEvents(new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REDUCE_SUPPORT,
                                yuan("5000000.00"), "b", "d", JUNE),
                        new ProvincialAllocationCancelledEvent(ID, "A1", yuan("1000000.00"), "D1", JUNE),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.PERFORMANCE_DECISION, "admin1", "admin2"));
    }
}
