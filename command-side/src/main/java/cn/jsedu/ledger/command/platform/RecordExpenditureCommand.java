package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code partyId} may be null; it may only name an enterprise when charged to ENTERPRISE. {@code documents} are
 * evidence documents cited (may be empty).
 */
public record RecordExpenditureCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                       ExpenditureCategory category, FundingSource chargedSource, PartyId partyId,
                                       Money amount, LocalDate effectiveDate, String voucherRef,
                                       List<DocumentHash> documents) {

    public RecordExpenditureCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Citing no document. */
    public RecordExpenditureCommand(PlatformId platformId, EntryId entryId, ExpenditureCategory category,
                                    FundingSource chargedSource, PartyId partyId, Money amount, LocalDate effectiveDate,
                                    String voucherRef) {
        this(platformId, entryId, category, chargedSource, partyId, amount, effectiveDate, voucherRef, List.of());
    }
}
