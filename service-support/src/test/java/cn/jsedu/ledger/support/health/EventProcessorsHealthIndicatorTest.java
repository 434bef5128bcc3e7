package cn.jsedu.ledger.support.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The readiness of both sides' event processors: the query side's read models, the command side's registry. */
class EventProcessorsHealthIndicatorTest {

    private static Health health(EventProcessor processor) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.of("read-models", processor));
        return new EventProcessorsHealthIndicator(processing).health();
    }

    private static StreamingEventProcessor processor(boolean running, EventTrackerStatus... segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(running);
        Map<Integer, EventTrackerStatus> status = new java.util.HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            status.put(i, segments[i]);
        }
        when(processor.processingStatus()).thenReturn(status);
        return processor;
    }

    private static EventTrackerStatus segment(Throwable error) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.isErrorState()).thenReturn(error != null);
        when(status.getError()).thenReturn(error);
        return status;
    }

    @Test
    void upWhileRunningWithHealthySegmentsOrAsAStandbyWithNone() {
        assertThat(health(processor(true, segment(null), segment(null))).getStatus()).isEqualTo(Status.UP);
        assertThat(health(processor(true)).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhenStopped() {
        Health health = health(processor(false));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).extractingByKey("read-models").asString().contains("running=false");
    }

    @Test
    void downWithTheErrorWhenASegmentFails() {
        Health health = health(processor(true, segment(null), segment(new IllegalStateException("row too long"))));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).extractingByKey("read-models").asString().contains("1=", "row too long");
    }

    @Test
    void aStoppedSubscribingProcessorIsDownToo() {
        EventProcessor registry = mock(EventProcessor.class);
        when(registry.isRunning()).thenReturn(false);

        assertThat(health(registry).getStatus()).isEqualTo(Status.DOWN);
    }
}
