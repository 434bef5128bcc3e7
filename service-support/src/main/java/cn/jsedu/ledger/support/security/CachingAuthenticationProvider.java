package cn.jsedu.ledger.support.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** HTTP Basic with the login remembered for a while (see {@link CredentialCache}: BCrypt once, not per request). */
public class CachingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationManager delegate;
    private final CredentialCache<Authentication> cache;

    public CachingAuthenticationProvider(AuthenticationProvider delegate, CredentialCache<Authentication> cache) {
        this((AuthenticationManager) delegate::authenticate, cache);
    }

    /** Every password login of the service (its users and the scrape account), in one manager. */
    public CachingAuthenticationProvider(AuthenticationManager delegate, CredentialCache<Authentication> cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return cache.get(authentication.getName(), String.valueOf(authentication.getCredentials()),
                () -> delegate.authenticate(authentication));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
