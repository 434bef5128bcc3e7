package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's security, the same on both sides. Deny by default: every request is decided by
 * {@link PolicyAuthorization} from the side's {@link AccessPolicy} bean, with the side's {@link PlatformOwnership}
 * bean for "own platform only" rules; a side without them does not start. The API is stateless: HTTP Basic with the
 * demo users of the {@code local} profile ({@link LocalUsers}) or any {@link UserDetailsService} bean, and/or OAuth2
 * bearer tokens (JWT) when {@code spring.security.oauth2.resourceserver.jwt.*} is configured. No cookies and no
 * session, hence no CSRF token for the API (the browser console, with its session, has its own chain). Health and
 * info are open for probes; {@code /actuator/prometheus} is the scrape account's ({@link ScrapeAccount}, role
 * METRICS_READER, by each side's table). Password logins go through the {@link LoginThrottle}; requests the firewall
 * refuses are 400 problem details ({@link RejectedRequests}); the container's own error dispatches are let through
 * to the error page, which answers a problem detail.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import(LocalUsers.class)
@EnableConfigurationProperties({LoginThrottle.Settings.class, ScrapeAccount.class})
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

    /** Picked up by Spring Security's {@code WebSecurity} for the firewall's refusals. */
    @Bean
    public RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return new RejectedRequests(json);
    }

    @Bean
    @ConditionalOnMissingBean
    public LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
        return new LoginThrottle(settings, Ticker.systemTicker());
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, PolicyAuthorization policy, DenialHandlers denials,
                                   ObjectProvider<UserDetailsService> users, ObjectProvider<JwtDecoder> jwt,
                                   PasswordEncoder passwords, ScrapeAccount scrapeAccount,
                                   LoginThrottle throttle) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        // the container's error page for a request it already answered with an error status
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().access(policy))
                .exceptionHandling(e -> e.accessDeniedHandler(denials).authenticationEntryPoint(denials));
        List<AuthenticationProvider> passwordLogins = new ArrayList<>();
        UserDetailsService userDetails = users.getIfAvailable();
        if (userDetails != null) {
            DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
            dao.setPasswordEncoder(passwords);
            passwordLogins.add(dao);
        }
        scrapeAccount.provider(passwords).ifPresent(passwordLogins::add);
        if (!passwordLogins.isEmpty()) {
            http.authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(
                    new CachingAuthenticationProvider(new ProviderManager(passwordLogins),
                            new CredentialCache<>(LOGIN_TTL)), throttle)))
                    .httpBasic(basic -> basic.authenticationEntryPoint(denials)
                            // the address the throttle counts: the one the correlation filter decided
                            .authenticationDetailsSource(request ->
                                    new WebAuthenticationDetails(CorrelationIdFilter.clientAddressOf(request), null)));
        }
        JwtDecoder decoder = jwt.getIfAvailable();
        if (decoder != null) {
            // its own manager: the chain's (set above for passwords) knows no tokens
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(new JwtRoles());
            http.oauth2ResourceServer(o -> o.jwt(j -> j.authenticationManager(new ProviderManager(tokens)))
                    .authenticationEntryPoint(denials));
        }
        return http.build();
    }
}
