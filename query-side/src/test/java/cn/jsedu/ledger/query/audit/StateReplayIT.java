package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static cn.jsedu.ledger.query.support.PlatformStory.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link StateReplay} on events stored in a real event store: a platform rebuilt from its own events, at a version or
 * as known at a time, never from read models; and over the whole history it agrees with the projected read model.
 */
class StateReplayIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final List<PlanLine> REVISED = List.of(
            line(FundingSource.PROVINCIAL_FINANCE, null, 2020, "9000000.00"),
            line(FundingSource.ENTERPRISE, E1, 2020, "7000000.00"),
            line(FundingSource.ENTERPRISE, E2, 2021, "4000000.00"),
            line(FundingSource.COLLEGE, null, 2021, "10000000.00"));

    private final PlatformStory js = PlatformStory.of("JS-001");
    private DomainEventMessage<?> installment;
    private DomainEventMessage<?> expenditure;
    private DomainEventMessage<?> correction;

    /** Stored in the event store and projected, as the command side and the query side's processor would. */
    @BeforeEach
    void recorded() {
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        installment = js.at("2020-04-02T08:00:00Z").installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.contribution("C-1", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-01");
        expenditure = js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE,
                "1200000.00", "2020-06-01");
        correction = js.at("2020-07-10T02:00:00Z").correction("ADJ-1", "I-1", "4800000.00", "凭证金额录入错误");
        js.at("2021-05-01T02:00:00Z").planRevised(2, REVISED);
        js.decision("D-1", DecisionType.REWARD, "500000.00", "2022-06-01");
        js.decision("D-2", DecisionType.WITHDRAW_KEY_SUPPORT, null, "2022-06-02");
        readModels.store(js.events());
        readModels.project(js.events());
    }

    private PlatformStateView replay(Long atVersion, java.time.Instant knownAt) {
        return readModels.bean(StateReplay.class).replay("JS-001", atVersion, knownAt).orElseThrow();
    }

    private static FiguresView of(PlatformStateView state, FundingSource source) {
        return state.balances().stream().filter(b -> b.source() == source).findFirst().orElseThrow().figures();
    }

    @Test
    void theWholeHistoryReplaysToTheLatestStateWithItsPlanDecisionsAndEntries() {
        PlatformStateView state = replay(null, null);

        assertThat(state.eventsReplayed()).isEqualTo(10);
        assertThat(state.version()).isEqualTo(9);
        assertThat(state.status()).isEqualTo(PlatformStatus.APPROVED);
        assertThat(state.batch()).isEqualTo(2);
        assertThat(state.constructionEnd()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(state.keySupport()).isFalse();
        assertThat(state.decisions()).containsExactly("REWARD 苏教职〔2022〕D-1", "WITHDRAW_KEY_SUPPORT 苏教职〔2022〕D-2");
        assertThat(state.plan()).containsExactly(
                new PlatformStateView.PlanLineView(FundingSource.PROVINCIAL_FINANCE, null, 2020, "9000000.00"),
                new PlatformStateView.PlanLineView(FundingSource.ENTERPRISE, E1, 2020, "7000000.00"),
                new PlatformStateView.PlanLineView(FundingSource.ENTERPRISE, E2, 2021, "4000000.00"),
                new PlatformStateView.PlanLineView(FundingSource.COLLEGE, null, 2021, "10000000.00"));
        assertThat(state.parties()).isEqualTo(Map.of(E1, "无锡机床股份有限公司", E2, "江苏数控装备有限公司", "C1", "无锡职业技术学院"));
        assertThat(state.agreements()).containsExactly("A-1");
        assertThat(state.entries()).extracting(PlatformStateView.EntryView::entryId, PlatformStateView.EntryView::kind,
                PlatformStateView.EntryView::originalEntryId, PlatformStateView.EntryView::amount,
                PlatformStateView.EntryView::effectiveDate).containsExactly(
                tuple("I-1", EntryKind.INSTALLMENT, null, "5000000.00", LocalDate.of(2020, 4, 1)),
                tuple("C-1", EntryKind.ENTERPRISE_CONTRIBUTION, null, "2000000.00", LocalDate.of(2020, 5, 1)),
                tuple("X-1", EntryKind.EXPENDITURE, null, "1200000.00", LocalDate.of(2020, 6, 1)),
                tuple("ADJ-1", EntryKind.ADJUSTMENT, "I-1", "4800000.00", LocalDate.of(2020, 4, 1)));
        assertThat(of(state, FundingSource.PROVINCIAL_FINANCE)).isEqualTo(new FiguresView("9500000.00", "4800000.00",
                "0.00", "4800000.00", "1200000.00", "0.00", "3600000.00", new BigDecimal("50.53")));
        assertThat(of(state, FundingSource.ENTERPRISE).receivedNonCash()).isEqualTo("2000000.00");
        assertThat(of(state, FundingSource.ENTERPRISE).cashBalance()).isEqualTo("0.00");
    }

    @Test
    void atAVersionTheReplayStopsAtThatEvent() {
        PlatformStateView state = replay(expenditure.getSequenceNumber(), null);

        assertThat(state.version()).isEqualTo(5);
        assertThat(state.atVersion()).isEqualTo(5L);
        assertThat(state.eventsReplayed()).isEqualTo(6);
        assertThat(state.keySupport()).isTrue();
        assertThat(state.decisions()).isEmpty();
        assertThat(state.plan()).extracting(PlatformStateView.PlanLineView::amount)
                .containsExactly("10000000.00", "6000000.00", "4000000.00", "10000000.00");
        assertThat(state.entries()).extracting(PlatformStateView.EntryView::entryId).containsExactly("I-1", "C-1", "X-1");
        assertThat(of(state, FundingSource.PROVINCIAL_FINANCE).cashBalance()).isEqualTo("3800000.00");
    }

    @Test
    void asKnownAtATimeOnlyTheEventsRecordedByThenCount() {
        PlatformStateView before = replay(null, correction.getTimestamp().minusSeconds(1));
        assertThat(before.eventsReplayed()).isEqualTo(6);
        assertThat(of(before, FundingSource.PROVINCIAL_FINANCE).receivedCash()).isEqualTo("5000000.00");

        PlatformStateView after = replay(null, correction.getTimestamp());
        assertThat(after.eventsReplayed()).isEqualTo(7);
        assertThat(of(after, FundingSource.PROVINCIAL_FINANCE).receivedCash()).isEqualTo("4800000.00");
        assertThat(after.entries()).extracting(PlatformStateView.EntryView::eventId).containsExactly(
                installment.getIdentifier(), js.events().get(4).getIdentifier(), expenditure.getIdentifier(),
                correction.getIdentifier());
    }

    @Test
    void theReplayedBalancesAgreeWithTheProjectedReadModel() {
        BalancesView projected = readModels.bean(BalanceQueries.class).balances(
                readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow(), null, null);
        PlatformStateView replayed = replay(null, null);

        assertThat(replayed.balances()).isEqualTo(projected.sources());
        assertThat(replayed.total()).isEqualTo(projected.total());
        assertThat(replayed.version()).isEqualTo(projected.version());
    }

    @Test
    void aTerminatedPlatformReplaysAsTerminatedWithItsRecoveryAndAReviewedOneWithItsResult() {
        PlatformStory terminated = PlatformStory.of("JS-002");
        terminated.declared();
        terminated.approved("2020-03-01");
        terminated.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        terminated.decision("D-9", DecisionType.TERMINATE, null, "2022-09-01");
        terminated.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2022-10-15");
        PlatformStory accepted = PlatformStory.of("JS-003");
        accepted.declared();
        accepted.approved("2020-03-01");
        accepted.acceptanceRequested("2023-03-10");
        accepted.acceptanceReviewed(AcceptanceResult.EXCELLENT, "2023-04-20");
        readModels.store(terminated.events());
        readModels.store(accepted.events());

        PlatformStateView ended = readModels.bean(StateReplay.class).replay("JS-002", null, null).orElseThrow();
        assertThat(ended.status()).isEqualTo(PlatformStatus.TERMINATED);
        assertThat(of(ended, FundingSource.PROVINCIAL_FINANCE).recovered()).isEqualTo("5000000.00");
        assertThat(of(ended, FundingSource.PROVINCIAL_FINANCE).cashBalance()).isEqualTo("0.00");
        PlatformStateView reviewed = readModels.bean(StateReplay.class).replay("JS-003", null, null).orElseThrow();
        assertThat(reviewed.status()).isEqualTo(PlatformStatus.ACCEPTED);
        assertThat(reviewed.acceptanceResult()).isEqualTo(AcceptanceResult.EXCELLENT);
    }

    @Test
    void aPlatformWithoutEventsOrBeforeItsFirstEventHasNoState() {
        assertThat(readModels.bean(StateReplay.class).replay("JS-404", null, null)).isEmpty();
        assertThat(readModels.bean(StateReplay.class).replay("JS-001", null, js.events().get(0).getTimestamp().minusSeconds(1)))
                .isEmpty();
    }
}
