package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.kernel.security.CredentialCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import java.time.Clock;
import java.time.Duration;

/**
 * Deny by default. The API is stateless: HTTP Basic with the demo users of the {@code local} profile, and/or
 * OAuth2 bearer tokens (JWT) when {@code spring.security.oauth2.resourceserver.jwt.*} is configured. No cookies
 * and no session, hence no CSRF token for the API (the browser console, with its session, has its own chain).
 * Health, info and Prometheus are open for probes and scraping.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, PolicyAuthorization policy, DenialHandlers denials,
                                   ObjectProvider<UserDetailsService> users, ObjectProvider<JwtDecoder> jwt,
                                   PasswordEncoder passwords, Clock clock) throws Exception {
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
                    new CachingAuthenticationProvider(dao, new CredentialCache<>(Duration.ofMinutes(5), clock))))
                    .httpBasic(basic -> basic.authenticationEntryPoint(denials));
        }
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new JwtRoles()))
                    .authenticationEntryPoint(denials));
        }
        return http.build();
    }
}
