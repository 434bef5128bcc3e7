package cn.jsedu.ledger.support.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A wildcard Content-Type reached Spring's argument resolution and came back as a 500 (the fuzz test found it). */
class ContentTypeCheckedTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "*/*; charset=UTF-8"})
    void aWildcardContentTypeIsA415ProblemNamingTheHeaderAndNothingBehindItRuns(String contentType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health/liveness");
        request.setContentType(contentType);
        request.setContent("{}".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean ran = new AtomicBoolean();

        new CorrelationIdFilter().doFilter(request, response,
                (req, res) -> new ContentTypeChecked(json).doFilter(req, res, (r, s) -> ran.set(true)));

        assertThat(ran).isFalse();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsByteArray());
        assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(problem.path("detail").asText()).contains("Content-Type");
        assertThat(problem.path("correlationId").asText()).isEqualTo(response.getHeader(CorrelationIdFilter.HEADER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "multipart/form-data; boundary=x",
            "not a type"})
    void oneMediaTypeOrNoneGoesOn(String contentType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/platforms");
        request.setContentType(contentType);
        AtomicBoolean ran = new AtomicBoolean();

        new ContentTypeChecked(json).doFilter(request, new MockHttpServletResponse(), (r, s) -> ran.set(true));

        assertThat(ran).isTrue();
    }

    @Test
    void aRequestWithoutContentTypeGoesOn() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();

        new ContentTypeChecked(json).doFilter(new MockHttpServletRequest("GET", "/api/v1/platforms"),
                new MockHttpServletResponse(), (r, s) -> ran.set(true));

        assertThat(ran).isTrue();
    }
}
