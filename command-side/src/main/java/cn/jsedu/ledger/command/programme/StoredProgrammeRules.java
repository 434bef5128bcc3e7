package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.ProgrammeEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeFold;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of each programme, folded ({@link ProgrammeFold}) from the programme's own events in the event store, so
 * every command judges by what is recorded, whichever instance recorded it. A programme's stream is a handful of
 * events: each lookup asks the store for the stream's last sequence number (one indexed query) and reads only the
 * events appended since the last lookup.
 *
 * <p>The default programme's stream is appended on the command side's first start ({@link DefaultProgramme}); until
 * then its rules are the plan as configured, exactly what that stream will record.
 */
@Component
public class StoredProgrammeRules implements ProgrammeRules {

    /** A programme as folded up to {@code sequence}; a null status: the stream is not a programme's. */
    private record Known(long sequence, ProgrammeStatus status, ParameterTimeline timeline) {
    }

    private final EventStore events;
    private final ProgrammeParameters configuredPlan;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public StoredProgrammeRules(EventStore events, ProgrammeParameters configuredPlan) {
        this.events = events;
        this.configuredPlan = configuredPlan;
    }

    @Override
    public ParameterTimeline timeline(String programmeId) {
        Optional<Long> last = events.lastSequenceNumberFor(programmeId);
        if (last.isEmpty()) {
            if (ProgrammeId.DEFAULT.value().equals(programmeId)) {
                return ParameterTimeline.of(configuredPlan);
            }
            throw notFound(programmeId);
        }
        Known programme = known.compute(programmeId, (id, before) ->
                before != null && before.sequence() == last.get() ? before : read(id, before));
        if (programme.status() == null) {
            throw notFound(programmeId);
        }
        if (!programme.status().isEstablished()) {
            throw new LedgerRuleException(ErrorCode.INVALID_STATE, "programmeId",
                    "programme " + programmeId + " is " + programme.status() + ", not established");
        }
        return programme.timeline();
    }

    /** {@code before} and the events after it. */
    private Known read(String programmeId, Known before) {
        long sequence = before == null ? -1 : before.sequence();
        ProgrammeStatus status = before == null ? null : before.status();
        ParameterTimeline timeline = before == null ? null : before.timeline();
        DomainEventStream stream = events.readEvents(programmeId, sequence + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof ProgrammeEvent event)) {
                // a platform's stream: its id is not a programme's
                return new Known(message.getSequenceNumber(), null, null);
            }
            status = ProgrammeFold.status(status, event);
            timeline = ProgrammeFold.timeline(timeline, event, message.getTimestamp());
            sequence = message.getSequenceNumber();
        }
        return new Known(sequence, status, timeline);
    }

    private static LedgerRuleException notFound(String programmeId) {
        return new LedgerRuleException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId);
    }
}
