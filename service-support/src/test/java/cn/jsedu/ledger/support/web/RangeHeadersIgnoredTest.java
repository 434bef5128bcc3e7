package cn.jsedu.ledger.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RangeHeadersIgnoredTest {

    @Test
    void theHandlerNeverSeesARangeOrIfRangeHeaderButSeesEveryOtherHeader() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/sbom/application");
        request.addHeader("Range", "PROVINCIAL_FINANCE");
        request.addHeader("If-Range", "\"x\"");
        request.addHeader("Accept", "application/json");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        new RangeHeadersIgnored().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));

        HttpServletRequest handled = seen.get();
        assertThat(handled.getHeader("Range")).isNull();
        assertThat(handled.getHeader("range")).isNull();
        assertThat(Collections.list(handled.getHeaders("Range"))).isEmpty();
        assertThat(handled.getDateHeader("If-Range")).isEqualTo(-1);
        assertThat(Collections.list(handled.getHeaderNames())).containsExactly("Accept");
        assertThat(handled.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void aRequestWithoutRangeIsPassedOnAsItIs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/platforms");
        AtomicReference<Object> seen = new AtomicReference<>();

        new RangeHeadersIgnored().doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));

        assertThat(seen.get()).isSameAs(request);
    }
}
