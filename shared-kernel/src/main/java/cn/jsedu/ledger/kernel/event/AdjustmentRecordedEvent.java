package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 更正: the amount of an earlier entry was recorded wrongly. It takes effect at the original entry's
 * effective date and is known from this event's own recording time. The event repeats what it corrects
 * (kind, source, party, form, date, the amount in force before) so that a reader needs no lookup.
 * A {@code correctedAmount} of zero voids the original.
 */
@Revision("1")
public record AdjustmentRecordedEvent(String platformId, String entryId, String originalEntryId,
                                      EntryKind originalKind, FundingSource source, String partyId,
                                      ContributionForm form, LocalDate originalEffectiveDate,
                                      Money previousAmount, Money correctedAmount, String reason)
        implements PlatformEvent {

    /** The change this correction makes to the original entry's amount. */
    public Money delta() {
        return correctedAmount.minus(previousAmount);
    }

    /** What this correction does to the money figures: the corrected entry's effect now, less its effect before. */
    public MoneyEffect effect() {
        return originalKind.effect(form, correctedAmount).minus(originalKind.effect(form, previousAmount));
    }
}
