package cn.jsedu.ledger.testsupport;

import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Map;

/**
 * Users for tests of either side, all with password {@value #PASSWORD}: admin1 and admin2 (province administrators),
 * finance, auditor, {@code college-<code>}, the college officer of any college code a test declares,
 * {@code enterprise-<credit code>}, the representative of any enterprise, and
 * {@code enterprise-<credit code>@<programme>}, that representative scoped to one programme (ADR 0019). Anyone else is
 * unknown (401). Import it into a side's application context; it wins over the demo users.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "test";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final Map<String, Role> FIXED = Map.of("admin1", Role.PROVINCE_ADMIN, "admin2", Role.PROVINCE_ADMIN,
            "finance", Role.FINANCE_OFFICER, "auditor", Role.AUDITOR);

    @Bean
    @Primary
    public UserDetailsService testUserDetails() {
        return username -> {
            if (FIXED.containsKey(username)) {
                return User.withUsername(username).password(HASH)
                        .authorities(LedgerUser.authorities(FIXED.get(username), null)).build();
            }
            if (username.startsWith("college-")) {
                return User.withUsername(username).password(HASH)
                        .authorities(LedgerUser.authorities(Role.COLLEGE_OFFICER, username.substring("college-".length())))
                        .build();
            }
            if (username.startsWith("enterprise-")) {
                String[] enterpriseAndProgramme = username.substring("enterprise-".length()).split("@", 2);
                return User.withUsername(username).password(HASH)
                        .authorities(LedgerUser.authorities(Role.ENTERPRISE_REPRESENTATIVE, null,
                                enterpriseAndProgramme[0],
                                enterpriseAndProgramme.length > 1 ? enterpriseAndProgramme[1] : null))
                        .build();
            }
            throw new UsernameNotFoundException(username);
        };
    }
}
