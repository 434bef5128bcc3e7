package cn.jsedu.ledger.query.console;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browser console's own filter chain, ahead of the stateless API chain (service-support's
 * {@code LedgerSecurityAutoConfiguration}, which takes every other request): form login with an HTTP session, CSRF
 * tokens on every form (Thymeleaf adds them), logout, a strict content security policy (scripts and charts only from
 * this origin: no CDN), and every page decided by {@link ConsoleAuthorization}. Users are the API's
 * ({@link UserDetailsService}: the demo users of the {@code local} profile); without one, password login is refused
 * and the login page says why.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfig {

    /** Static files of the console (classpath:/static/console/**) and the ECharts webjar. */
    static final String[] ASSETS = {"/console/assets/**", "/webjars/echarts/**"};

    @Bean
    @Order(1)
    public SecurityFilterChain console(HttpSecurity http, ConsoleAuthorization authorization, ConsoleDenials denials,
                                       ConsoleLogin login, ObjectProvider<UserDetailsService> users,
                                       PasswordEncoder passwords) throws Exception {
        http.securityMatcher("/console", "/console/**", "/login", "/logout", "/webjars/echarts/**")
                .authorizeHttpRequests(a -> a
                        // forwards come from the server itself (denial pages), never from the browser
                        .dispatcherTypeMatchers(DispatcherType.FORWARD).permitAll()
                        .requestMatchers(ASSETS).permitAll()
                        .requestMatchers("/login").permitAll()
                        .anyRequest().access(authorization))
                .formLogin(f -> f.loginPage("/login").successHandler(login).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.accessDeniedHandler(denials))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'; form-action 'self'")))
                .authenticationManager(authenticationManager(users.getIfAvailable(), passwords));
        return http.build();
    }

    private static AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
        if (users == null) {
            return authentication -> {
                throw new ProviderNotFoundException("password login needs the local profile's demo users");
            };
        }
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        return new ProviderManager(dao);
    }
}
