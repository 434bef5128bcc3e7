package cn.jsedu.ledger.support.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The correlation id of a request: in the log context while it runs, in the response, and on the request. */
class CorrelationIdFilterTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aRequestKeepsAWellFormedIdAndGetsANewOneOtherwise() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> onRequest = new ArrayList<>();
        for (String given : new String[] {"req-1", "bad id with spaces"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/platforms");
            request.addHeader(CorrelationIdFilter.HEADER, given);
            MockHttpServletResponse response = new MockHttpServletResponse();
            new CorrelationIdFilter().doFilter(request, response, (req, res) -> seen.add(MDC.get("correlationId")));
            assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo(seen.get(seen.size() - 1));
            onRequest.add(CorrelationIdFilter.of(request));
        }
        assertThat(seen.get(0)).isEqualTo("req-1");
        assertThat(seen.get(1)).isNotBlank().isNotEqualTo("bad id with spaces");
        assertThat(onRequest).isEqualTo(seen);
        assertThat(MDC.get("correlationId")).as("cleared after the request").isNull();
    }
}
