package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import cn.jsedu.ledger.support.web.StorageOutageFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command met by a database outage may or may not have been recorded: before the controller (the shared
 * outage filter) and during the command (the advice) the client is told to retry with its Idempotency-Key.
 */
class CommandStorageOutageTest {

    private final ObjectMapper json = new ObjectMapper();
    private final StorageOutage outage = new CommandStorageOutage().storageOutage();

    @Test
    void beforeTheControllerTheClientIsToldToRetryWithItsIdempotencyKey() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new StorageOutageFilter(json, outage).doFilter(
                new MockHttpServletRequest("POST", "/api/v1/platforms/P-1/expenditures"), response, (req, res) -> {
                    throw new DataAccessResourceFailureException("terminating connection due to administrator command");
                });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(json.readTree(response.getContentAsString()).path("detail").asText()).contains("Idempotency-Key");
    }

    @Test
    void duringTheCommandTheAnswerIsTheSame() {
        var answer = new ProblemDetailsAdvice(outage).storage(new DataAccessResourceFailureException("gone"),
                new MockHttpServletRequest("POST", "/api/v1/platforms/P-1/expenditures"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getDetail()).isEqualTo(outage.detail()).contains("Idempotency-Key");
    }
}
