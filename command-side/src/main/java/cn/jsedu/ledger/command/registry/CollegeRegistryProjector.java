package cn.jsedu.ledger.command.registry;

import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Frees a college's registration when its platform reaches a final state. Runs in a subscribing processor,
 * inside the command's own transaction, with errors propagated: the release commits with the event or not at all.
 */
@Component
@ProcessingGroup(CollegeRegistryProjector.PROCESSING_GROUP)
public class CollegeRegistryProjector {

    public static final String PROCESSING_GROUP = "college-registry";

    private final CollegeRegistry registry;

    public CollegeRegistryProjector(CollegeRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(PlatformRejectedEvent event) {
        registry.release(event.platformId());
    }

    @EventHandler
    void on(PerformanceDecisionRecordedEvent event) {
        if (event.type() == DecisionType.TERMINATE) {
            registry.release(event.platformId());
        }
    }
}
