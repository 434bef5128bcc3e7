package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The correlation id in the log context while an event is projected (a request's: service-support's filter). */
class CorrelationTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void anEventIsHandledUnderTheCorrelationIdOfTheRequestThatCausedIt() throws Exception {
        MDC.put("correlationId", "outer");
        var event = GenericEventMessage.asEventMessage("payload")
                .withMetaData(MetaData.with(EventMetadataKeys.CORRELATION_ID, "from-command"));
        List<String> seen = new ArrayList<>();

        new EventCorrelationMdc().handle(new DefaultUnitOfWork<>(event), () -> {
            seen.add(MDC.get("correlationId"));
            return null;
        });

        assertThat(seen).containsExactly("from-command");
        assertThat(MDC.get("correlationId")).isEqualTo("outer");
    }
}
