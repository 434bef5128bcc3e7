package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Every refusal by the security layer: logged with user, endpoint and reason, answered as a problem detail
 * (401 without credentials, 403 for a role that may not, 404 for another college's platform, 429 with
 * {@code Retry-After} while a login is locked out; the lock-out itself is logged once, by {@link LoginThrottle}).
 */
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
            Problems.write(request, response, json, ErrorCode.PLATFORM_NOT_FOUND, HttpStatus.NOT_FOUND,
                    "no such platform");
        } else {
            Problems.write(request, response, json, ErrorCode.ACCESS_DENIED, HttpStatus.FORBIDDEN,
                    "not allowed: " + reason);
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            Problems.write(request, response, json, ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, HttpStatus.TOO_MANY_REQUESTS,
                    "too many failed logins of this user or from this address; retry after "
                            + throttled.retryAfterSeconds() + " s");
            return;
        }
        log.warn("denied user=anonymous endpoint=\"{} {}\" reason=\"{}\"", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\", Bearer");
        Problems.write(request, response, json, ErrorCode.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
                "authentication required");
    }
}
