package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The authenticated user as the ledger sees it: a name, one role and, for a college officer, its college; for an
 * enterprise representative, its enterprise's unified social credit code. Carried in Spring Security as the
 * authorities {@code ROLE_<role>}, {@code COLLEGE_<code>} and {@code ENTERPRISE_<credit code>}, whichever way the
 * user authenticated (demo users or JWT).
 */
public record LedgerUser(String username, Role role, String college, String enterprise) {

    private static final String ROLE = "ROLE_";
    private static final String COLLEGE = "COLLEGE_";
    private static final String ENTERPRISE = "ENTERPRISE_";

    /** A user bound to no enterprise. */
    public LedgerUser(String username, Role role, String college) {
        this(username, role, college, null);
    }

    public static List<GrantedAuthority> authorities(Role role, String college) {
        return authorities(role, college, null);
    }

    public static List<GrantedAuthority> authorities(Role role, String college, String enterprise) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE + role.name()));
        if (college != null && !college.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(COLLEGE + college));
        }
        if (enterprise != null && !enterprise.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(ENTERPRISE + enterprise));
        }
        return authorities;
    }

    /** The user of an authentication, or null if it carries no ledger role. */
    public static LedgerUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Role role = null;
        String college = null;
        String enterprise = null;
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name.startsWith(ROLE)) {
                try {
                    role = Role.valueOf(name.substring(ROLE.length()));
                } catch (IllegalArgumentException ignored) {
                    // not a ledger role
                }
            } else if (name.startsWith(COLLEGE)) {
                college = name.substring(COLLEGE.length());
            } else if (name.startsWith(ENTERPRISE)) {
                enterprise = name.substring(ENTERPRISE.length());
            }
        }
        return role == null ? null : new LedgerUser(authentication.getName(), role, college, enterprise);
    }

    /** The user of the current request; null outside one. */
    public static LedgerUser current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean is(Role other) {
        return role == other;
    }
}
