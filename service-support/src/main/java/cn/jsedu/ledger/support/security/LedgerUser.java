package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The authenticated user as the ledger sees it: a name, one role; for a college officer its college; for an
 * enterprise representative its enterprise's unified social credit code; and, for a user scoped to one programme,
 * that programme (null: every programme, as before programmes existed). Carried in Spring Security as the
 * authorities {@code ROLE_<role>}, {@code COLLEGE_<code>}, {@code ENTERPRISE_<credit code>} and
 * {@code PROGRAMME_<id>}, whichever way the user authenticated (demo users or JWT).
 */
public record LedgerUser(String username, Role role, String college, String enterprise, String programme) {

    private static final String ROLE = "ROLE_";
    private static final String COLLEGE = "COLLEGE_";
    private static final String ENTERPRISE = "ENTERPRISE_";
    private static final String PROGRAMME = "PROGRAMME_";

    /** A user of every programme, bound to no enterprise. */
    public LedgerUser(String username, Role role, String college) {
        this(username, role, college, null, null);
    }

    public static List<GrantedAuthority> authorities(Role role, String college) {
        return authorities(role, college, null, null);
    }

    public static List<GrantedAuthority> authorities(Role role, String college, String enterprise, String programme) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE + role.name()));
        if (college != null && !college.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(COLLEGE + college));
        }
        if (enterprise != null && !enterprise.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(ENTERPRISE + enterprise));
        }
        if (programme != null && !programme.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(PROGRAMME + programme));
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
        String programme = null;
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
            } else if (name.startsWith(PROGRAMME)) {
                programme = name.substring(PROGRAMME.length());
            }
        }
        return role == null ? null : new LedgerUser(authentication.getName(), role, college, enterprise, programme);
    }

    /** The user of the current request; null outside one. */
    public static LedgerUser current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean is(Role other) {
        return role == other;
    }

    /**
     * The programme a request of this user is about: the one it names, else the user's own, else the default programme;
     * empty when the user's scope does not reach the one it names.
     */
    public Optional<String> programmeFor(String requested) {
        String programmeId = requested != null ? requested : programme != null ? programme : ProgrammeId.DEFAULT.value();
        return reaches(programmeId) ? Optional.of(programmeId) : Optional.empty();
    }

    /** Whether this user's programme scope reaches {@code programmeId}: an unscoped user reaches every programme. */
    public boolean reaches(String programmeId) {
        return programme == null || programme.equals(programmeId);
    }
}
