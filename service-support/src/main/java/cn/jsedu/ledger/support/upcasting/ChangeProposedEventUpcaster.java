package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Map;

/**
 * Reads stored rows of the former {@code cn.jsedu.ledger.kernel.event.ChangeProposedEvent} (revision 1: one type for
 * every proposal, with {@code kind} and three nullable payloads of which exactly the one of its kind was set) as the
 * event of their kind: {@link DecisionProposedEvent}, {@link PlanRevisionProposedEvent} or
 * {@link SuspensionProposedEvent}. The payload keeps its fields and loses {@code kind} and the two empty payloads.
 *
 * <p>Works on the intermediate representation, on every read: the stored bytes are never rewritten (events are
 * immutable, and the hash chain covers the bytes as stored). A row that does not have the shape the old code wrote
 * fails loudly instead of losing a field.
 */
public class ChangeProposedEventUpcaster extends SingleEventUpcaster {

    /** The type name and revision under which the old code stored proposals. */
    public static final SerializedType STORED_TYPE =
            new SimpleSerializedType("cn.jsedu.ledger.kernel.event.ChangeProposedEvent", "1");

    private static final List<String> PAYLOAD_FIELDS = List.of("decision", "planRevision", "suspension");

    private record Target(SerializedType type, String payloadField) {
    }

    private static final Map<String, Target> BY_KIND = Map.of(
            "PERFORMANCE_DECISION", new Target(typeOf(DecisionProposedEvent.class), "decision"),
            "FUNDING_PLAN_REVISION", new Target(typeOf(PlanRevisionProposedEvent.class), "planRevision"),
            "SUSPENSION", new Target(typeOf(SuspensionProposedEvent.class), "suspension"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return STORED_TYPE.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String eventId = representation.getMessageIdentifier();
        JsonNode stored = representation.getData(JsonNode.class).getData();
        String kind = stored.path("kind").asText();
        Target target = BY_KIND.get(kind);
        if (target == null) {
            throw new IllegalStateException("stored ChangeProposedEvent " + eventId + " has an unknown kind '" + kind + "'");
        }
        return representation.upcastPayload(target.type(), ObjectNode.class, payload -> reshape(payload, target, eventId));
    }

    private static ObjectNode reshape(ObjectNode stored, Target target, String eventId) {
        ObjectNode payload = stored.deepCopy();
        payload.remove("kind");
        for (String field : PAYLOAD_FIELDS) {
            JsonNode value = payload.get(field);
            boolean empty = value == null || value.isNull();
            if (field.equals(target.payloadField()) && empty) {
                throw new IllegalStateException("stored ChangeProposedEvent " + eventId + " of its kind has no " + field);
            }
            if (!field.equals(target.payloadField())) {
                if (!empty) {
                    throw new IllegalStateException("stored ChangeProposedEvent " + eventId + " carries a " + field
                            + " besides its " + target.payloadField());
                }
                payload.remove(field);
            }
        }
        return payload;
    }

    private static SerializedType typeOf(Class<?> eventType) {
        return new SimpleSerializedType(eventType.getName(), eventType.getAnnotation(Revision.class).value());
    }
}
