package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code partyId} and {@code appraisalRef} may be null; {@code documents} are evidence documents cited (may be
 * empty).
 */
public record RecordInstallmentCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                       FundingSource source, PartyId partyId, ContributionForm form, Money amount,
                                       LocalDate effectiveDate, String voucherRef, String appraisalRef,
                                       List<DocumentHash> documents) {

    public RecordInstallmentCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Citing no document. */
    public RecordInstallmentCommand(PlatformId platformId, EntryId entryId, FundingSource source, PartyId partyId,
                                    ContributionForm form, Money amount, LocalDate effectiveDate, String voucherRef,
                                    String appraisalRef) {
        this(platformId, entryId, source, partyId, form, amount, effectiveDate, voucherRef, appraisalRef, List.of());
    }
}
