package cn.jsedu.ledger.query.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eventProcessors} in the readiness group: DOWN while a processor (read-models) is not running or has a
 * segment in error (a batch that keeps failing: the read models stop moving and minVersion reads would time out).
 * An instance that runs but holds no segment (a hot standby, ADR 0009) is UP. Details, for administrators only,
 * name each failing segment and its error.
 */
@Component
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
