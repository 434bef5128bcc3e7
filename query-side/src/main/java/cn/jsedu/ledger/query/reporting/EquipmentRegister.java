package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform's equipment register from its reports (latest version of each period), with values per funding
 * source set against what the ledger says was spent on equipment (EQUIPMENT_PURCHASE expenditures, corrections
 * included) or contributed as equipment in kind. A non-zero difference is for the auditor to explain.
 */
public record EquipmentRegister(String platformId, List<Item> items, List<SourceTotals> bySource) {

    public record Item(String period, String item, int quantity, String value, FundingSource source, String change,
                       LocalDate date, String eventId) {
    }

    public record SourceTotals(FundingSource source, String acquired, String retired, String equipmentPurchases,
                               String equipmentInKind, String difference) {
    }

    public static EquipmentRegister of(String platformId, List<Item> items, List<LedgerLine> lines) {
        Map<FundingSource, Money[]> totals = new EnumMap<>(FundingSource.class);
        for (Item item : items) {
            Money[] t = totals.computeIfAbsent(item.source(), s -> zeros());
            int slot = "ACQUIRED".equals(item.change()) ? 0 : 1;
            t[slot] = t[slot].plus(Money.parse(item.value()));
        }
        Map<String, ExpenditureCategory> categories = new HashMap<>();
        lines.stream().filter(l -> l.category() != null).forEach(l -> categories.put(l.entryId(), l.category()));
        for (LedgerLine line : lines) {
            ExpenditureCategory category = line.category() != null ? line.category() : categories.get(line.originalEntryId());
            if (category == ExpenditureCategory.EQUIPMENT_PURCHASE) {
                Money[] t = totals.computeIfAbsent(line.source(), s -> zeros());
                t[2] = t[2].plus(line.spent());
            }
            if (line.form() == ContributionForm.EQUIPMENT) {
                Money[] t = totals.computeIfAbsent(line.source(), s -> zeros());
                t[3] = t[3].plus(line.receivedNonCash());
            }
        }
        return new EquipmentRegister(platformId, items, totals.entrySet().stream().map(e -> {
            Money[] t = e.getValue();
            return new SourceTotals(e.getKey(), t[0].toString(), t[1].toString(), t[2].toString(), t[3].toString(),
                    t[0].minus(t[2].plus(t[3])).toString());
        }).toList());
    }

    private static Money[] zeros() {
        return new Money[]{Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
    }
}
