package cn.jsedu.ledger.console.config;

import cn.jsedu.ledger.console.login.ConsoleLogin;
import cn.jsedu.ledger.console.login.ServiceLogin;
import cn.jsedu.ledger.kernel.role.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import java.util.Map;

/**
 * Who may open the console: anyone the services know (ServiceLogin asks them), with a session after a form login.
 * What a user may see and do is not decided here: each page shows what the APIs answer to that user (another
 * college's platform: the query API's 404), and the forms are the ones the command API says the user may send. The
 * pages' chain has CSRF tokens on every form (Thymeleaf adds them), logout, and a strict content security policy
 * (scripts and charts only from this origin: no CDN). The console's own actuator is a second, stateless chain:
 * health for probes, and its bill of materials for administrators and auditors (the services' rule for theirs),
 * signing in with HTTP Basic against the services too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ConsoleSecurityConfig {

    /** Static files of the console (classpath:/static/console/**) and the ECharts webjar. */
    static final String[] ASSETS = {"/console/assets/**", "/webjars/echarts/**"};

    @Bean
    public AuthenticationManager serviceLogins(ServiceLogin login) {
        return new ProviderManager(login);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/sbom", "/actuator/sbom/**")
                        .hasAnyRole(Role.PROVINCE_ADMIN.name(), Role.AUDITOR.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> { })
                .authenticationManager(logins);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, AuthenticationManager logins, ConsoleLogin login)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                AuthenticationServiceException.class.getName(), "/login?unavailable",
                DisabledException.class.getName(), "/login?error"));
        http.authorizeHttpRequests(a -> a
                        // forwards and error dispatches come from the server itself, never from the browser
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(ASSETS).permitAll()
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(login).failureHandler(failures))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'; form-action 'self'")))
                .authenticationManager(logins);
        return http.build();
    }
}
