package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How an OIDC / OAuth2 token names a ledger user: claim {@code roles} (a list, or a single {@code role}) holds
 * one of the four roles (optionally prefixed {@code ROLE_}), claim {@code college} binds a college officer, claim
 * {@code programme} scopes the user to one programme (none: every programme), the user name is
 * {@code preferred_username}, else {@code sub}. Unknown roles grant nothing.
 */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String ROLE = "role";
    public static final String COLLEGE = "college";
    public static final String PROGRAMME = "programme";
    /** Binds an enterprise representative to its enterprise's unified social credit code. */
    public static final String ENTERPRISE = "enterprise";
    public static final String USERNAME = "preferred_username";

    private TokenClaims() {
    }

    /** The first ledger role among the values of the roles claim. */
    public static Optional<Role> role(Object rolesClaim) {
        List<String> names = new ArrayList<>();
        if (rolesClaim instanceof Collection<?> list) {
            list.forEach(r -> names.add(String.valueOf(r)));
        } else if (rolesClaim != null) {
            names.add(String.valueOf(rolesClaim));
        }
        for (String name : names) {
            try {
                return Optional.of(Role.valueOf(name.startsWith("ROLE_") ? name.substring(5) : name));
            } catch (IllegalArgumentException ignored) {
                // not a ledger role: look at the next one
            }
        }
        return Optional.empty();
    }
}
