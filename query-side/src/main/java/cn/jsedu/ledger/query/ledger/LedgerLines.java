package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.EntryKind;

import java.time.Instant;
import java.util.Optional;

/**
 * The one place that turns money events into {@link LedgerLine}s. The projection stores these lines and the audit
 * replay computes them in memory; the money each line moves is the event's kernel-defined effect, the same the
 * aggregate's cash ledger adds up.
 */
public final class LedgerLines {

    private LedgerLines() {
    }

    public static Optional<LedgerLine> of(Object payload, String eventId, long sequenceNumber, Instant recordedAt) {
        if (payload instanceof MoneyEntryEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), e.kind(), null,
                    e.source(), e.partyId(), e.form(), e instanceof ExpenditureRecordedEvent x ? x.category() : null,
                    e.amount(), e.effect(), e.effectiveDate(), recordedAt, voucherRef(e),
                    e instanceof RecoveryRecordedEvent r ? r.reason() : null));
        }
        if (payload instanceof AdjustmentRecordedEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), EntryKind.ADJUSTMENT,
                    e.originalEntryId(), e.source(), e.partyId(), e.form(), null, e.correctedAmount(), e.effect(),
                    e.originalEffectiveDate(), recordedAt, null, e.reason()));
        }
        return Optional.empty();
    }

    /** The document behind the entry: a voucher, or for a recovery the decision that ordered it. */
    private static String voucherRef(MoneyEntryEvent e) {
        if (e instanceof InstallmentRecordedEvent i) {
            return i.voucherRef();
        }
        if (e instanceof EnterpriseContributionRecordedEvent c) {
            return c.voucherRef();
        }
        if (e instanceof ExpenditureRecordedEvent x) {
            return x.voucherRef();
        }
        if (e instanceof ProvincialArrivalConfirmedEvent a) {
            return a.voucherRef();
        }
        return e instanceof RecoveryRecordedEvent r ? r.decisionRef() : null;
    }
}
