package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What was spent per expenditure category and calendar year of the effective date, corrections included: what the
 * budget rule ({@link BudgetPolicy}) compares with the budget. Kept whether or not a budget is declared, so a budget
 * declared later is checked against everything spent before it.
 */
final class CategorySpending {

    /** An expenditure as it stands now (after corrections). */
    record Expenditure(ExpenditureCategory category, int year, Money amount) {
    }

    /** In a snapshot as {@link #expenditureRows()}. */
    @JsonIgnore
    private Map<String, Expenditure> byEntry = new HashMap<>();
    /** Fen spent per {@link #key}. */
    private Map<String, Long> byCategoryYear = new HashMap<>();

    Money spentOn(ExpenditureCategory category, int year) {
        return Money.ofFen(byCategoryYear.getOrDefault(key(category, year), 0L));
    }

    /** The expenditure {@code entryId}, if it is one. */
    Optional<Expenditure> expenditure(String entryId) {
        return Optional.ofNullable(byEntry.get(entryId));
    }

    // --- event sourcing: assignments only ---

    void recorded(ExpenditureRecordedEvent event) {
        byEntry.put(event.entryId(), new Expenditure(event.category(), event.effectiveDate().getYear(), event.amount()));
        byCategoryYear.merge(key(event.category(), event.effectiveDate().getYear()), event.amount().fen(),
                Math::addExact);
    }

    void corrected(AdjustmentRecordedEvent event) {
        Expenditure before = byEntry.get(event.originalEntryId());
        if (before == null) {
            return;
        }
        byEntry.put(event.originalEntryId(), new Expenditure(before.category(), before.year(), event.correctedAmount()));
        byCategoryYear.merge(key(before.category(), before.year()),
                event.correctedAmount().minus(before.amount()).fen(), Math::addExact);
    }

    private static String key(ExpenditureCategory category, int year) {
        return category.name() + "/" + year;
    }

    // --- snapshot form (SnapshotBytes) ---

    @JsonProperty("expenditureRows")
    private byte[] expenditureRows() {
        SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(byEntry.size());
        byEntry.forEach((entryId, e) -> rows.text(entryId).constant(e.category()).number(e.year())
                .number(e.amount().fen()));
        return rows.toBytes();
    }

    @JsonProperty("expenditureRows")
    private void expenditureRows(byte[] bytes) {
        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(bytes);
        int count = rows.count();
        Map<String, Expenditure> read = SnapshotBytes.mapFor(count);
        for (int i = 0; i < count; i++) {
            read.put(rows.text(), new Expenditure(rows.constant(ExpenditureCategory.class),
                    Math.toIntExact(rows.number()), Money.ofFen(rows.number())));
        }
        rows.requireEnd();
        byEntry = read;
    }
}
