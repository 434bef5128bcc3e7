package cn.jsedu.ledger.system;

import cn.jsedu.ledger.support.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Users for system tests, given to both applications, all with password {@value #PASSWORD}: admin1 and admin2,
 * finance, auditor, and {@code college-<code>} for any college. Authorities are spelled as both sides read them:
 * {@code ROLE_<role>} and {@code COLLEGE_<code>}.
 */
@Configuration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "test";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final Map<String, Role> FIXED = Map.of("admin1", Role.PROVINCE_ADMIN, "admin2", Role.PROVINCE_ADMIN,
            "finance", Role.FINANCE_OFFICER, "auditor", Role.AUDITOR);

    @Bean
    @Primary
    public UserDetailsService systemTestUserDetails() {
        return username -> {
            Role role = FIXED.get(username);
            String college = null;
            if (role == null && username.startsWith("college-")) {
                role = Role.COLLEGE_OFFICER;
                college = username.substring("college-".length());
            }
            if (role == null) {
                throw new UsernameNotFoundException(username);
            }
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            if (college != null) {
                authorities.add(new SimpleGrantedAuthority("COLLEGE_" + college));
            }
            return User.withUsername(username).password(HASH).authorities(authorities).build();
        };
    }
}
