package cn.jsedu.ledger.command.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandOutcomeMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommandOutcomeMetrics metrics = new CommandOutcomeMetrics(registry);

    record RecordSomethingCommand(String id) {
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void statusesBecomeOutcomesAndErrorKinds() {
        assertThat(CommandOutcomeMetrics.Outcome.of(201)).isEqualTo(new CommandOutcomeMetrics.Outcome("success", "NONE"));
        assertThat(CommandOutcomeMetrics.Outcome.of(202)).isEqualTo(new CommandOutcomeMetrics.Outcome("success", "NONE"));
        assertThat(CommandOutcomeMetrics.Outcome.of(422)).isEqualTo(new CommandOutcomeMetrics.Outcome("rejected", "RULE"));
        assertThat(CommandOutcomeMetrics.Outcome.of(409)).isEqualTo(new CommandOutcomeMetrics.Outcome("rejected", "CONFLICT"));
        assertThat(CommandOutcomeMetrics.Outcome.of(400)).isEqualTo(new CommandOutcomeMetrics.Outcome("rejected", "MALFORMED"));
        assertThat(CommandOutcomeMetrics.Outcome.of(413)).isEqualTo(new CommandOutcomeMetrics.Outcome("rejected", "OTHER"));
        assertThat(CommandOutcomeMetrics.Outcome.of(503)).isEqualTo(new CommandOutcomeMetrics.Outcome("failed", "UNAVAILABLE"));
        assertThat(CommandOutcomeMetrics.Outcome.of(500)).isEqualTo(new CommandOutcomeMetrics.Outcome("failed", "INTERNAL"));
    }

    @Test
    void aRequestThatDispatchedCountsOnceWithItsFinalStatusWhateverTheRetries() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        metrics.doFilter(new MockHttpServletRequest("POST", "/api/v1/platforms/P/expenditures"), response,
                (request, res) -> {
                    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) request));
                    // CommandSubmitter retrying after a lost race dispatches the same command twice
                    metrics.handle(GenericCommandMessage.asCommandMessage(new RecordSomethingCommand("x")));
                    metrics.handle(GenericCommandMessage.asCommandMessage(new RecordSomethingCommand("x")));
                    ((MockHttpServletResponse) res).setStatus(422);
                });

        assertThat(registry.get(CommandOutcomeMetrics.METRIC).tags("type", "RecordSomethingCommand", "outcome", "rejected",
                "kind", "RULE").counter().count()).isEqualTo(1);
        assertThat(registry.find(CommandOutcomeMetrics.METRIC).counters()).hasSize(1);
    }

    @Test
    void aRequestRefusedBeforeAnyCommandIsNotACommand() throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(401);
        metrics.doFilter(new MockHttpServletRequest("POST", "/api/v1/platforms"), response, new MockFilterChain());

        assertThat(registry.find(CommandOutcomeMetrics.METRIC).counters()).isEmpty();
    }

    @Test
    void anExceptionThatEscapesCountsAsFailed() {
        assertThatThrownBy(() -> metrics.doFilter(new MockHttpServletRequest("POST", "/api/v1/platforms"),
                new MockHttpServletResponse(), (request, response) -> {
                    RequestContextHolder.setRequestAttributes(
                            new ServletRequestAttributes((HttpServletRequest) request));
                    metrics.handle(GenericCommandMessage.asCommandMessage(new RecordSomethingCommand("x")));
                    throw new IllegalStateException("boom");
                })).hasMessage("boom");

        assertThat(registry.get(CommandOutcomeMetrics.METRIC).tags("outcome", "failed", "kind", "INTERNAL").counter()
                .count()).isEqualTo(1);
    }
}
