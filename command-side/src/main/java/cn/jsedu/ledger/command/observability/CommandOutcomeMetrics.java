package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * {@code ledger_commands_total{type, outcome, kind}}: every command the API dispatched, counted once per request
 * with the outcome the client saw. Counting per request and not per bus dispatch is deliberate: a command retried
 * after a lost append race (CommandSubmitter) is one command, and a refusal raised outside the bus (retries
 * exhausted, a duplicate platform id) is still its refusal. Two halves: as a dispatch interceptor (Axon registers
 * the bean on the command gateway) it notes the command's type on the request; as a servlet filter it counts the
 * request's final status once the problem-detail advice has answered. Requests refused before any command was
 * built (authentication, malformed body) are not commands; {@code http_server_requests} counts them.
 *
 * <p>Tags are bounded: {@code type} is a command class's simple name, {@code outcome} is success, rejected (4xx)
 * or failed (5xx), and {@code kind} the {@link ErrorKind} that the status stands for (NONE on success). The counters
 * are looked up in the registry once per tag set and kept: a registry look-up per request cost a visible share of it.
 */
@Component
public class CommandOutcomeMetrics extends OncePerRequestFilter
        implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String METRIC = "ledger.commands";
    private static final String TYPE_ATTRIBUTE = CommandOutcomeMetrics.class.getName() + ".type";

    private final MeterRegistry registry;
    private final Map<Counted, Counter> counters = new ConcurrentHashMap<>();

    public CommandOutcomeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && !messages.isEmpty()) {
            request.setAttribute(TYPE_ATTRIBUTE, messages.get(0).getPayloadType().getSimpleName(),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return (index, message) -> message;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            if (request.getAttribute(TYPE_ATTRIBUTE) instanceof String type) {
                count(type, thrown ? 500 : response.getStatus());
            }
        }
    }

    void count(String type, int status) {
        counters.computeIfAbsent(new Counted(type, status), counted -> {
            Outcome outcome = Outcome.of(status);
            return Counter.builder(METRIC)
                    .description("Commands dispatched through the API, by command type and the outcome the client saw")
                    .tag("type", type)
                    .tag("outcome", outcome.outcome())
                    .tag("kind", outcome.kind())
                    .register(registry);
        }).increment();
    }

    /** A command type and an HTTP status: bounded by the command classes and the statuses the API answers. */
    private record Counted(String type, int status) {
    }

    /** An HTTP status as outcome and error kind (the kinds fix the statuses, ErrorKind). */
    record Outcome(String outcome, String kind) {

        static Outcome of(int status) {
            if (status < 400) {
                return new Outcome("success", "NONE");
            }
            String kind = status == 500 ? "INTERNAL" : "OTHER";
            for (ErrorKind candidate : ErrorKind.values()) {
                if (candidate.httpStatus() == status) {
                    kind = candidate.name();
                }
            }
            return new Outcome(status >= 500 ? "failed" : "rejected", kind);
        }
    }
}
