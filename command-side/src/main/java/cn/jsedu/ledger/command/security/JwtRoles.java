package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.kernel.security.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Maps an OIDC / OAuth2 bearer token to the ledger's authorities: claim {@code roles} (a list, or a single
 * {@code role}) holds one of the four roles, claim {@code college} binds a college officer. Unknown roles grant
 * nothing; the user name is {@code preferred_username}, else {@code sub}.
 */
public final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> roles = new ArrayList<>();
        Object claim = jwt.getClaims().getOrDefault("roles", jwt.getClaims().get("role"));
        if (claim instanceof Collection<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        } else if (claim != null) {
            roles.add(String.valueOf(claim));
        }
        Role role = roles.stream().map(JwtRoles::role).filter(r -> r != null).findFirst().orElse(null);
        String name = jwt.getClaimAsString("preferred_username") != null ? jwt.getClaimAsString("preferred_username")
                : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, role == null ? List.of() : LedgerUser.authorities(role,
                jwt.getClaimAsString("college")), name);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.startsWith("ROLE_") ? name.substring(5) : name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
