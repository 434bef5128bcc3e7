package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A database outage met <em>before</em> a controller runs (the security layer looks up which college owns a
 * platform) escapes Spring MVC's exception handlers. Without this filter the servlet container forwards it to
 * {@code /error}, which the deny-by-default policy refuses: the client got a definite 403 for a transient failure
 * and gave up (found by the reliability suite's PostgreSQL crash). Here it becomes the same 503 problem detail a
 * controller gives, so clients retry with their Idempotency-Key. Runs just inside the correlation-id filter and
 * outside Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StorageOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StorageOutageFilter.class);

    private final ObjectMapper json;

    public StorageOutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!isStorageFailure(e) || response.isCommitted()) {
                throw e;
            }
            log.error("storage failure before the command ran on {} {}", request.getMethod(), request.getRequestURI(), e);
            write(request, response);
        }
    }

    static boolean isStorageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof EventStoreException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorCode code = ErrorCode.SERVICE_UNAVAILABLE;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:jsedu-ledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.put("title", "Service Unavailable");
        problem.put("status", 503);
        problem.put("detail", "the ledger could not reach its database; the command may or may not have been "
                + "recorded: retry with the same Idempotency-Key");
        problem.put("instance", request.getRequestURI());
        problem.put("code", code.name());
        problem.put("errors", List.of());
        problem.put("correlationId", CorrelationIdFilter.of(request));
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
