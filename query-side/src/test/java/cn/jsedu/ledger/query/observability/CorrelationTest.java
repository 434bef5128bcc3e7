package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The correlation id in the log context: for a request (the filter) and while an event is projected. */
class CorrelationTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aRequestKeepsAWellFormedIdAndGetsANewOneOtherwise() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String given : new String[] {"req-1", "bad id with spaces"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/platforms");
            request.addHeader(CorrelationIdFilter.HEADER, given);
            MockHttpServletResponse response = new MockHttpServletResponse();
            new CorrelationIdFilter().doFilter(request, response, (req, res) -> seen.add(MDC.get("correlationId")));
            assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo(seen.get(seen.size() - 1));
        }
        assertThat(seen.get(0)).isEqualTo("req-1");
        assertThat(seen.get(1)).isNotBlank().isNotEqualTo("bad id with spaces");
        assertThat(MDC.get("correlationId")).as("cleared after the request").isNull();
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
