package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.DateWindow;
import cn.jsedu.ledger.kernel.role.EntryRecorders;
import cn.jsedu.ledger.kernel.role.Role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.command.platform.PlatformGuards.recordable;
import static cn.jsedu.ledger.command.platform.PlatformGuards.within;

/**
 * The platform's money (docs/domain.md §3, §4): the rules an installment, contribution, expenditure, correction or
 * recovery meets (corrections and recoveries only by the role that records such entries), and what they need to
 * remember: the entries a correction may refer to and the cash per source by effective date ({@link CashLedger}). Each method checks its entry and returns the event for the platform to apply
 * (the platform has checked its status and the entry id first). Every event moves the cash by its kernel-defined
 * effect, the same the read models sum.
 */
final class LedgerEntries {

    /** In a snapshot as {@link #correctableRows()}: one entry per installment, contribution and expenditure. */
    @JsonIgnore
    private Map<String, LedgerEntry> correctable = new HashMap<>();
    private CashLedger cash = new CashLedger();

    InstallmentRecordedEvent installment(String platformId, RecordInstallmentCommand command, List<String> documents,
                                         DateWindow dates, Clock clock) {
        if (command.source() == FundingSource.ENTERPRISE) {
            throw new LedgerRuleException(ErrorCode.ENTERPRISE_SOURCE_NEEDS_CONTRIBUTION, "source",
                    "enterprise money is recorded as an enterprise contribution naming the enterprise");
        }
        recordable(command.amount(), "amount");
        within(dates, command.effectiveDate(), clock, "effectiveDate");
        PlatformGuards.requireAppraisalForNonCash(command.form(), command.appraisalRef());
        return new InstallmentRecordedEvent(platformId, command.entryId().value(), command.source(),
                command.partyId() == null ? null : command.partyId().value(), command.form(), command.amount(),
                command.effectiveDate(), command.voucherRef(), command.appraisalRef(), documents);
    }

    /** An enterprise contribution comes from an enterprise party of a signed agreement. */
    EnterpriseContributionRecordedEvent contribution(String platformId, RecordEnterpriseContributionCommand command,
                                                     List<String> documents, Parties parties, DateWindow dates,
                                                     Clock clock) {
        if (!parties.isEnterpriseOfAnAgreement(command.partyId().value())) {
            throw new LedgerRuleException(ErrorCode.PARTY_NOT_IN_AGREEMENT, "partyId",
                    "enterprise " + command.partyId() + " is not an enterprise party of a signed agreement");
        }
        recordable(command.amount(), "amount");
        within(dates, command.effectiveDate(), clock, "effectiveDate");
        PlatformGuards.requireAppraisalForNonCash(command.form(), command.appraisalRef());
        return new EnterpriseContributionRecordedEvent(platformId, command.entryId().value(),
                command.partyId().value(), command.form(), command.amount(), command.effectiveDate(),
                command.voucherRef(), command.appraisalRef(), documents);
    }

    /** Spends cash of the charged source that is in place on its date and stays unspent on every later date. */
    ExpenditureRecordedEvent expenditure(String platformId, RecordExpenditureCommand command, List<String> documents,
                                         Parties parties,
                                         DateWindow dates, Clock clock) {
        recordable(command.amount(), "amount");
        within(dates, command.effectiveDate(), clock, "effectiveDate");
        if (command.partyId() != null && (command.chargedSource() != FundingSource.ENTERPRISE
                || !parties.isEnterprise(command.partyId().value()))) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "partyId",
                    "an expenditure may only name an enterprise of this platform, and only when charged to ENTERPRISE");
        }
        ExpenditureRecordedEvent expenditure = new ExpenditureRecordedEvent(platformId, command.entryId().value(),
                command.category(), command.chargedSource(), command.partyId() == null ? null : command.partyId().value(),
                command.amount(), command.effectiveDate(), command.voucherRef(), documents);
        requireCash(expenditure.source(), expenditure.effectiveDate(), expenditure.effect().cash(), "amount");
        return expenditure;
    }

    /**
     * Corrects an installment, contribution or expenditure at its own date, by a role that records such entries
     * ({@link EntryRecorders}); no cash balance may turn negative.
     */
    AdjustmentRecordedEvent correction(String platformId, RecordAdjustmentCommand command) {
        LedgerEntry original = correctable.get(command.originalEntryId().value());
        if (original == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_ENTRY, "originalEntryId",
                    "no installment, contribution or expenditure " + command.originalEntryId() + " on this platform");
        }
        requireRecorder(command.recordedBy(), original.kind(), original.source(), "originalEntryId",
                "a correction of " + original.kind() + " " + command.originalEntryId() + " of " + original.source());
        PlatformGuards.correctable(command.correctedAmount(), "correctedAmount");
        if (command.correctedAmount().equals(original.amount())) {
            throw new LedgerRuleException(ErrorCode.CORRECTION_CHANGES_NOTHING, "correctedAmount",
                    "the entry already has the amount " + original.amount());
        }
        AdjustmentRecordedEvent adjustment = new AdjustmentRecordedEvent(platformId, command.entryId().value(),
                command.originalEntryId().value(), original.kind(), original.source(), original.partyId(),
                original.form(), original.effectiveDate(), original.amount(), command.correctedAmount(),
                command.reason());
        requireCash(adjustment.source(), adjustment.originalEffectiveDate(), adjustment.effect().cash(),
                "correctedAmount");
        return adjustment;
    }

    /**
     * Returns cash to its source, recorded by the role that records that source's money ({@link EntryRecorders}), as
     * far as the source's cash allows on that date and after.
     */
    RecoveryRecordedEvent recovery(String platformId, RecordRecoveryCommand command, DateWindow dates, Clock clock) {
        requireRecorder(command.recordedBy(), EntryKind.RECOVERY, command.source(), "source",
                "a recovery of " + command.source() + " money");
        recordable(command.amount(), "amount");
        within(dates, command.effectiveDate(), clock, "effectiveDate");
        RecoveryRecordedEvent recovery = new RecoveryRecordedEvent(platformId, command.entryId().value(),
                command.source(), command.amount(), command.effectiveDate(), command.reason(), command.decisionRef());
        requireCash(recovery.source(), recovery.effectiveDate(), recovery.effect().cash(), "amount");
        return recovery;
    }

    /** docs/domain.md §4: only the role that records such an entry may correct it or record a recovery. */
    private static void requireRecorder(Role role, EntryKind kind, FundingSource source, String field, String what) {
        if (!EntryRecorders.mayRecord(role, kind, source)) {
            throw new LedgerRuleException(ErrorCode.NOT_ENTRY_RECORDER, field, what + " is recorded by "
                    + EntryRecorders.recorderOf(kind, source) + ", who records such entries; not by " + role);
        }
    }

    /** docs/domain.md §4: no cash balance of {@code source} may turn negative on or after {@code effectiveDate}. */
    private void requireCash(FundingSource source, LocalDate effectiveDate, Money change, String field) {
        if (!cash.allows(source, effectiveDate, change)) {
            throw new LedgerRuleException(ErrorCode.INSUFFICIENT_CASH_BALANCE, field,
                    "the " + source + " cash balance would turn negative on or after " + effectiveDate
                            + " (lowest balance from then on: " + cash.lowestBalanceFrom(source, effectiveDate) + ")");
        }
    }

    /**
     * Whether entry {@code entryId} is held as {@code imported} describes it: the same kind, source and date (not the
     * amount, which a correction may have changed since). How an import knows a row it recorded before (ADR 0024).
     */
    boolean holds(String entryId, LedgerEntry imported) {
        LedgerEntry held = correctable.get(entryId);
        return held != null && held.kind() == imported.kind() && held.source() == imported.source()
                && held.effectiveDate().equals(imported.effectiveDate());
    }

    // --- event sourcing: called by the platform's handlers, assignments only ---

    void recorded(MoneyEntryEvent event) {
        if (event.kind().isCorrectable()) {
            correctable.put(event.entryId(), LedgerEntry.of(event));
        }
        cash.move(event.source(), event.effectiveDate(), event.effect().cash());
    }

    void corrected(AdjustmentRecordedEvent event) {
        cash.move(event.source(), event.originalEffectiveDate(), event.effect().cash());
        correctable.computeIfPresent(event.originalEntryId(), (id, entry) -> entry.withAmount(event.correctedAmount()));
    }

    // --- snapshot form (SnapshotBytes) ---

    @JsonProperty("correctableRows")
    private byte[] correctableRows() {
        SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(correctable.size());
        correctable.forEach((entryId, entry) -> rows.text(entryId).constant(entry.kind()).constant(entry.source())
                .name(entry.partyId()).constant(entry.form()).number(entry.amount().fen()).date(entry.effectiveDate()));
        return rows.toBytes();
    }

    @JsonProperty("correctableRows")
    private void correctableRows(byte[] bytes) {
        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(bytes);
        int count = rows.count();
        Map<String, LedgerEntry> read = SnapshotBytes.mapFor(count);
        for (int i = 0; i < count; i++) {
            read.put(rows.text(), new LedgerEntry(rows.constant(EntryKind.class), rows.constant(FundingSource.class),
                    rows.name(), rows.constant(ContributionForm.class), Money.ofFen(rows.number()), rows.date()));
        }
        rows.requireEnd();
        correctable = read;
    }
}
