package cn.jsedu.ledger.support;

import cn.jsedu.ledger.support.apidocs.ApiDocsConventions;
import cn.jsedu.ledger.support.apidocs.LedgerApiDocsAutoConfiguration;
import cn.jsedu.ledger.support.problem.RequestProblemsAdvice;
import cn.jsedu.ledger.support.problem.StorageOutage;
import cn.jsedu.ledger.support.security.AccessPolicy;
import cn.jsedu.ledger.support.security.AccessRule;
import cn.jsedu.ledger.support.security.LedgerSecurityAutoConfiguration;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.security.LoginThrottle;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import cn.jsedu.ledger.support.security.PolicyAuthorization;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import cn.jsedu.ledger.support.web.LedgerWebAutoConfiguration;
import cn.jsedu.ledger.support.web.ProblemErrorController;
import cn.jsedu.ledger.support.web.RelayChannel;
import cn.jsedu.ledger.support.web.RequestBodyText;
import cn.jsedu.ledger.support.web.StorageOutageFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A side gets the shared infrastructure by depending on service-support and contributing what differs as beans. */
class LedgerAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LedgerSecurityAutoConfiguration.class,
                    LedgerWebAutoConfiguration.class, LedgerApiDocsAutoConfiguration.class,
                    JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, WebMvcAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    static class ASide {

        @Bean
        AccessPolicy accessPolicy() {
            return new AccessPolicy(List.of(AccessRule.of("GET", "/api/v1/platforms", Role.AUDITOR)));
        }

        @Bean
        PlatformOwnership platformOwnership() {
            return platformId -> Optional.empty();
        }
    }

    @Test
    void aSideWithItsPolicyAndOwnershipGetsTheApiChainTheFiltersAndTheDocumentConventions() {
        runner.withUserConfiguration(ASide.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(PolicyAuthorization.class).hasSingleBean(CorrelationIdFilter.class)
                    .hasSingleBean(StorageOutageFilter.class).hasSingleBean(ApiDocsConventions.class)
                    .hasSingleBean(PasswordEncoder.class).doesNotHaveBean(UserDetailsService.class);
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("api");
            assertThat(context.getBean(StorageOutage.class)).isEqualTo(StorageOutage.GENERIC);
            // refusals before a controller, login throttling, input text, the error page
            assertThat(context).hasSingleBean(RequestRejectedHandler.class).hasSingleBean(LoginThrottle.class)
                    .hasSingleBean(RequestBodyText.class).hasSingleBean(RequestProblemsAdvice.class)
                    .hasSingleBean(ProblemErrorController.class).hasSingleBean(RelayChannel.class);
        });
    }

    @Test
    void theSidesOwnOutageWordingWins() {
        StorageOutage own = new StorageOutage("the side's words");
        runner.withUserConfiguration(ASide.class).withBean(StorageOutage.class, () -> own)
                .run(context -> assertThat(context.getBean(StorageOutage.class)).isSameAs(own));
    }

    @Test
    void withoutAnAccessPolicyNothingStartsRatherThanSomethingOpen() {
        runner.withBean(PlatformOwnership.class, () -> platformId -> Optional.empty())
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theDemoUsersExistInTheLocalProfileOnly() {
        runner.withUserConfiguration(ASide.class).withPropertyValues("spring.profiles.active=local").run(context -> {
            UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin1");
            assertThat(context.getBean(PasswordEncoder.class).matches("admin1-demo", admin.getPassword())).isTrue();
            assertThat(LedgerUser.of(authenticated(admin))).isEqualTo(new LedgerUser("admin1", Role.PROVINCE_ADMIN, null));
            UserDetails officer = context.getBean(UserDetailsService.class).loadUserByUsername("college-wx");
            assertThat(LedgerUser.of(authenticated(officer)))
                    .isEqualTo(new LedgerUser("college-wx", Role.COLLEGE_OFFICER, "4132010850"));
            UserDetails scraper = context.getBean(UserDetailsService.class).loadUserByUsername("prometheus");
            assertThat(context.getBean(PasswordEncoder.class).matches("prometheus-demo", scraper.getPassword())).isTrue();
            assertThat(LedgerUser.of(authenticated(scraper)))
                    .isEqualTo(new LedgerUser("prometheus", Role.METRICS_READER, null));
        });
    }

    private static UsernamePasswordAuthenticationToken authenticated(UserDetails user) {
        return UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
    }
}
