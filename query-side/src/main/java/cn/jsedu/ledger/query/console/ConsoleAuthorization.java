package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.security.AccessRule;
import cn.jsedu.ledger.kernel.security.Role;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.security.LedgerUser;
import cn.jsedu.ledger.query.security.PolicyAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides every console page from {@link ConsoleAccessPolicy} exactly as {@link PolicyAuthorization} decides the
 * API from its table: no rule, no access; another college's platform is "not found". It reuses that class's
 * request attributes so the denial log reads the same.
 */
@Component
public class ConsoleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final PlatformQueries platforms;

    public ConsoleAuthorization(PlatformQueries platforms) {
        this.platforms = platforms;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AccessRule> rule = ConsoleAccessPolicy.POLICY.ruleFor(request.getMethod(), path);
        LedgerUser user = LedgerUser.of(authentication.get());
        if (rule.isEmpty()) {
            return deny(request, "no rule allows " + request.getMethod() + " " + path);
        }
        if (user == null) {
            return deny(request, "not authenticated with a ledger role");
        }
        if (!rule.get().roles().contains(user.role())) {
            return deny(request, "role " + user.role() + " may not " + request.getMethod() + " " + rule.get().pathPattern());
        }
        if (rule.get().ownPlatformOnly() && user.is(Role.COLLEGE_OFFICER)) {
            String platformId = rule.get().platformIdIn(path);
            String college = platforms.find(platformId).map(PlatformRow::collegeCode).orElse(null);
            if (user.college() == null || !user.college().equals(college)) {
                request.setAttribute(PolicyAuthorization.AS_NOT_FOUND, Boolean.TRUE);
                return deny(request, "platform " + platformId + " is not of college " + user.college());
            }
        }
        return new AuthorizationDecision(true);
    }

    private static AuthorizationDecision deny(HttpServletRequest request, String reason) {
        request.setAttribute(PolicyAuthorization.REASON, reason);
        return new AuthorizationDecision(false);
    }
}
