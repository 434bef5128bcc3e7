package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import cn.jsedu.ledger.support.problem.StorageOutage;
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
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A database outage met <em>before</em> a controller runs (the security layer looks up which college owns a
 * platform) escapes Spring MVC's exception handlers. Without this filter the servlet container forwards it to
 * {@code /error}, which the deny-by-default policy refuses: the client got a definite 403 for a transient failure
 * and gave up (found by the reliability suite's PostgreSQL crash). Here it becomes the same 503 problem detail a
 * controller gives, in the side's words ({@link StorageOutage}), with the correlation id, so clients retry. Runs
 * just inside the correlation-id filter and outside Spring Security.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StorageOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StorageOutageFilter.class);

    private final ObjectMapper json;
    private final StorageOutage outage;

    public StorageOutageFilter(ObjectMapper json, StorageOutage outage) {
        this.json = json;
        this.outage = outage;
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
            log.error("storage failure before the controller ran on {} {}", request.getMethod(),
                    request.getRequestURI(), e);
            response.resetBuffer();
            response.setHeader("Retry-After", "1");
            Problems.write(request, response, json, ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                    outage.detail());
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
}
