package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Requests Spring Security's firewall refuses (a header value that is not text, an encoded slash, a semicolon, a
 * path that is not normalized, ...): a 400 problem detail with the correlation id, one WARN line, no stack trace.
 * Without it they escaped as exceptions and became 500s with an ERROR per request.
 */
public class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ObjectMapper json;

    public RejectedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.warn("request rejected on {} {}: {}", request.getMethod(), Problems.printable(request.getRequestURI()),
                Problems.printable(rejected.getMessage()));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Problems.write(request, response, json, ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, Problems.REJECTED);
    }
}
