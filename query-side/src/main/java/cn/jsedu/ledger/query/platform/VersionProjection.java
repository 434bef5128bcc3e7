package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.query.readmodel.ReadModelReset;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;


/**
 * Every event moves its platform's version, which {@code minVersion} waits for. It shares the processing group
 * (and so the transaction) of the other read-model projections: the version moves with their rows.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class VersionProjection {

    private final ReadModelWriter writer;
    private final ReadModelReset reset;

    public VersionProjection(ReadModelWriter writer, ReadModelReset reset) {
        this.writer = writer;
        this.reset = reset;
    }

    /** Before a replay, in the reset's transaction: the replay starts from empty tables. */
    @ResetHandler
    void reset() {
        reset.reset();
    }

    @EventHandler
    void on(PlatformEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.version(e.platformId(), sequence, message.getTimestamp());
    }
}
