package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeParametersChangedEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.ledger.LedgerLines;
import cn.jsedu.ledger.query.programme.ParameterJson;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.List;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.name;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * The national view's read model (ADR 0009): from every provincial store's events, the platforms, their plan versions,
 * their performance decisions, their statuses (as {@link StatusFold} sets them, each with its recording time) and their
 * ledger lines — the same {@link LedgerLine}s the provincial projection stores, made by the same {@link LedgerLines} —
 * and the province's programmes as established with every rule change since (ADR 0019), each row keyed by the province
 * it came from. Enough to answer any
 * (asOf, knownAt) by folding at query time ({@link NationalQueries}); and per province the count of its events
 * projected and the time of the last one. Runs in the national processor only ({@link NationalViewConfig}), one
 * transaction per batch with its multi-source token, so each event is applied once.
 */
@ProcessingGroup(NationalViewProjection.PROCESSING_GROUP)
public class NationalViewProjection {

    public static final String PROCESSING_GROUP = "national-view";

    private static final String INSERT_LINE = """
            INSERT INTO read_model.national_ledger_line (province, event_id, platform_id, sequence_number, entry_id, kind,
              original_entry_id, source, party_id, form, category, amount, received_cash, received_non_cash, spent,
              recovered, effective_date, recorded_at, voucher_ref, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final ReadModelWriter writer;
    private final ProvinceProgress progress;

    NationalViewProjection(ReadModelWriter writer, ProvinceProgress progress) {
        this.writer = writer;
        this.progress = progress;
    }

    /**
     * Every event of every store: one handler that tells the kinds apart itself. With a handler per type beside one
     * for the rest, Axon ranks a handler of an interface ({@code MoneyEntryEvent}) no higher than one of
     * {@code Object}, and installments went to the latter.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> message, @MetaDataValue(NationalEventSource.PROVINCE) String province) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        if (payload instanceof PlatformEvent e) {
            StatusFold.setBy(e).ifPresent(status -> writer.update("""
                    INSERT INTO read_model.national_platform_status (province, platform_id, sequence_number, status,
                      recorded_at) VALUES (?, ?, ?, ?, ?)""", province, e.platformId(), sequence, status.name(),
                    time(message.getTimestamp())));
        }
        if (payload instanceof ProgrammeEstablishedEvent e) {
            writer.update("""
                    INSERT INTO read_model.national_programme (province, programme_id, base_parameters, established_at,
                      event_id) VALUES (?, ?, ?, ?, ?)""", province, e.programmeId(), ParameterJson.write(e.parameters()),
                    time(message.getTimestamp()), message.getIdentifier());
        } else if (payload instanceof ProgrammeParametersChangedEvent e) {
            writer.update("""
                    INSERT INTO read_model.national_parameter_change (province, programme_id, sequence_number,
                      effective_from, recorded_at, changes, event_id) VALUES (?, ?, ?, ?, ?, ?, ?)""", province,
                    e.programmeId(), sequence, e.effectiveFrom(), time(message.getTimestamp()),
                    ParameterJson.write(e.changes()), message.getIdentifier());
        } else if (payload instanceof PlatformDeclaredEvent e) {
            declared(e, message, province);
            plan(province, e.platformId(), sequence, e.plan(), message);
        } else if (payload instanceof PlatformApprovedEvent e) {
            plan(province, e.platformId(), sequence, e.plan(), message);
        } else if (payload instanceof FundingPlanRevisedEvent e) {
            plan(province, e.platformId(), sequence, e.plan(), message);
        } else if (payload instanceof PerformanceDecisionRecordedEvent e) {
            decision(e, message, province);
        } else {
            LedgerLines.of(payload, message.getIdentifier(), sequence, message.getTimestamp())
                    .ifPresent(l -> line(l, province));
        }
        // every event, money or not, is the province's latest news: its figures are current up to it
        seen(province, message);
    }

    private void declared(PlatformDeclaredEvent e, EventMessage<?> message, String province) {
        writer.update("""
                INSERT INTO read_model.national_platform (province, platform_id, programme_id, title, college_name,
                  declared_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?)""", province, e.platformId(), e.programmeId(),
                e.title(), e.college() == null ? null : e.college().name(), time(message.getTimestamp()),
                message.getIdentifier());
    }

    private void decision(PerformanceDecisionRecordedEvent e, EventMessage<?> message, String province) {
        writer.update("""
                INSERT INTO read_model.national_decision (province, event_id, platform_id, decision_id, type, amount,
                  recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", province, message.getIdentifier(), e.platformId(),
                e.decisionId(), name(e.type()), money(e.amount()), time(message.getTimestamp()));
    }

    private void line(LedgerLine l, String province) {
        writer.update(INSERT_LINE, province, l.eventId(), l.platformId(), l.sequenceNumber(), l.entryId(),
                name(l.kind()), l.originalEntryId(), name(l.source()), l.partyId(), name(l.form()),
                name(l.category()), money(l.amount()), money(l.receivedCash()), money(l.receivedNonCash()),
                money(l.spent()), money(l.recovered()), l.effectiveDate(), time(l.recordedAt()), l.voucherRef(),
                l.reason());
    }

    private void plan(String province, String platformId, long sequence, List<PlanLine> plan, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.national_plan_version (province, platform_id, plan_seq, recorded_at, event_id)
                VALUES (?, ?, ?, ?, ?)""", province, platformId, sequence, time(message.getTimestamp()),
                message.getIdentifier());
        for (int i = 0; i < plan.size(); i++) {
            PlanLine line = plan.get(i);
            writer.update("""
                    INSERT INTO read_model.national_plan_line (province, platform_id, plan_seq, line_no, source, party_id,
                      year, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", province, platformId, sequence, i,
                    name(line.source()), line.partyId(), line.year(), money(line.amount()));
        }
    }

    private void seen(String province, EventMessage<?> message) {
        progress.seen(province, message.getTimestamp());
    }
}
