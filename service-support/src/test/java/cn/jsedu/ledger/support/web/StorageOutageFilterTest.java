package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database outage in the security layer (the college-of-platform lookup) must reach the client as a retryable
 * 503, not as the 403 of a refused {@code /error} dispatch (the reliability suite's PostgreSQL crash found it), in
 * the side's words and with the request's correlation id, on both sides.
 */
class StorageOutageFilterTest {

    private static final StorageOutage OUTAGE = new StorageOutage("the side's words: retry");

    private final ObjectMapper json = new ObjectMapper();
    private final StorageOutageFilter filter = new StorageOutageFilter(json, OUTAGE);

    @Test
    void aDatabaseOutageBeforeTheControllerIsA503ProblemDetailWithTheCorrelationId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/platforms/P-1/expenditures");
        request.addHeader(CorrelationIdFilter.HEADER, "req-outage-1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        // as in the services: the correlation-id filter, then this one, then the failing security layer
        new CorrelationIdFilter().doFilter(request, response, (req, res) -> filter.doFilter(req, res, (r, s) -> {
            throw new DataAccessResourceFailureException("terminating connection due to administrator command");
        }));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(body.path("type").asText()).isEqualTo("urn:jsedu-ledger:problem:service-unavailable");
        assertThat(body.path("instance").asText()).isEqualTo("/api/v1/platforms/P-1/expenditures");
        assertThat(body.path("detail").asText()).isEqualTo("the side's words: retry");
        // the server's correlation id (a client's own is kept apart), in the body and the header alike
        assertThat(body.path("correlationId").asText()).isNotEqualTo("req-outage-1")
                .isEqualTo(response.getHeader(CorrelationIdFilter.HEADER));
        assertThat(body.toString()).doesNotContain("terminating connection", "at org.");
    }

    @Test
    void anOutageWrappedByAnotherFilterIsRecognisedToo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/platforms/P-1"), response, (req, res) -> {
            throw new ServletException(new java.sql.SQLException("connection refused", "08001"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anEventStoreFailureIsAnOutage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/platforms/P-1"), response, failing(
                new EventStoreException("cannot read the event stream")));
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresAreNotDisguisedAsOutages() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(),
                failing(new IllegalStateException("a bug")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itWrapsSpringSecurity() {
        int order = StorageOutageFilter.class.getAnnotation(Order.class).value();
        assertThat(order).isLessThan(SecurityProperties.DEFAULT_FILTER_ORDER);
        assertThat(order).isGreaterThan(CorrelationIdFilter.class.getAnnotation(Order.class).value());
    }

    private static FilterChain failing(RuntimeException failure) {
        return (req, res) -> {
            throw failure;
        };
    }
}
