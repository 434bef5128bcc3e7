package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.audit.ReplayedPlatform;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.ledger.LedgerLines;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One small platform, its events and, written out by hand, the rows the projections make of them: declared and
 * approved with a plan of 1,000.00 provincial and 500.00 from enterprise E1, then an installment of 300.00 corrected
 * to 250.00, equipment worth 200.00 from E1, 100.00 spent of provincial money and a reward of 50.00.
 */
final class ReconciledPlatform {

    static final String ID = "RP-1";
    static final Instant RECORDED = Instant.parse("2020-06-01T08:00:00.123Z");
    private static final LocalDate APRIL = LocalDate.of(2020, 4, 1);
    private static final List<PlanLine> PLAN = List.of(
            new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.parse("1000.00")),
            new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.parse("500.00")));

    static final List<Object> EVENTS = List.of(
            new PlatformDeclaredEvent(ID, ProgrammeId.DEFAULT.value(), new College("4132010850", "无锡职业技术学院"), "g", "i", "t",
                    List.of(new EnterpriseParty("E1", "甲", "91320200MA1MXXXX1H")), PLAN),
            new PlatformApprovedEvent(ID, 2, LocalDate.of(2020, 3, 1), LocalDate.of(2023, 2, 28), PLAN, "d-1"),
            new InstallmentRecordedEvent(ID, "I1", FundingSource.PROVINCIAL_FINANCE, null, ContributionForm.CASH,
                    Money.parse("300.00"), APRIL, "v-1", null),
            new EnterpriseContributionRecordedEvent(ID, "C1", "E1", ContributionForm.EQUIPMENT, Money.parse("200.00"),
                    APRIL, "v-2", "a-2"),
            new ExpenditureRecordedEvent(ID, "X1", ExpenditureCategory.OTHER, FundingSource.PROVINCIAL_FINANCE, null,
                    Money.parse("100.00"), APRIL, "v-3"),
            new AdjustmentRecordedEvent(ID, "K1", "I1", EntryKind.INSTALLMENT, FundingSource.PROVINCIAL_FINANCE, null,
                    ContributionForm.CASH, APRIL, Money.parse("300.00"), Money.parse("250.00"), "录入错误"),
            new PerformanceDecisionRecordedEvent(ID, "D1", DecisionType.REWARD, Money.parse("50.00"), "b", "d-2",
                    LocalDate.of(2022, 6, 1)));

    private ReconciledPlatform() {
    }

    static List<DomainEventMessage<?>> messages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Platform", ID, i, EVENTS.get(i), MetaData.emptyInstance(),
                    "event-" + i, RECORDED));
        }
        return messages;
    }

    static ReplayedPlatform folded() {
        ReplayedPlatform platform = new ReplayedPlatform();
        messages().forEach(platform::apply);
        return platform;
    }

    /** The ledger lines the projection stored: one per money event, made by the same LedgerLines. */
    static List<LedgerLine> storedLines() {
        List<LedgerLine> lines = new ArrayList<>();
        for (DomainEventMessage<?> message : messages()) {
            LedgerLines.of(message.getPayload(), message.getIdentifier(), message.getSequenceNumber(), RECORDED)
                    .ifPresent(lines::add);
        }
        return lines;
    }

    /** The platform row as the projections write it, figures worked out by hand. */
    static PlatformRow row() {
        return new PlatformRow(ID, "JS-PLATFORMS-2019", "4132010850", "无锡职业技术学院", "无锡市", "g", "i", "t", PlatformStatus.APPROVED, 2,
                LocalDate.of(2020, 3, 1), LocalDate.of(2023, 2, 28), "d-1", true, null, null, null, RECORDED, RECORDED,
                6, m("1550.00"), m("500.00"), m("1050.00"), m("50.00"), m("250.00"), m("200.00"), m("100.00"),
                m("0.00"), m("200.00"), m("0.00"), m("250.00"), m("0.00"), m("100.00"), m("0.00"));
    }

    static PlatformQueries.Decision decision() {
        return new PlatformQueries.Decision("D1", DecisionType.REWARD, m("50.00"), "b", "d-2", LocalDate.of(2022, 6, 1),
                RECORDED, "event-6");
    }

    static BalanceQueries.Inputs inputs(PlatformRow row, List<LedgerLine> lines, List<PlanLine> plan,
                                        List<PlatformQueries.Decision> decisions) {
        Money adjustment = decisions.stream().map(d -> d.type().provincialEffect(d.amount()))
                .reduce(Money.ZERO, Money::plus);
        return new BalanceQueries.Inputs(PlatformAsKnown.of(row), lines, plan, adjustment, "event-1", decisions);
    }

    static BalanceQueries.Inputs inputs() {
        return inputs(row(), storedLines(), PLAN, List.of(decision()));
    }

    static List<PlanLine> plan() {
        return PLAN;
    }

    static Money m(String amount) {
        return Money.parse(amount);
    }
}
