package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who issues a command: the authenticated user, role and college — never anything the client wrote in the body
 * or a header. The client address is the TCP peer, or the person's address the console relayed with the relay key
 * (service-support's {@code RelayChannel}).
 */
@Component
public class Issuer {

    public record Identity(String user, String role, String college, String clientAddress) {
    }

    /** The authenticated user's name, for commands that must know who acts (four eyes). */
    public static String username() {
        return current().username();
    }

    /** The authenticated user's role, for commands whose rule depends on who records (corrections, recoveries). */
    public static Role role() {
        return current().role();
    }

    private static LedgerUser current() {
        LedgerUser user = LedgerUser.current();
        if (user == null) {
            throw new IllegalStateException("a command without an authenticated user");
        }
        return user;
    }

    public Identity of(HttpServletRequest request) {
        LedgerUser user = LedgerUser.current();
        if (user == null) {
            // unreachable through HTTP (the policy admits only users with a ledger role)
            throw new IllegalStateException("a command without an authenticated user");
        }
        return new Identity(user.username(), user.role().name(), user.college(),
                CorrelationIdFilter.clientAddressOf(request));
    }
}
