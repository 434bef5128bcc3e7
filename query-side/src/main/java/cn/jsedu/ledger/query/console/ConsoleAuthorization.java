package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.support.security.PolicyAuthorization;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Decides every console page from {@link ConsoleAccessPolicy} with the API's own logic
 * ({@link PolicyAuthorization#decide}): no rule, no access; another college's platform is "not found"; the
 * denial log reads the same.
 */
@Component
public class ConsoleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final PolicyAuthorization policies;

    public ConsoleAuthorization(PolicyAuthorization policies) {
        this.policies = policies;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return policies.decide(ConsoleAccessPolicy.POLICY, authentication, context.getRequest());
    }
}
