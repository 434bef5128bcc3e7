package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import cn.jsedu.ledger.support.web.StorageOutageFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A query met by a database outage, before the controller (the shared filter) or in it (the advice), says so. */
class QueryStorageOutageTest {

    private final ObjectMapper json = new ObjectMapper();
    private final StorageOutage outage = new QueryStorageOutage().storageOutage();

    @Test
    void beforeTheControllerTheReadModelIsUnavailable() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new StorageOutageFilter(json, outage).doFilter(
                new MockHttpServletRequest("POST", "/api/v1/platforms/P-1/balances"), response, (req, res) -> {
                    throw new DataAccessResourceFailureException("terminating connection due to administrator command");
                });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(json.readTree(response.getContentAsString()).path("detail").asText())
                .isEqualTo("the read model is unavailable");
    }

    @Test
    void inTheControllerTheAnswerIsTheSame() {
        var answer = new QueryProblemAdvice(outage).storage(new DataAccessResourceFailureException("gone"),
                new MockHttpServletRequest("GET", "/api/v1/platforms/P-1/balances"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getDetail()).isEqualTo("the read model is unavailable");
    }
}
