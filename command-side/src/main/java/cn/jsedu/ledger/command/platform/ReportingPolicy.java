package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.indicator.Indicator;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.money.MoneyLimits;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The rules of task books and periodic reports (docs/domain.md §6). */
final class ReportingPolicy {

    private ReportingPolicy() {
    }

    /** Known codes, each once, values of the indicator's unit; returns the values in canonical text. */
    static List<IndicatorValue> canonical(List<IndicatorValue> values, String field) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.get();
        Set<String> seen = new HashSet<>();
        List<IndicatorValue> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            String at = field + "[" + i + "]";
            Indicator indicator = catalogue.find(value.code()).orElseThrow(() -> new LedgerRuleException(
                    ErrorCode.UNKNOWN_INDICATOR, at + ".code", "no indicator " + value.code() + " in the catalogue"));
            if (!seen.add(value.code())) {
                throw new LedgerRuleException(ErrorCode.UNKNOWN_INDICATOR, at + ".code", value.code() + " is listed twice");
            }
            try {
                result.add(new IndicatorValue(value.code(), indicator.unit().format(indicator.unit().parse(value.value()))));
            } catch (IllegalArgumentException e) {
                throw new LedgerRuleException(ErrorCode.INVALID_INDICATOR_VALUE, at + ".value",
                        value.code() + " is measured as " + indicator.unit() + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** A task book names at least one indicator of every mandatory task. */
    static void requireEveryMandatoryTask(List<IndicatorValue> targets, ProgrammeParameters parameters) {
        Set<Integer> covered = new HashSet<>();
        targets.forEach(t -> IndicatorCatalogue.get().find(t.code()).ifPresent(i -> covered.add(i.task())));
        Set<Integer> missing = new TreeSet<>(parameters.mandatoryTasks());
        missing.removeAll(covered);
        if (!missing.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.TASK_BOOK_INCOMPLETE, "targets",
                    "the task book has no indicator for mandatory task(s) " + missing);
        }
    }

    static void requireValidUsage(PlatformUsage usage) {
        if (usage.workstationsOffered() > usage.workstationsTotal()) {
            throw new LedgerRuleException(ErrorCode.WORKSTATIONS_OFFERED_EXCEED_TOTAL, "usage.workstationsOffered",
                    "workstations offered (" + usage.workstationsOffered() + ") exceed all workstations ("
                            + usage.workstationsTotal() + ")");
        }
    }

    static void requireValidEquipment(List<EquipmentEntry> equipment, LocalDate periodStart, LocalDate periodEnd) {
        for (int i = 0; i < equipment.size(); i++) {
            EquipmentEntry entry = equipment.get(i);
            if (!MoneyLimits.isRecordable(entry.value())) {
                throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, "equipment[" + i + "].value",
                        "an equipment value must be > 0 and ≤ " + MoneyLimits.MAX_RECORDED_AMOUNT);
            }
            if (entry.date().isBefore(periodStart) || entry.date().isAfter(periodEnd)) {
                throw new LedgerRuleException(ErrorCode.EQUIPMENT_DATE_OUTSIDE_PERIOD, "equipment[" + i + "].date",
                        "equipment entries of this report are dated " + periodStart + " to " + periodEnd);
            }
        }
    }
}
