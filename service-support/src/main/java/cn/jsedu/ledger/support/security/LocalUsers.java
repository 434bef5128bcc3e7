package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/**
 * Demo users with BCrypt hashes, for a local run only: this configuration exists only in the Spring profile
 * {@code local} (set by {@code ./ledger run}); without it nobody can log in with a password.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@PropertySource("classpath:demo-users.properties")
@EnableConfigurationProperties(LocalUsers.Properties.class)
public class LocalUsers {

    @ConfigurationProperties("ledger.security")
    public record Properties(List<UserEntry> users) {
    }

    /**
     * {@code enterprise}: the credit code an enterprise representative is bound to; {@code programme} scopes the user
     * to one programme (without it the user reaches every programme).
     */
    public record UserEntry(String username, String passwordHash, Role role, String college, String enterprise,
                            String programme) {
    }

    @Bean
    public UserDetailsService localUserDetails(Properties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(u -> User.withUsername(u.username()).password(u.passwordHash())
                        .authorities(LedgerUser.authorities(u.role(), u.college(), u.enterprise(), u.programme()))
                        .build())
                .toList());
    }
}
