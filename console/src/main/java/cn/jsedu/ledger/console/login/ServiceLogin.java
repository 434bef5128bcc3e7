package cn.jsedu.ledger.console.login;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.view.SignedInUserView;
import cn.jsedu.ledger.console.config.ConsoleProperties;
import cn.jsedu.ledger.support.security.LedgerUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a user name and password against the services rather than a user list of the console's own: the query
 * API's {@code GET /api/v1/me} with them answers who they belong to (name, role, college, enterprise, programme), or
 * 401. The signed-in user is then the ledger's {@link LedgerUser}, the same on every page as the services see it.
 */
@Component
public class ServiceLogin implements AuthenticationProvider {

    private final QueryApi queries;
    private final ConsoleProperties properties;

    public ServiceLogin(QueryApi queries, ConsoleProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!properties.passwordLogin()) {
            throw new DisabledException("password login is off (ledger.console.password-login)");
        }
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        ConsoleCredentials credentials = new ConsoleCredentials(username, password);
        SignedInUserView user;
        try {
            user = queries.me(call(credentials));
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw new BadCredentialsException("the services do not know these credentials");
            }
            throw new AuthenticationServiceException("the query API could not check the login: " + problem.detail());
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user.username(), password, LedgerUser.authorities(user.role(), user.college(), user.enterprise(), user.programme()));
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The login's own call: the console request that carries it gives its correlation id and client address. */
    private static ApiCall call(ConsoleCredentials credentials) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ApiCall.of(request, credentials);
        }
        throw new AuthenticationServiceException("a login is checked within a request");
    }
}
