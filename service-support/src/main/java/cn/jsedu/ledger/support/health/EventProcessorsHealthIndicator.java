package cn.jsedu.ledger.support.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eventProcessors} in the readiness group: DOWN while any event processor is not running or a streaming
 * processor has a segment in error. On the query side that is the read models (a batch that keeps failing: they stop
 * moving and minVersion reads would time out); on the command side the college registry, a subscribing processor in
 * the command's own transaction (ADR 0004): if it stopped, declarations would no longer reserve their college. An
 * instance that runs but holds no segment (a hot standby, ADR 0009) is UP. Details, for administrators only, name
 * each failing segment and its error.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("event processors could not be inspected");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        Map<String, Object> details = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            up &= processor.isRunning();
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                Map<Integer, String> errors = new TreeMap<>();
                segments.forEach((segment, status) -> {
                    if (status.isErrorState()) {
                        errors.put(segment, String.valueOf(status.getError()));
                    }
                });
                detail.put("claimedSegments", segments.size());
                detail.put("replaying", segments.values().stream().anyMatch(EventTrackerStatus::isReplaying));
                detail.put("segmentsInError", errors);
                up &= errors.isEmpty() && !streaming.isError();
            }
            details.put(entry.getKey(), detail);
        }
        (up ? builder.up() : builder.down()).withDetails(details);
    }
}
