package cn.jsedu.ledger.command.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eventProcessors} in the readiness group: DOWN while any event processor is not running or a streaming
 * processor has a segment in error. On this side that is the college registry, a subscribing processor in the
 * command's own transaction (ADR 0004): if it stopped, declarations would no longer reserve their college.
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
                long failing = streaming.processingStatus().values().stream().filter(s -> s.isErrorState()).count();
                detail.put("claimedSegments", streaming.processingStatus().size());
                detail.put("segmentsInError", failing);
                up &= failing == 0 && !streaming.isError();
            }
            details.put(entry.getKey(), detail);
        }
        (up ? builder.up() : builder.down()).withDetails(details);
    }
}
