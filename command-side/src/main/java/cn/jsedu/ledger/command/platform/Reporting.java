package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The task book of indicator targets and the half-yearly periodic reports of a {@link Platform} (docs/domain.md §6):
 * their versions, and the rules a task book or a report must meet ({@link ReportingPolicy} checks the values). The
 * platform decides first whether its status takes reports at all.
 */
final class Reporting {

    /** 0 until the first task book is set. */
    private int taskBookVersion;
    /** The latest version submitted per period, e.g. "2020H1" → 2. */
    private Map<String, Integer> reportVersions = new HashMap<>();

    void setTaskBook(String platformId, SetTaskBookCommand command, ProgrammeParameters parameters) {
        if (command.targets() == null || command.targets().isEmpty()) {
            throw new LedgerRuleException(ErrorCode.TASK_BOOK_INCOMPLETE, "targets", "a task book has targets");
        }
        List<IndicatorValue> targets = ReportingPolicy.canonical(command.targets(), "targets");
        ReportingPolicy.requireEveryMandatoryTask(targets, parameters);
        if (taskBookVersion > 0 && (command.reason() == null || command.reason().isBlank())) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "a revised task book gives its reason");
        }
        apply(new TaskBookSetEvent(platformId, taskBookVersion + 1, IndicatorCatalogue.VERSION, targets,
                command.reason(), command.decisionRef()));
    }

    /** A report covers a half-year that has ended and overlaps the construction period {@code start}–{@code end}. */
    void submit(String platformId, SubmitPeriodicReportCommand command, LocalDate constructionStart,
                LocalDate constructionEnd, ProgrammeParameters parameters, Clock clock) {
        ReportingPeriod period = command.period();
        LocalDate start = period.start(parameters.reportPeriodEnds());
        LocalDate end = period.end(parameters.reportPeriodEnds());
        if (end.isAfter(LocalDate.now(clock))) {
            throw new LedgerRuleException(ErrorCode.REPORT_PERIOD_NOT_ENDED, "period",
                    "period " + period + " ends on " + end + ": a report covers a half-year that has ended");
        }
        if (end.isBefore(constructionStart) || start.isAfter(constructionEnd)) {
            throw new LedgerRuleException(ErrorCode.REPORT_PERIOD_OUTSIDE_CONSTRUCTION, "period",
                    "period " + period + " lies outside the construction period " + constructionStart + " to "
                            + constructionEnd);
        }
        ReportingPolicy.requireValidUsage(command.usage());
        ReportingPolicy.requireValidEquipment(command.equipment(), start, end);
        List<IndicatorValue> actuals = ReportingPolicy.canonical(command.indicators(), "indicators");
        apply(new PeriodicReportSubmittedEvent(platformId, period.toString(),
                reportVersions.getOrDefault(period.toString(), 0) + 1, LocalDate.now(clock),
                List.copyOf(command.equipment()), command.usage(), actuals));
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(TaskBookSetEvent event) {
        taskBookVersion = event.taskBookVersion();
    }

    @EventSourcingHandler
    void on(PeriodicReportSubmittedEvent event) {
        reportVersions.put(event.period(), event.reportVersion());
    }
}
