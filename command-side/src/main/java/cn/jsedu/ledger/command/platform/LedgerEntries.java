package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's money as the rules need it: the entries a correction may refer to, and the cash per source by
 * effective date ({@link CashLedger}). Every event moves the cash by its kernel-defined effect, the same the read
 * models sum.
 */
final class LedgerEntries {

    private Map<String, LedgerEntry> correctable = new HashMap<>();
    private CashLedger cash = new CashLedger();

    /** The installment, contribution or expenditure {@code entryId}, as a correction finds it. */
    LedgerEntry toCorrect(String entryId) {
        LedgerEntry entry = correctable.get(entryId);
        if (entry == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_ENTRY, "originalEntryId",
                    "no installment, contribution or expenditure " + entryId + " on this platform");
        }
        return entry;
    }

    /** docs/domain.md §4: no cash balance of {@code source} may turn negative on or after {@code effectiveDate}. */
    void requireCash(FundingSource source, LocalDate effectiveDate, Money change, String field) {
        if (!cash.allows(source, effectiveDate, change)) {
            throw new LedgerRuleException(ErrorCode.INSUFFICIENT_CASH_BALANCE, field,
                    "the " + source + " cash balance would turn negative on or after " + effectiveDate
                            + " (lowest balance from then on: " + cash.lowestBalanceFrom(source, effectiveDate) + ")");
        }
    }

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
}
