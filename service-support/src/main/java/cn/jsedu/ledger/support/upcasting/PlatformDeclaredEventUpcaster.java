package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads stored rows of {@link PlatformDeclaredEvent} revision 1, written before a ledger held several programmes, as
 * revision 2: the platform belongs to the default programme ({@link ProgrammeId#DEFAULT}), the one every platform
 * belonged to then. Everything else in the payload stays as stored.
 *
 * <p>Works on the intermediate representation, on every read: the stored bytes are never rewritten (events are
 * immutable, and the hash chain covers the bytes as stored). A revision-1 row that already names a programme is not a
 * row the old code wrote, and fails loudly.
 */
public class PlatformDeclaredEventUpcaster extends SingleEventUpcaster {

    /** The type and revision under which declarations were stored before programmes. */
    public static final SerializedType STORED_TYPE = new SimpleSerializedType(PlatformDeclaredEvent.class.getName(), "1");

    private static final String TARGET_REVISION = PlatformDeclaredEvent.class.getAnnotation(Revision.class).value();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return STORED_TYPE.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String eventId = representation.getMessageIdentifier();
        return representation.upcastPayload(
                new SimpleSerializedType(PlatformDeclaredEvent.class.getName(), TARGET_REVISION), ObjectNode.class,
                stored -> {
                    if (stored.has("programmeId")) {
                        throw new IllegalStateException("stored PlatformDeclaredEvent " + eventId
                                + " of revision 1 already names a programme");
                    }
                    ObjectNode payload = stored.deepCopy();
                    payload.put("programmeId", ProgrammeId.DEFAULT.value());
                    return payload;
                });
    }
}
