package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.audit.ReplayedPlatform;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.BALANCE;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.DECISIONS;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.LEDGER_LINE;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.PLAN;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.PLATFORM_TOTAL;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind.STATUS;
import static cn.jsedu.ledger.query.reconciliation.ReconciledPlatform.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A platform's read rows against its events: rows as the projections write them agree; each change to a row is
 * named by figure, with the read model's value and the events' value.
 */
class PlatformComparisonTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ReplayedPlatform events = ReconciledPlatform.folded();

    private List<Disagreement> compare(BalanceQueries.Inputs read) {
        return compare(ReconciledPlatform.row(), read);
    }

    private List<Disagreement> compare(PlatformRow row, BalanceQueries.Inputs read) {
        Findings findings = new Findings(ReconciledPlatform.ID, NOW);
        PlatformComparison.compare(findings, row, read, events,
                Balances.of(events.lines(), events.plan(), events.provincialAdjustment(), null, null));
        return findings.list();
    }

    private static BalanceQueries.Inputs withLines(List<LedgerLine> lines) {
        return ReconciledPlatform.inputs(ReconciledPlatform.row(), lines, ReconciledPlatform.plan(),
                List.of(ReconciledPlatform.decision()));
    }

    private static BalanceQueries.Inputs withRow(PlatformRow row) {
        return ReconciledPlatform.inputs(row, ReconciledPlatform.storedLines(), ReconciledPlatform.plan(),
                List.of(ReconciledPlatform.decision()));
    }

    @Test
    void rowsAsTheProjectionsWriteThemAgree() {
        assertThat(events.version()).isEqualTo(6);
        assertThat(compare(ReconciledPlatform.inputs())).isEmpty();
    }

    @Test
    void aDeletedLedgerLineIsNamedWithTheBalancesItMoved() {
        List<LedgerLine> lines = new ArrayList<>(ReconciledPlatform.storedLines());
        lines.removeIf(l -> l.entryId().equals("C1"));

        assertThat(compare(withLines(lines)))
                .extracting(Disagreement::platformId, Disagreement::kind, Disagreement::figure, Disagreement::readModel,
                        Disagreement::fromEvents)
                .containsExactly(
                        tuple("RP-1", BALANCE, "balances.ENTERPRISE.receivedNonCash", "0.00", "200.00"),
                        tuple("RP-1", BALANCE, "balances.party[E1].receivedNonCash", "0.00", "200.00"),
                        tuple("RP-1", LEDGER_LINE, "ledgerLine[3 C1]", "absent",
                                "ENTERPRISE_CONTRIBUTION C1 ENTERPRISE 200.00 (event event-3)"));
    }

    @Test
    void aChangedLineAmountIsNamedFieldByField() {
        List<LedgerLine> lines = new ArrayList<>(ReconciledPlatform.storedLines());
        LedgerLine i1 = lines.get(0);
        lines.set(0, new LedgerLine(i1.eventId(), i1.platformId(), i1.sequenceNumber(), i1.entryId(), i1.kind(),
                i1.originalEntryId(), i1.source(), i1.partyId(), i1.form(), i1.category(), m("301.00"),
                new MoneyEffect(m("301.00"), m("0.00"), m("0.00"), m("0.00")), i1.effectiveDate(), i1.recordedAt(),
                i1.voucherRef(), i1.reason()));

        assertThat(compare(withLines(lines)))
                .extracting(Disagreement::kind, Disagreement::figure, Disagreement::readModel, Disagreement::fromEvents)
                .containsExactly(
                        tuple(BALANCE, "balances.PROVINCIAL_FINANCE.receivedCash", "251.00", "250.00"),
                        tuple(LEDGER_LINE, "ledgerLine[2 I1].amount", "301.00", "300.00"),
                        tuple(LEDGER_LINE, "ledgerLine[2 I1].receivedCash", "301.00", "300.00"));
    }

    @Test
    void aLineTheEventsDoNotHaveIsExtra() {
        List<LedgerLine> lines = new ArrayList<>(ReconciledPlatform.storedLines());
        LedgerLine x1 = lines.get(2);
        lines.add(new LedgerLine("forged", x1.platformId(), 9, "X9", x1.kind(), null, x1.source(), null, x1.form(),
                x1.category(), m("5.00"), new MoneyEffect(m("0.00"), m("0.00"), m("5.00"), m("0.00")),
                x1.effectiveDate(), x1.recordedAt(), "v", null));

        assertThat(compare(withLines(lines)))
                .extracting(Disagreement::kind, Disagreement::figure, Disagreement::readModel, Disagreement::fromEvents)
                .containsExactly(
                        tuple(BALANCE, "balances.PROVINCIAL_FINANCE.spent", "105.00", "100.00"),
                        tuple(LEDGER_LINE, "ledgerLine[9 X9]", "EXPENDITURE X9 PROVINCIAL_FINANCE 5.00 (event forged)",
                                "absent"));
    }

    @Test
    void aChangedRunningTotalIsNamedOnItsOwn() {
        PlatformRow r = ReconciledPlatform.row();
        PlatformRow changed = new PlatformRow(r.platformId(), r.programmeId(), r.collegeCode(), r.collegeName(), r.collegeCity(), r.majorGroup(),
                r.industry(), r.title(), PlatformStatus.SUSPENDED, r.batch(), r.constructionStart(),
                r.constructionEnd(), r.approvalRef(), r.keySupport(), r.acceptanceRequestedOn(), r.acceptanceResult(),
                r.acceptanceReviewedOn(), r.declaredAt(), r.updatedAt(), r.version(), r.plannedTotal(),
                r.plannedEnterprise(), r.plannedProvincial(), r.provincialAdjustment(), r.receivedCash(),
                r.receivedNonCash(), r.spent(), r.recovered(), m("199.99"), r.enterpriseRecovered(),
                r.provincialReceivedCash(), r.provincialReceivedNonCash(), r.provincialSpent(), r.provincialRecovered());

        assertThat(compare(changed, withRow(changed)))
                .extracting(Disagreement::kind, Disagreement::figure, Disagreement::readModel, Disagreement::fromEvents)
                .containsExactly(
                        tuple(STATUS, "status", "SUSPENDED", "APPROVED"),
                        tuple(PLATFORM_TOTAL, "totals.enterpriseReceived", "199.99", "200.00"));
    }

    @Test
    void aLostDecisionAndAnotherPlanShow() {
        List<PlanLine> plan = List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, m("1000.00")),
                new PlanLine(FundingSource.ENTERPRISE, "E1", 2021, m("500.00")));

        assertThat(compare(ReconciledPlatform.inputs(ReconciledPlatform.row(), ReconciledPlatform.storedLines(), plan,
                List.of())))
                .extracting(Disagreement::kind, Disagreement::figure, Disagreement::readModel, Disagreement::fromEvents)
                .containsExactly(
                        tuple(BALANCE, "balances.PROVINCIAL_FINANCE.planned", "1000.00", "1050.00"),
                        tuple(PLAN, "plan", "[PROVINCIAL_FINANCE 2020 1000.00; ENTERPRISE/E1 2021 500.00]",
                                "[PROVINCIAL_FINANCE 2020 1000.00; ENTERPRISE/E1 2020 500.00]"),
                        tuple(DECISIONS, "decisions.count", "0", "1"),
                        tuple(DECISIONS, "decisions.provincialAdjustment", "0.00", "50.00"));
    }
}
