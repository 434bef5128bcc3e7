package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.security.PolicyAuthorization;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * A console page refused to a logged-in user: logged like the API's denials, answered with the console's own page
 * (403, or 404 for another college's platform so ids cannot be probed), rendered by {@link ConsoleErrors}.
 */
@Component
public class ConsoleDenials implements AccessDeniedHandler {

    static final String STATUS = ConsoleDenials.class.getName() + ".status";
    private static final Logger log = LoggerFactory.getLogger("ledger.security.denials");

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        LedgerUser user = LedgerUser.current();
        log.warn("denied user={} role={} college={} endpoint=\"{} {}\" reason=\"{}\" (console)",
                user == null ? "?" : user.username(), user == null ? "?" : user.role(),
                user == null ? "-" : user.college(), request.getMethod(), request.getRequestURI(),
                request.getAttribute(PolicyAuthorization.REASON));
        int status = Boolean.TRUE.equals(request.getAttribute(PolicyAuthorization.AS_NOT_FOUND)) ? 404 : 403;
        request.setAttribute(STATUS, status);
        response.setStatus(status);
        request.getRequestDispatcher("/console/denied").forward(request, response);
    }
}
