package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The reporting part of a {@link Platform} (docs/domain.md §6): the task book of indicator targets and the half-yearly
 * periodic reports with equipment updates, platform usage and indicator actuals.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
abstract class PlatformReporting extends PlatformDecisions {

    protected int taskBookVersion;
    /** The latest version submitted per period, e.g. "2020H1" → 2. */
    protected Map<String, Integer> reportVersions = new HashMap<>();

    @CommandHandler
    public CommandResult handle(SetTaskBookCommand command, ProgrammeParameters parameters) {
        requireApprovedAndOpen();
        if (command.targets() == null || command.targets().isEmpty()) {
            throw new LedgerRuleException(ErrorCode.TASK_BOOK_INCOMPLETE, "targets", "a task book has targets");
        }
        List<IndicatorValue> targets = ReportingPolicy.canonical(command.targets(), "targets");
        ReportingPolicy.requireEveryMandatoryTask(targets, parameters);
        if (taskBookVersion > 0 && (command.reason() == null || command.reason().isBlank())) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "a revised task book gives its reason");
        }
        apply(new TaskBookSetEvent(platformIdValue(), taskBookVersion + 1, IndicatorCatalogue.VERSION, targets,
                command.reason(), command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(SubmitPeriodicReportCommand command, ProgrammeParameters parameters, Clock clock) {
        requireApprovedAndOpen();
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
        apply(new PeriodicReportSubmittedEvent(platformIdValue(), period.toString(),
                reportVersions.getOrDefault(period.toString(), 0) + 1, LocalDate.now(clock),
                List.copyOf(command.equipment()), command.usage(), actuals));
        return result(period.toString());
    }

    @EventSourcingHandler
    void on(TaskBookSetEvent event) {
        taskBookVersion = event.taskBookVersion();
    }

    @EventSourcingHandler
    void on(PeriodicReportSubmittedEvent event) {
        reportVersions.put(event.period(), event.reportVersion());
    }
}
