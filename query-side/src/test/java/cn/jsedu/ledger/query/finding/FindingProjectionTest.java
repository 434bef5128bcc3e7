package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** What {@link FindingProjection} writes for each event: the row's status, lists and who, from the event alone. */
class FindingProjectionTest {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 9, 30);

    private final ReadModelWriter writer = mock(ReadModelWriter.class);
    private final FindingProjection projection = new FindingProjection(writer);

    private List<Object> written() {
        ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Object[]> args = ArgumentCaptor.forClass(Object[].class);
        verify(writer).update(sql.capture(), args.capture());
        return flat(args.getAllValues());
    }

    /** The statement's arguments, however the captor hands over varargs (the array, or each element). */
    private static List<Object> flat(List<?> captured) {
        List<Object> values = new java.util.ArrayList<>();
        for (Object value : captured) {
            if (value instanceof Object[] array) {
                values.addAll(Arrays.asList(array));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private static EventMessage<?> by(Object event, String user) {
        return GenericEventMessage.asEventMessage(event).andMetaData(MetaData.with(EventMetadataKeys.USER, user));
    }

    @Test
    void aRecordedFindingIsOpenWithItsCitationsSpaceSeparatedAndItsAuditor() {
        FindingRecordedEvent e = new FindingRecordedEvent("P-1", "F-1", FindingCategory.PROCUREMENT, "t",
                List.of("EV-1", "EV-2"), List.of("a".repeat(64)), DEADLINE);
        projection.on(e, by(e, "auditor"));
        assertThat(written()).containsSubsequence("P-1", "F-1", "PROCUREMENT", "t", "EV-1 EV-2", "a".repeat(64),
                DEADLINE, "OPEN", "auditor");
    }

    @Test
    void aRectificationAnswersAndAReopeningOpensAgainWithTheNewDeadline() {
        RectificationSubmittedEvent answer = new RectificationSubmittedEvent("P-1", "F-1", "done", List.of());
        projection.on(answer, by(answer, "college-wx"));
        assertThat(written()).containsSubsequence("ANSWERED", "done", "", "college-wx");

        ReadModelWriter reopenWriter = mock(ReadModelWriter.class);
        new FindingProjection(reopenWriter).on(new FindingReopenedEvent("P-1", "F-1", "why", DEADLINE.plusDays(9)));
        ArgumentCaptor<Object[]> args = ArgumentCaptor.forClass(Object[].class);
        verify(reopenWriter).update(org.mockito.ArgumentMatchers.contains("reopened_count + 1"), args.capture());
        assertThat(flat(args.getAllValues())).containsSubsequence("OPEN", DEADLINE.plusDays(9), "why");
    }
}
