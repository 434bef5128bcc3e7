package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposedEvent;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;

/**
 * Reads stored rows of {@link ProgrammeEstablishedEvent} and {@link ProgrammeProposedEvent} revision 1, written before
 * programme parameters had a budget tolerance (ADR 0020), as revision 2: their parameter set gets the plan's default
 * tolerance ({@code programme-defaults.properties}), the one every programme judged budgets by when budgets came.
 * Everything else stays as stored; the stored bytes are never rewritten. A revision-1 row that already has a tolerance
 * is not a row the old code wrote, and fails loudly.
 */
public class ProgrammeBudgetToleranceUpcaster extends SingleEventUpcaster {

    private static final List<Class<?>> EVENTS = List.of(ProgrammeEstablishedEvent.class, ProgrammeProposedEvent.class);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return "1".equals(representation.getType().getRevision())
                && EVENTS.stream().anyMatch(e -> e.getName().equals(representation.getType().getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        String target = EVENTS.stream().filter(e -> e.getName().equals(type)).findFirst().orElseThrow()
                .getAnnotation(Revision.class).value();
        String eventId = representation.getMessageIdentifier();
        BudgetTolerance tolerance = ProgrammeParameters.defaults().budgetTolerance();
        return representation.upcastPayload(new SimpleSerializedType(type, target), ObjectNode.class, stored -> {
            ObjectNode payload = stored.deepCopy();
            ObjectNode parameters = (ObjectNode) payload.get("parameters");
            if (parameters == null || parameters.has("budgetTolerance")) {
                throw new IllegalStateException("stored " + type + " " + eventId
                        + " of revision 1 has no parameters or already a budget tolerance");
            }
            parameters.putObject("budgetTolerance").put("percent", tolerance.percent())
                    .put("onOverrun", tolerance.onOverrun().name());
            return payload;
        });
    }
}
