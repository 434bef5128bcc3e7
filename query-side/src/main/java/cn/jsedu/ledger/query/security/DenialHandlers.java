package cn.jsedu.ledger.query.security;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every refusal by the security layer: logged with user, endpoint and reason, answered as a problem detail
 * (401 without credentials, 403 for a role that may not, 404 for another college's platform).
 */
@Component
public class DenialHandlers implements AccessDeniedHandler, AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger("ledger.security.denials");

    private final ObjectMapper json;

    public DenialHandlers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        LedgerUser user = LedgerUser.current();
        String reason = String.valueOf(request.getAttribute(PolicyAuthorization.REASON));
        log.warn("denied user={} role={} college={} endpoint=\"{} {}\" reason=\"{}\"",
                user == null ? "?" : user.username(), user == null ? "?" : user.role(),
                user == null ? "-" : user.college(), request.getMethod(), request.getRequestURI(), reason);
        if (Boolean.TRUE.equals(request.getAttribute(PolicyAuthorization.AS_NOT_FOUND))) {
            write(response, request, 404, ErrorCode.PLATFORM_NOT_FOUND, "no such platform");
        } else {
            write(response, request, 403, ErrorCode.ACCESS_DENIED, "not allowed: " + reason);
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("denied user=anonymous endpoint=\"{} {}\" reason=\"{}\"", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\", Bearer");
        write(response, request, 401, ErrorCode.UNAUTHENTICATED, "authentication required");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, int status, ErrorCode code,
                       String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:jsedu-ledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.put("title", status == 401 ? "Unauthorized" : status == 404 ? "Not Found" : "Forbidden");
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code.name());
        problem.put("errors", List.of());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
