package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.indicator.Indicator;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Task books and periodic reports with their indicator actuals and equipment entries. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ReportingProjection {

    private final ReadModelWriter writer;

    public ReportingProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(TaskBookSetEvent e, EventMessage<?> message) {
        writer.update("DELETE FROM read_model.task_book_target WHERE platform_id = ?", e.platformId());
        for (IndicatorValue target : e.targets()) {
            Indicator indicator = indicator(target.code());
            writer.update("""
                    INSERT INTO read_model.task_book_target (platform_id, code, task, unit, target, target_value,
                      task_book_version, event_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    e.platformId(), target.code(), indicator.task(), indicator.unit().name(), target.value(),
                    indicator.unit().parse(target.value()), e.taskBookVersion(), message.getIdentifier(),
                    time(message.getTimestamp()));
        }
    }

    @EventHandler
    void on(PeriodicReportSubmittedEvent e, EventMessage<?> message) {
        writer.update("""
                UPDATE read_model.report SET superseded = TRUE
                WHERE platform_id = ? AND period = ? AND report_version < ?""", e.platformId(), e.period(), e.reportVersion());
        writer.update("""
                INSERT INTO read_model.report (platform_id, period, report_version, submitted_on, workstations_total,
                  workstations_offered, training_person_times, student_practice_hours, event_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.period(), e.reportVersion(), e.submittedOn(),
                e.usage().workstationsTotal(), e.usage().workstationsOffered(), e.usage().trainingPersonTimes(),
                e.usage().studentPracticeHours(), message.getIdentifier(), time(message.getTimestamp()));
        for (IndicatorValue actual : e.indicators()) {
            writer.update("""
                    INSERT INTO read_model.report_indicator (platform_id, period, report_version, code, value, value_long,
                      event_id) VALUES (?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.period(), e.reportVersion(),
                    actual.code(), actual.value(), indicator(actual.code()).unit().parse(actual.value()),
                    message.getIdentifier());
        }
        for (int i = 0; i < e.equipment().size(); i++) {
            EquipmentEntry item = e.equipment().get(i);
            writer.update("""
                    INSERT INTO read_model.equipment_item (platform_id, period, report_version, line_no, item, quantity,
                      value, source, change, item_date, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    e.platformId(), e.period(), e.reportVersion(), i, item.item(), item.quantity(), money(item.value()),
                    item.source().name(), item.change().name(), item.date(), message.getIdentifier());
        }
    }

    private static Indicator indicator(String code) {
        return IndicatorCatalogue.get().find(code)
                .orElseThrow(() -> new IllegalStateException("indicator " + code + " is not in the catalogue"));
    }
}
