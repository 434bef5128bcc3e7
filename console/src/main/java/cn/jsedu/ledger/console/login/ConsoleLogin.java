package cn.jsedu.ledger.console.login;

import cn.jsedu.ledger.kernel.role.Role;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After a successful form login: keeps the user's credentials in the (already renewed) session for the APIs (see
 * {@link ConsoleCredentials}), then goes where the user was headed, or to the user's start page: the finance
 * office's first page for a finance officer (its daily questions are money and warnings), the dashboard otherwise.
 */
@Component
public class ConsoleLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String FINANCE_START = "/console/finance";

    public ConsoleLogin() {
        setDefaultTargetUrl("/console");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        request.getSession().setAttribute(ConsoleCredentials.SESSION_ATTRIBUTE,
                new ConsoleCredentials(authentication.getName(), request.getParameter("password")));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        boolean finance = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.FINANCE_OFFICER.name()).equals(a.getAuthority()));
        return finance ? FINANCE_START : super.determineTargetUrl(request, response, authentication);
    }
}
