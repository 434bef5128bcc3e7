package cn.jsedu.ledger.support.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/** A bearer token (JWT) as a ledger user, by the claims of {@link TokenClaims}. */
public final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object roles = jwt.getClaims().getOrDefault(TokenClaims.ROLES, jwt.getClaims().get(TokenClaims.ROLE));
        String name = jwt.getClaimAsString(TokenClaims.USERNAME) != null ? jwt.getClaimAsString(TokenClaims.USERNAME)
                : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, TokenClaims.role(roles)
                .map(role -> LedgerUser.authorities(role, jwt.getClaimAsString(TokenClaims.COLLEGE),
                        jwt.getClaimAsString(TokenClaims.ENTERPRISE), jwt.getClaimAsString(TokenClaims.PROGRAMME)))
                .orElse(List.of()), name);
    }
}
