package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.observability.CorrelationIdFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database outage in the security layer (the college-of-platform lookup) must reach the client as a
 * 503, not as the 403 of a refused {@code /error} dispatch (the reliability suite's PostgreSQL crash found it).
 */
class StorageOutageFilterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final StorageOutageFilter filter = new StorageOutageFilter(json);

    @Test
    void aDatabaseOutageBeforeTheControllerIsA503ProblemDetail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/platforms/P-1/balances");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new DataAccessResourceFailureException("terminating connection due to administrator command");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(body.path("detail").asText()).isEqualTo("the read model is unavailable");
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
    void otherFailuresAreNotDisguisedAsOutages() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itWrapsSpringSecurity() {
        int order = StorageOutageFilter.class.getAnnotation(Order.class).value();
        assertThat(order).isLessThan(SecurityProperties.DEFAULT_FILTER_ORDER);
        assertThat(order).isGreaterThan(CorrelationIdFilter.class.getAnnotation(Order.class).value());
    }
}
