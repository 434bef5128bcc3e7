package cn.jsedu.ledger.bench.httpcrud;

import cn.jsedu.ledger.support.security.CredentialCache;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The peer a team would write instead of the ledger, over HTTP: a Spring Boot application with Spring MVC, bean
 * validation, Jackson, Spring Security and JDBC, recording an installment as one transaction that INSERTs the entry
 * and UPDATEs the platform's balance (refusing a negative one). A measurement peer (BENCHMARKS.md, PEER.http-crud),
 * not product code: it has none of the ledger's history, hash chain, projections or rules beyond the balance.
 *
 * <p>What it shares with the product, so that the difference measured is the design and not the plumbing: the
 * same Spring Boot auto-configuration (web, Jackson, validation, security, JDBC with Hikari, actuator and
 * Micrometer observations: everything Spring Boot itself configures, nothing of Axon's or the ledger's), Tomcat on
 * a free port, HikariCP with the command side's pool size, and the same cached HTTP Basic login: BCrypt (strength
 * 10) once per credentials, then the ledger's own {@link CredentialCache} for five minutes.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableWebSecurity
@ComponentScan
public class HttpCrudLedger {

    /** The role a user needs to record an installment (the product's finance officer). */
    static final String ROLE = "FINANCE";

    /**
     * Starts the peer on a free port against {@code jdbcUrl} (an empty database: the peer creates its tables), with
     * one user, {@code user:password}, in the finance role.
     */
    public static ConfigurableApplicationContext start(String jdbcUrl, String credentials) {
        String[] user = credentials.split(":", 2);
        return new SpringApplicationBuilder(HttpCrudLedger.class)
                .properties("spring.config.name=http-crud-peer")
                .run("--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=20",
                        "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.jackson.default-property-inclusion=non_null",
                        "--server.error.include-stacktrace=never",
                        "--peer.user=" + user[0], "--peer.password=" + user[1],
                        "--spring.autoconfigure.exclude=" + notSpringBoots());
    }

    /**
     * Auto-configurations on the bench class path that are not Spring Boot's own (Axon's, springdoc's, the
     * ledger's), and Flyway's (the product's migrations are on the class path): excluded, so the peer is a plain
     * Spring Boot application.
     */
    private static String notSpringBoots() {
        List<String> excluded = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, HttpCrudLedger.class.getClassLoader())) {
            if (!candidate.startsWith("org.springframework.boot.") || candidate.contains(".flyway.")) {
                excluded.add(candidate);
            }
        }
        return excluded.stream().collect(Collectors.joining(","));
    }

    @Bean
    public UserDetailsService peerUsers(org.springframework.core.env.Environment env) {
        return new InMemoryUserDetailsManager(User.withUsername(env.getRequiredProperty("peer.user"))
                .password(new BCryptPasswordEncoder().encode(env.getRequiredProperty("peer.password")))
                .roles(ROLE).build());
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, UserDetailsService users) throws Exception {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(new BCryptPasswordEncoder());
        CredentialCache<Authentication> cache = new CredentialCache<>(Duration.ofMinutes(5));
        AuthenticationProvider cached = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return cache.get(authentication.getName(), String.valueOf(authentication.getCredentials()),
                        () -> dao.authenticate(authentication));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/platforms/*/installments").hasRole(ROLE)
                        .requestMatchers("/error").permitAll() // Spring Boot's 400s for malformed requests
                        .anyRequest().denyAll())
                .authenticationManager(new ProviderManager(cached))
                .httpBasic(basic -> { })
                .build();
    }
}
