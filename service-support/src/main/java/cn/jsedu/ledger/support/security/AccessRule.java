package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One row of an access policy: an HTTP method and path pattern, the roles allowed, and whether a college officer
 * is limited to its own college's platform (the {@code {platformId}} segment of the path).
 *
 * <p>Patterns are paths with {@code {platformId}}, {@code {programmeId}} and {@code *} (one segment) placeholders,
 * matched exactly. A user scoped to a programme reaches only that programme's platforms and that programme
 * ({@link PolicyAuthorization}).
 */
public record AccessRule(String method, String pathPattern, Set<Role> roles, boolean ownPlatformOnly) {

    public AccessRule {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static AccessRule of(String method, String pathPattern, Role... roles) {
        return new AccessRule(method, pathPattern, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), false);
    }

    /** College officers of the platform's own college, plus the given roles for every platform. */
    public static AccessRule ownPlatform(String method, String pathPattern, Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.COLLEGE_OFFICER, roles);
        return new AccessRule(method, pathPattern, all, true);
    }

    public boolean matches(String requestMethod, String path) {
        return method.equalsIgnoreCase(requestMethod) && regex().matcher(path).matches();
    }

    /** The value of {@code {platformId}} in a matching path, or null. */
    public String platformIdIn(String path) {
        var matcher = regex().matcher(path);
        return matcher.matches() && pathPattern.contains("{platformId}") ? matcher.group("platformId") : null;
    }

    /** The value of {@code {programmeId}} in a matching path, or null. */
    public String programmeIdIn(String path) {
        var matcher = regex().matcher(path);
        return matcher.matches() && pathPattern.contains("{programmeId}") ? matcher.group("programmeId") : null;
    }

    private Pattern regex() {
        return PATTERNS.computeIfAbsent(pathPattern, p -> Pattern.compile(Pattern.quote(p)
                .replace("{platformId}", "\\E(?<platformId>[^/]+)\\Q")
                .replace("{programmeId}", "\\E(?<programmeId>[^/]+)\\Q")
                .replace("*", "\\E[^/]+\\Q")));
    }

    /** Compiled patterns, shared: a policy is checked on every request. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
}
