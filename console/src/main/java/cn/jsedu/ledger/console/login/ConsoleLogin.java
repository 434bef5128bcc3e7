package cn.jsedu.ledger.console.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After a successful form login: keeps the user's credentials in the (already renewed) session for the APIs (see
 * {@link ConsoleCredentials}), then goes where the user was headed, or to the console's start page.
 */
@Component
public class ConsoleLogin extends SavedRequestAwareAuthenticationSuccessHandler {

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
}
