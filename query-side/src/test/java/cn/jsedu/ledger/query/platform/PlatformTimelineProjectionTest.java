package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Every event appends the platform after it: the status the kernel's fold sets (or none), the approval's period. */
class PlatformTimelineProjectionTest {

    private static final Instant AT = Instant.parse("2022-06-01T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate END = LocalDate.of(2023, 3, 1);

    private final ReadModelWriter writer = mock(ReadModelWriter.class);
    private final PlatformTimelineProjection projection = new PlatformTimelineProjection(writer);

    private void project(PlatformEvent event, long sequence) {
        projection.on(event, new GenericEventMessage<>("id-" + sequence, event, MetaData.emptyInstance(), AT), sequence);
    }

    @Test
    void theApprovalSetsStatusAndConstructionPeriod() {
        project(new PlatformApprovedEvent("P-1", 2, START, END, List.of(), "d"), 1);
        verify(writer).update(PlatformTimelineProjection.APPEND, "P-1", 1L, Sql.time(AT), "APPROVED", START, END, "P-1", 1L);
    }

    @Test
    void aTerminationSetsTheStatusAndOtherEventsCarryEverythingOver() {
        project(new PerformanceDecisionRecordedEvent("P-1", "D", DecisionType.TERMINATE, null, "b", "d", START), 5);
        verify(writer).update(PlatformTimelineProjection.APPEND, "P-1", 5L, Sql.time(AT), "TERMINATED", null, null, "P-1", 5L);
        project(new ProposalWithdrawnEvent("P-1", "PR", "admin1", "r"), 6);
        verify(writer).update(PlatformTimelineProjection.APPEND, "P-1", 6L, Sql.time(AT), null, null, null, "P-1", 6L);
    }
}
