package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.recordable;
import static cn.jsedu.ledger.command.platform.PlatformGuards.notAfterToday;
import static cn.jsedu.ledger.command.platform.PlatformGuards.unused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One industry-education integration platform: its lifecycle and its money (docs/domain.md §4).
 *
 * <p>Command handlers check, then apply; event-sourcing handlers only assign. The funding plan, money and
 * lifecycle rules that need more than a line live in {@link FundingPlanPolicy}, {@link CashLedger} and
 * {@link PlatformGuards}; its lifecycle and funding plan in {@link PlatformLifecycle}, its task book and reports in
 * {@link PlatformReporting}.
 * {@code @Revision} versions the snapshots: a snapshot of another shape is ignored, not misread.
 */
@Aggregate(cache = "platformCache", snapshotTriggerDefinition = "platformSnapshotTrigger")
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Platform extends PlatformReporting {

    @AggregateIdentifier
    private String platformId;
    private Set<String> enterprisePartyIds = new HashSet<>();
    private Map<String, PartyRole> agreementParties = new HashMap<>();
    private Set<String> usedIds = new HashSet<>();
    private Map<String, LedgerEntry> entries = new HashMap<>();
    private CashLedger cash = new CashLedger();

    protected Platform() {
        // for Axon and for snapshots
    }

    /** Called by {@link PlatformDeclarationHandler} once the college's registration is claimed. */
    Platform(DeclarePlatformCommand command) {
        Set<String> partyIds = PlatformGuards.distinctEnterprises(command.enterprises());
        FundingPlanPolicy.requireWellFormed(command.plan(), partyIds);
        apply(new PlatformDeclaredEvent(command.platformId().value(), command.college(), command.majorGroup(),
                command.industry(), command.title(), List.copyOf(command.enterprises()),
                List.copyOf(command.plan())));
    }

    @CommandHandler
    public CommandResult handle(SignAgreementCommand command, Clock clock) {
        requireOpenForAgreements();
        unused(usedIds, command.agreementId().value(), "agreementId");
        notAfterToday(command.signedOn(), clock, "signedOn");
        PlatformGuards.requireValidAgreement(command.parties(), command.pledges());
        apply(new AgreementSignedEvent(platformId, command.agreementId().value(), command.signedOn(),
                List.copyOf(command.parties()), List.copyOf(command.pledges()), command.termsRef()));
        return result(command.agreementId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordInstallmentCommand command, Clock clock) {
        requireAcceptsMoneyEntries();
        unused(usedIds, command.entryId().value(), "entryId");
        if (command.source() == FundingSource.ENTERPRISE) {
            throw new LedgerRuleException(ErrorCode.ENTERPRISE_SOURCE_NEEDS_CONTRIBUTION, "source",
                    "enterprise money is recorded as an enterprise contribution naming the enterprise");
        }
        recordable(command.amount(), "amount");
        notAfterToday(command.effectiveDate(), clock, "effectiveDate");
        PlatformGuards.requireAppraisalForNonCash(command.form(), command.appraisalRef());
        apply(new InstallmentRecordedEvent(platformId, command.entryId().value(), command.source(),
                command.partyId() == null ? null : command.partyId().value(), command.form(), command.amount(),
                command.effectiveDate(), command.voucherRef(), command.appraisalRef()));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordEnterpriseContributionCommand command, Clock clock) {
        requireAcceptsMoneyEntries();
        unused(usedIds, command.entryId().value(), "entryId");
        if (agreementParties.get(command.partyId().value()) != PartyRole.ENTERPRISE) {
            throw new LedgerRuleException(ErrorCode.PARTY_NOT_IN_AGREEMENT, "partyId",
                    "enterprise " + command.partyId() + " is not an enterprise party of a signed agreement");
        }
        recordable(command.amount(), "amount");
        notAfterToday(command.effectiveDate(), clock, "effectiveDate");
        PlatformGuards.requireAppraisalForNonCash(command.form(), command.appraisalRef());
        apply(new EnterpriseContributionRecordedEvent(platformId, command.entryId().value(),
                command.partyId().value(), command.form(), command.amount(), command.effectiveDate(),
                command.voucherRef(), command.appraisalRef()));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordExpenditureCommand command, Clock clock) {
        requireAcceptsMoneyEntries();
        unused(usedIds, command.entryId().value(), "entryId");
        recordable(command.amount(), "amount");
        notAfterToday(command.effectiveDate(), clock, "effectiveDate");
        if (command.partyId() != null && (command.chargedSource() != FundingSource.ENTERPRISE
                || !isEnterpriseParty(command.partyId().value()))) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "partyId",
                    "an expenditure may only name an enterprise of this platform, and only when charged to ENTERPRISE");
        }
        requireCash(command.chargedSource(), command.effectiveDate(), command.amount().negate(), "amount");
        apply(new ExpenditureRecordedEvent(platformId, command.entryId().value(), command.category(),
                command.chargedSource(), command.partyId() == null ? null : command.partyId().value(),
                command.amount(), command.effectiveDate(), command.voucherRef()));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordAdjustmentCommand command) {
        requireAcceptsCorrections();
        unused(usedIds, command.entryId().value(), "entryId");
        LedgerEntry original = entries.get(command.originalEntryId().value());
        if (original == null || !original.isCorrectable()) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_ENTRY, "originalEntryId",
                    "no installment, contribution or expenditure " + command.originalEntryId() + " on this platform");
        }
        PlatformGuards.correctable(command.correctedAmount(), "correctedAmount");
        if (command.correctedAmount().equals(original.amount())) {
            throw new LedgerRuleException(ErrorCode.CORRECTION_CHANGES_NOTHING, "correctedAmount",
                    "the entry already has the amount " + original.amount());
        }
        Money cashChange = original.cashEffect(command.correctedAmount()).minus(original.cashEffect(original.amount()));
        requireCash(original.source(), original.effectiveDate(), cashChange, "correctedAmount");
        apply(new AdjustmentRecordedEvent(platformId, command.entryId().value(), command.originalEntryId().value(),
                original.kind(), original.source(), original.partyId(), original.form(), original.effectiveDate(),
                original.amount(), command.correctedAmount(), command.reason()));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordRecoveryCommand command, Clock clock) {
        requireAcceptsRecoveries();
        unused(usedIds, command.entryId().value(), "entryId");
        recordable(command.amount(), "amount");
        notAfterToday(command.effectiveDate(), clock, "effectiveDate");
        requireCash(command.source(), command.effectiveDate(), command.amount().negate(), "amount");
        apply(new RecoveryRecordedEvent(platformId, command.entryId().value(), command.source(), command.amount(),
                command.effectiveDate(), command.reason(), command.decisionRef()));
        return result(command.entryId().value());
    }

    @Override
    protected String platformIdValue() {
        return platformId;
    }

    @Override
    protected CommandResult result(String entryId) {
        return new CommandResult(platformId, entryId, getVersion());
    }

    private boolean isEnterpriseParty(String partyId) {
        return enterprisePartyIds.contains(partyId) || agreementParties.get(partyId) == PartyRole.ENTERPRISE;
    }

    private void requireCash(FundingSource source, LocalDate effectiveDate, Money change, String field) {
        if (!cash.allows(source, effectiveDate, change)) {
            throw new LedgerRuleException(ErrorCode.INSUFFICIENT_CASH_BALANCE, field,
                    "the " + source + " cash balance would turn negative on or after " + effectiveDate
                            + " (lowest balance from then on: " + cash.lowestBalanceFrom(source, effectiveDate) + ")");
        }
    }

    @EventSourcingHandler
    void on(PlatformDeclaredEvent event) {
        platformId = event.platformId();
        declared(event.plan());
        event.enterprises().stream().map(EnterpriseParty::partyId).forEach(enterprisePartyIds::add);
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        usedIds.add(event.agreementId());
        event.parties().forEach(p -> agreementParties.put(p.partyId(), p.role()));
    }

    @EventSourcingHandler
    void on(InstallmentRecordedEvent event) {
        remember(event.entryId(), new LedgerEntry(EntryKind.INSTALLMENT, event.source(), event.partyId(),
                event.form(), event.amount(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(EnterpriseContributionRecordedEvent event) {
        remember(event.entryId(), new LedgerEntry(EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE,
                event.partyId(), event.form(), event.amount(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ExpenditureRecordedEvent event) {
        remember(event.entryId(), new LedgerEntry(EntryKind.EXPENDITURE, event.chargedSource(), event.partyId(),
                ContributionForm.CASH, event.amount(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(RecoveryRecordedEvent event) {
        remember(event.entryId(), new LedgerEntry(EntryKind.RECOVERY, event.source(), null,
                ContributionForm.CASH, event.amount(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(AdjustmentRecordedEvent event) {
        usedIds.add(event.entryId());
        LedgerEntry original = entries.get(event.originalEntryId());
        cash.move(original.source(), original.effectiveDate(),
                original.cashEffect(event.correctedAmount()).minus(original.cashEffect(original.amount())));
        entries.put(event.originalEntryId(), original.withAmount(event.correctedAmount()));
    }

    private void remember(String entryId, LedgerEntry entry) {
        usedIds.add(entryId);
        entries.put(entryId, entry);
        cash.move(entry.source(), entry.effectiveDate(), entry.cashEffect(entry.amount()));
    }

    @Override
    protected Set<String> enterprisePartyIds() {
        return enterprisePartyIds;
    }
}
