package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The platform's status, as {@link StatusFold} says each event sets it: every event passes here, so a new
 * status-changing event needs no new handler. (The declaration's row is inserted with its status by
 * {@link PlatformProjection}; whichever of the two runs first, the row ends with the same status.)
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PlatformStatusProjection {

    static final String SET_STATUS = "UPDATE read_model.platform SET status = ? WHERE platform_id = ?";

    private final ReadModelWriter writer;

    public PlatformStatusProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PlatformEvent event) {
        StatusFold.setBy(event).ifPresent(status -> writer.update(SET_STATUS, status.name(), event.platformId()));
    }
}
