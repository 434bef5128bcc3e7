package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;

/**
 * Reads installments, enterprise contributions and expenditures stored as revision 1 (before an entry could cite
 * evidence documents) as revision 2 with an empty {@code documents} list (docs/adr/0021). The stored bytes are never
 * rewritten: the hash chain covers them as stored. A revision-1 row that already has the field was not written by
 * the ledger and fails loudly.
 */
public class MoneyEntryDocumentsUpcaster extends SingleEventUpcaster {

    private static final List<Class<?>> EVENTS = List.of(InstallmentRecordedEvent.class,
            EnterpriseContributionRecordedEvent.class, ExpenditureRecordedEvent.class);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return "1".equals(type.getRevision()) && EVENTS.stream().anyMatch(e -> e.getName().equals(type.getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SerializedType stored = representation.getType();
        String eventId = representation.getMessageIdentifier();
        SerializedType current = EVENTS.stream().filter(e -> e.getName().equals(stored.getName()))
                .map(e -> (SerializedType) new SimpleSerializedType(e.getName(), e.getAnnotation(Revision.class).value()))
                .findFirst().orElseThrow();
        return representation.upcastPayload(current, JsonNode.class, payload -> {
            if (!(payload instanceof ObjectNode object) || object.has(DocumentCitingEvent.FIELD)) {
                throw new IllegalStateException("stored " + stored.getName() + " " + eventId
                        + " of revision 1 is not what revision 1 wrote");
            }
            ObjectNode upcast = object.deepCopy();
            upcast.putArray(DocumentCitingEvent.FIELD);
            return upcast;
        });
    }
}
