package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.util.Optional;

import static cn.jsedu.ledger.kernel.money.Money.ZERO;

/**
 * The one place that turns money events into {@link LedgerLine}s. The projection stores these lines and the
 * audit replay computes them in memory, so both answer with the same arithmetic.
 */
public final class LedgerLines {

    private LedgerLines() {
    }

    public static Optional<LedgerLine> of(Object payload, String eventId, long sequenceNumber, Instant recordedAt) {
        if (payload instanceof InstallmentRecordedEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), "INSTALLMENT", null,
                    e.source(), e.partyId(), e.form(), null, e.amount(), cash(e.form(), e.amount()),
                    nonCash(e.form(), e.amount()), ZERO, ZERO, e.effectiveDate(), recordedAt, e.voucherRef(), null));
        }
        if (payload instanceof EnterpriseContributionRecordedEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), "ENTERPRISE_CONTRIBUTION",
                    null, FundingSource.ENTERPRISE, e.partyId(), e.form(), null, e.amount(), cash(e.form(), e.amount()),
                    nonCash(e.form(), e.amount()), ZERO, ZERO, e.effectiveDate(), recordedAt, e.voucherRef(), null));
        }
        if (payload instanceof ExpenditureRecordedEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), "EXPENDITURE", null,
                    e.chargedSource(), e.partyId(), ContributionForm.CASH, e.category(), e.amount(), ZERO, ZERO,
                    e.amount(), ZERO, e.effectiveDate(), recordedAt, e.voucherRef(), null));
        }
        if (payload instanceof RecoveryRecordedEvent e) {
            return Optional.of(new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), "RECOVERY", null,
                    e.source(), null, ContributionForm.CASH, null, e.amount(), ZERO, ZERO, ZERO, e.amount(),
                    e.effectiveDate(), recordedAt, e.decisionRef(), e.reason()));
        }
        if (payload instanceof AdjustmentRecordedEvent e) {
            return Optional.of(adjustment(e, eventId, sequenceNumber, recordedAt));
        }
        return Optional.empty();
    }

    private static LedgerLine adjustment(AdjustmentRecordedEvent e, String eventId, long sequenceNumber, Instant recordedAt) {
        Money delta = e.delta();
        boolean inflow = e.originalKind().isInflow();
        return new LedgerLine(eventId, e.platformId(), sequenceNumber, e.entryId(), LedgerLine.ADJUSTMENT,
                e.originalEntryId(), e.source(), e.partyId(), e.form(), null, e.correctedAmount(),
                inflow ? cash(e.form(), delta) : ZERO, inflow ? nonCash(e.form(), delta) : ZERO,
                inflow ? ZERO : delta, ZERO, e.originalEffectiveDate(), recordedAt, null, e.reason());
    }

    private static Money cash(ContributionForm form, Money amount) {
        return form.isCash() ? amount : ZERO;
    }

    private static Money nonCash(ContributionForm form, Money amount) {
        return form.isCash() ? ZERO : amount;
    }
}
