package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.ConstructionPeriodFold;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The platform after each of its events, by recording time (read_model.platform_timeline), for answers "as known at
 * T" ({@link PlatformQueries#asKnownAt}). What an event changes is {@link StatusFold}'s and {@link ConstructionPeriodFold}'s (the approval, an extension); the rest
 * is carried over from the row before, which the same batch wrote first (statements run in event order).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PlatformTimelineProjection {

    static final String APPEND = """
            INSERT INTO read_model.platform_timeline (platform_id, sequence_number, recorded_at, status,
              construction_start, construction_end)
            SELECT CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ),
              COALESCE(CAST(? AS VARCHAR), before.status), COALESCE(CAST(? AS DATE), before.construction_start),
              COALESCE(CAST(? AS DATE), before.construction_end)
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (
              SELECT status, construction_start, construction_end FROM read_model.platform_timeline
              WHERE platform_id = CAST(? AS VARCHAR) AND sequence_number < CAST(? AS BIGINT) ORDER BY sequence_number DESC LIMIT 1) AS before ON TRUE
            ON CONFLICT (platform_id, sequence_number) DO NOTHING""";

    private final ReadModelWriter writer;

    public PlatformTimelineProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PlatformEvent event, EventMessage<?> message, @SequenceNumber Long sequence) {
        LocalDate start = ConstructionPeriodFold.startSetBy(event).orElse(null);
        LocalDate end = ConstructionPeriodFold.endSetBy(event).orElse(null);
        writer.update(APPEND, event.platformId(), sequence, Sql.time(message.getTimestamp()),
                StatusFold.setBy(event).map(Enum::name).orElse(null), start, end, event.platformId(), sequence);
    }
}
