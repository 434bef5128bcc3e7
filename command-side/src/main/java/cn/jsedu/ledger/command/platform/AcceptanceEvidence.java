package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.report.PlatformReports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the acceptance checklist ({@link AcceptanceChecklist}) looks at, kept by the platform from its own events: the
 * investment in place by effective date, the reports with the task book and the agreements, and the enterprise
 * contributions with their confirmations (ADR 0022). The aggregate judges readiness on this, never on a read model,
 * so the acceptance gate sees every event before it and nothing later.
 */
final class AcceptanceEvidence {

    /**
     * Net investment moved (received less recovered) per effective date; entries that move none are left out. In a
     * snapshot as {@link #receiptRows()}.
     */
    @JsonIgnore
    private List<Receipt> receipts = new ArrayList<>();
    private PlatformReports reports = PlatformReports.NONE;
    private ContributionConfirmations contributions = ContributionConfirmations.NONE;

    record Receipt(LocalDate effectiveDate, FundingSource source, Money netReceived, String eventId) {
    }

    ContributionConfirmations contributions() {
        return contributions;
    }

    AcceptanceChecklist.Subject subject(PlatformStatus status, LocalDate start, LocalDate end, LocalDate asOf) {
        List<Receipt> counted = receipts.stream().filter(r -> !r.effectiveDate().isAfter(asOf)).toList();
        Money received = counted.stream().map(Receipt::netReceived).reduce(Money.ZERO, Money::plus);
        Money enterprise = counted.stream().filter(r -> r.source() == FundingSource.ENTERPRISE)
                .map(Receipt::netReceived).reduce(Money.ZERO, Money::plus);
        return new AcceptanceChecklist.Subject(status, start, end, received, enterprise,
                counted.stream().map(Receipt::eventId).toList(), reports, contributions);
    }

    // --- folds: called by the platform's event-sourcing handlers ---

    void recorded(MoneyEntryEvent event, String eventId) {
        moved(event.effectiveDate(), event.source(), event.effect(), eventId);
        if (event instanceof EnterpriseContributionRecordedEvent contribution) {
            contributions = contributions.recorded(contribution, eventId);
        }
    }

    /** A correction moves money at the original entry's effective date. */
    void corrected(AdjustmentRecordedEvent event, String eventId) {
        moved(event.originalEffectiveDate(), event.source(), event.effect(), eventId);
        contributions = contributions.corrected(event);
    }

    void taskBook(TaskBookSetEvent event, String eventId) {
        reports = reports.withTaskBook(event, eventId);
    }

    void report(PeriodicReportSubmittedEvent event, String eventId) {
        reports = reports.withReport(event, eventId);
    }

    void agreement(String eventId) {
        reports = reports.withAgreement(eventId);
    }

    void confirmed(ContributionConfirmedEvent event, String eventId) {
        contributions = contributions.confirmed(event, eventId);
    }

    void disputed(ContributionDisputedEvent event, String eventId) {
        contributions = contributions.disputed(event, eventId);
    }

    private void moved(LocalDate on, FundingSource source, MoneyEffect effect, String eventId) {
        Money net = effect.received().minus(effect.recovered());
        if (!net.isZero()) {
            receipts.add(new Receipt(on, source, net, eventId));
        }
    }

    // --- snapshot form (SnapshotBytes) ---

    @JsonProperty("receiptRows")
    private byte[] receiptRows() {
        SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(receipts.size());
        for (Receipt r : receipts) {
            rows.date(r.effectiveDate()).constant(r.source()).number(r.netReceived().fen()).eventId(r.eventId());
        }
        return rows.toBytes();
    }

    @JsonProperty("receiptRows")
    private void receiptRows(byte[] bytes) {
        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(bytes);
        int count = rows.count();
        List<Receipt> read = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            read.add(new Receipt(rows.date(), rows.constant(FundingSource.class), Money.ofFen(rows.number()),
                    rows.eventId()));
        }
        rows.requireEnd();
        receipts = read;
    }
}
