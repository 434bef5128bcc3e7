package cn.jsedu.ledger.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;

/**
 * The API's security, the same on both sides. Deny by default: every request is decided by
 * {@link PolicyAuthorization} from the side's {@link AccessPolicy} bean, with the side's {@link PlatformOwnership}
 * bean for "own platform only" rules; a side without them does not start. The API is stateless: HTTP Basic with the
 * demo users of the {@code local} profile ({@link LocalUsers}) or any {@link UserDetailsService} bean, and/or OAuth2
 * bearer tokens (JWT) when {@code spring.security.oauth2.resourceserver.jwt.*} is configured. No cookies and no
 * session, hence no CSRF token for the API (the browser console, with its session, has its own chain). Health, info
 * and Prometheus are open for probes and scraping.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import(LocalUsers.class)
public class LedgerSecurityAutoConfiguration {

    /** How long a successful HTTP Basic login is remembered (see {@link CredentialCache}). */
    static final Duration LOGIN_TTL = Duration.ofMinutes(5);

    @Bean
    @ConditionalOnMissingBean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public PolicyAuthorization policyAuthorization(AccessPolicy api, PlatformOwnership ownership) {
        return new PolicyAuthorization(api, ownership);
    }

    @Bean
    public DenialHandlers denialHandlers(ObjectMapper json) {
        return new DenialHandlers(json);
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, PolicyAuthorization policy, DenialHandlers denials,
                                   ObjectProvider<UserDetailsService> users, ObjectProvider<JwtDecoder> jwt,
                                   PasswordEncoder passwords) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().access(policy))
                .exceptionHandling(e -> e.accessDeniedHandler(denials).authenticationEntryPoint(denials));
        UserDetailsService userDetails = users.getIfAvailable();
        if (userDetails != null) {
            DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
            dao.setPasswordEncoder(passwords);
            http.authenticationManager(new ProviderManager(
                    new CachingAuthenticationProvider(dao, new CredentialCache<>(LOGIN_TTL))))
                    .httpBasic(basic -> basic.authenticationEntryPoint(denials));
        }
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new JwtRoles()))
                    .authenticationEntryPoint(denials));
        }
        return http.build();
    }
}
