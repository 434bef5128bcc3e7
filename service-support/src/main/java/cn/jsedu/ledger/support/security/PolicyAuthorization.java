package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides every API request from the side's {@link AccessPolicy}: no rule, no access. A college officer asking about
 * another college's platform is told it does not exist (404), so ids of other colleges cannot be probed; so is a user
 * scoped to one programme about another programme's platforms and the programme itself. The reason
 * of a denial is left on the request for {@link DenialHandlers}, which logs it. Other tables (the console's pages)
 * are decided by the same logic with {@link #decide}.
 */
public class PolicyAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    public static final String REASON = PolicyAuthorization.class.getName() + ".reason";
    public static final String AS_NOT_FOUND = PolicyAuthorization.class.getName() + ".notFound";

    private final AccessPolicy api;
    private final PlatformOwnership ownership;

    public PolicyAuthorization(AccessPolicy api, PlatformOwnership ownership) {
        this.api = api;
        this.ownership = ownership;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return decide(api, authentication, context.getRequest());
    }

    /** One request against one policy table; the reason of a denial is left on the request for the denial log. */
    public AuthorizationDecision decide(AccessPolicy policy, Supplier<Authentication> authentication,
                                        HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AccessRule> rule = policy.ruleFor(request.getMethod(), path);
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
        String platformId = rule.get().platformIdIn(path);
        if (rule.get().ownPlatformOnly() && user.is(Role.COLLEGE_OFFICER)) {
            if (user.college() == null || !user.college().equals(ownership.collegeOf(platformId).orElse(null))) {
                return notFound(request, "platform " + platformId + " is not of college " + user.college());
            }
        }
        if (user.programme() != null) {
            // a user scoped to a programme is told that others' platforms and programmes do not exist, as a college
            // officer is about other colleges' platforms; an unknown platform is left to the endpoint's own 404
            String programme = platformId != null
                    ? ownership.ownerOf(platformId).map(PlatformOwnership.Owner::programme).orElse(user.programme())
                    : rule.get().programmeIdIn(path);
            if (programme != null && !user.reaches(programme)) {
                return notFound(request, (platformId != null ? "platform " + platformId + " is of programme "
                        : "programme ") + programme + ", not of " + user.programme());
            }
        }
        return new AuthorizationDecision(true);
    }

    private static AuthorizationDecision notFound(HttpServletRequest request, String reason) {
        request.setAttribute(AS_NOT_FOUND, Boolean.TRUE);
        return deny(request, reason);
    }

    private static AuthorizationDecision deny(HttpServletRequest request, String reason) {
        request.setAttribute(REASON, reason);
        return new AuthorizationDecision(false);
    }
}
