package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The status column is written as the kernel's fold says, and only for the events that set a status. */
class PlatformStatusProjectionTest {

    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    private final ReadModelWriter writer = mock(ReadModelWriter.class);
    private final PlatformStatusProjection projection = new PlatformStatusProjection(writer);

    @Test
    void writesTheStatusEachEventSets() {
        projection.on(new PlatformResumedEvent("P-1", "r", "d"));
        verify(writer).update(PlatformStatusProjection.SET_STATUS, "APPROVED", "P-1");
        projection.on(new AcceptanceReviewedEvent("P-2", AcceptanceResult.FAILED, DAY, "p", null));
        verify(writer).update(PlatformStatusProjection.SET_STATUS, "ACCEPTANCE_FAILED", "P-2");
        projection.on(new PerformanceDecisionRecordedEvent("P-3", "D", DecisionType.TERMINATE, null, "b", "d", DAY));
        verify(writer).update(PlatformStatusProjection.SET_STATUS, "TERMINATED", "P-3");
    }

    @Test
    void leavesTheStatusAloneForOtherEvents() {
        projection.on(new PerformanceDecisionRecordedEvent("P-1", "D", DecisionType.REWARD, Money.ofFen(1), "b", "d", DAY));
        projection.on(new ProposalWithdrawnEvent("P-1", "PR", "admin1", "r"));
        verify(writer, never()).update(anyString(), any(Object[].class));
    }
}
